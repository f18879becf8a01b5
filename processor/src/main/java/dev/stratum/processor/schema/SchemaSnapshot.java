package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/**
 * The schema after the newest migration, and every migration file Stratum has written so far. Kept as JSON beside
 * the migrations: the next compile diffs the model against it.
 *
 * @param version    the number of the newest migration ({@code V<version>})
 * @param schema     the schema once that migration has run
 * @param migrations the files written, in the order they were written
 */
public record SchemaSnapshot(int version, SchemaModel schema, List<RecordedMigration> migrations) {

    public SchemaSnapshot {
        if (version < 1) {
            throw new IllegalArgumentException("a snapshot follows migration V1 or later, not V" + version);
        }
        Objects.requireNonNull(schema, "schema");
        migrations = List.copyOf(migrations);
    }

    /** Stable, pretty JSON: fixed key order, tables sorted by name, columns in declaration order, a final newline. */
    public String toJson() {
        return SnapshotJson.write(this);
    }

    /** Reads what {@link #toJson()} wrote; throws {@link SnapshotFormatException} naming the line that is wrong. */
    public static SchemaSnapshot fromJson(String json) {
        return SnapshotJson.read(json);
    }
}
