package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the processor should write after comparing the model with the snapshot: nothing, errors, or a migration. */
public sealed interface MigrationPlan permits MigrationPlan.NoChange, MigrationPlan.Unsupported, MigrationPlan.Migration {

    /**
     * The schema already matches the model: no migration.
     *
     * @param refreshedSnapshot present when only bookkeeping changed (an entity class was moved or renamed without
     *                          touching its table): rewrite the snapshot file so it names the entity by its new name
     */
    record NoChange(Optional<SchemaSnapshot> refreshedSnapshot) implements MigrationPlan {
    }

    /** The model differs in ways Stratum cannot migrate yet; nothing is written and each change is a compile error. */
    record Unsupported(List<UnsupportedChange> changes) implements MigrationPlan {

        public Unsupported {
            changes = List.copyOf(changes);
        }
    }

    /**
     * The next migration.
     *
     * @param version     its number {@code n}, one more than the snapshot's
     * @param description the {@code V<n>} description, e.g. {@code create_pets}
     * @param changes     what {@code V<n>} does, in order
     * @param files       per dialect, {@code V<n>} then {@code U<n>}
     * @param snapshot    the snapshot to write once the files are written
     */
    record Migration(int version, String description, List<SchemaChange> changes, List<MigrationFile> files,
            SchemaSnapshot snapshot) implements MigrationPlan {

        public Migration {
            changes = List.copyOf(changes);
            files = List.copyOf(files);
            Objects.requireNonNull(snapshot, "snapshot");
        }

        /** The tables {@code V<n>} drops, whose rows are lost; the processor asks the model to consent to this. */
        public List<DropTable> drops() {
            return changes.stream().filter(DropTable.class::isInstance).map(DropTable.class::cast).toList();
        }
    }
}
