package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the processor should write after comparing the model with the snapshot: nothing, errors, or a migration. */
public sealed interface MigrationPlan permits MigrationPlan.NoChange, MigrationPlan.Unsupported,
        MigrationPlan.NeedsConsent, MigrationPlan.Migration {

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
     * The model asks for changes that can lose data and the model has not consented to; nothing is written and each
     * is a compile error.
     */
    record NeedsConsent(List<DataLoss> losses) implements MigrationPlan {

        public NeedsConsent {
            losses = List.copyOf(losses);
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
     * @param consented   the data losses the model consented to, recorded in the files' headers
     */
    record Migration(int version, String description, List<SchemaChange> changes, List<MigrationFile> files,
            SchemaSnapshot snapshot, List<DataLoss> consented) implements MigrationPlan {

        public Migration {
            changes = List.copyOf(changes);
            files = List.copyOf(files);
            Objects.requireNonNull(snapshot, "snapshot");
            consented = List.copyOf(consented);
        }
    }
}
