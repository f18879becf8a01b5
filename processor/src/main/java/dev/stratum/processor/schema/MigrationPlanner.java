package dev.stratum.processor.schema;

import dev.stratum.processor.schema.MigrationPlan.Migration;
import dev.stratum.processor.schema.MigrationPlan.NoChange;
import dev.stratum.processor.schema.MigrationPlan.Unsupported;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides the next migration: compares the model's schema with the snapshot and writes the {@code V<n>} and
 * {@code U<n>} pair for every dialect, plus the snapshot that follows. Pure: the processor does the file I/O.
 */
public final class MigrationPlanner {

    private MigrationPlanner() {
    }

    /**
     * The plan that takes the schema from {@code previousOrNull} (null before the first migration) to {@code current}.
     */
    public static MigrationPlan plan(SchemaSnapshot previousOrNull, SchemaModel current, List<SqlDialect> dialects) {
        SchemaModel before = previousOrNull == null ? SchemaModel.empty() : previousOrNull.schema();
        List<SchemaChange> changes = SchemaDiff.between(before, current);
        List<UnsupportedChange> unsupported = changes.stream()
                .filter(UnsupportedChange.class::isInstance).map(UnsupportedChange.class::cast).toList();
        if (!unsupported.isEmpty()) {
            return new Unsupported(unsupported);
        }
        if (changes.isEmpty()) {
            return new NoChange(refreshed(previousOrNull, current));
        }
        int version = previousOrNull == null ? 1 : previousOrNull.version() + 1;
        List<SchemaChange> undo = undo(changes);
        var names = new MigrationScripts.Names(version,
                "V" + version + "__" + describe(changes) + ".sql", "U" + version + "__" + describe(undo) + ".sql");
        var files = new ArrayList<MigrationFile>();
        for (SqlDialect dialect : dialects) {
            files.add(new MigrationFile(dialect.name() + "/" + names.up(), MigrationScripts.up(names, changes, dialect)));
            files.add(new MigrationFile(dialect.name() + "/" + names.down(),
                    MigrationScripts.down(names, changes, undo, dialect)));
        }
        var recorded = new ArrayList<>(previousOrNull == null ? List.of() : previousOrNull.migrations());
        files.forEach(file -> recorded.add(RecordedMigration.of(file.path(), file.content())));
        var snapshot = new SchemaSnapshot(version, afterMigration(before, current), recorded);
        return new Migration(version, describe(changes), changes, files, snapshot);
    }

    /**
     * Problems with the files the snapshot recorded: each one missing from {@code existingFileContents} (keyed by the
     * path below the migrations folder) or whose content has changed since Stratum wrote it.
     */
    public static List<MigrationFileProblem> verify(SchemaSnapshot snapshot, Map<String, String> existingFileContents) {
        var problems = new ArrayList<MigrationFileProblem>();
        for (RecordedMigration recorded : snapshot.migrations()) {
            String content = existingFileContents.get(recorded.path());
            if (content == null) {
                problems.add(new MigrationFileProblem(recorded.path(), "migration " + recorded.path()
                        + " is recorded in the schema snapshot but missing; restore it from version control,"
                        + " because databases that applied it still expect it"));
            } else if (!RecordedMigration.contentHash(content).equals(recorded.sha256())) {
                problems.add(new MigrationFileProblem(recorded.path(), "migration " + recorded.path()
                        + " was edited after Stratum wrote it, and Flyway rejects a changed migration it has applied;"
                        + " revert the edit and change the entities instead, so Stratum writes a new migration"));
            }
        }
        return List.copyOf(problems);
    }

    /** The inverse of each change, last change first, so that applying both leaves the schema as it was. */
    private static List<SchemaChange> undo(List<SchemaChange> changes) {
        var undo = new ArrayList<SchemaChange>();
        for (SchemaChange change : changes) {
            undo.add(change instanceof CreateTable create
                    ? new DropTable(create.table())
                    : new CreateTable(((DropTable) change).table()));
        }
        Collections.reverse(undo);
        return undo;
    }

    /**
     * The Flyway description: {@code create_pets}, {@code create_owners_and_pets}, {@code create_3_tables}; drops
     * likewise; both joined by {@code _and_} when a migration does both.
     */
    static String describe(List<SchemaChange> changes) {
        var parts = new ArrayList<String>();
        part("drop", tableNames(changes, DropTable.class)).ifPresent(parts::add);
        part("create", tableNames(changes, CreateTable.class)).ifPresent(parts::add);
        return String.join("_and_", parts);
    }

    private static List<String> tableNames(List<SchemaChange> changes, Class<? extends SchemaChange> kind) {
        return changes.stream().filter(kind::isInstance).map(SchemaChange::tableName).sorted().toList();
    }

    private static Optional<String> part(String verb, List<String> tables) {
        return switch (tables.size()) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(verb + "_" + tables.get(0));
            case 2 -> Optional.of(verb + "_" + tables.get(0) + "_and_" + tables.get(1));
            default -> Optional.of(verb + "_" + tables.size() + "_tables");
        };
    }

    /**
     * The schema once the migration has run. A table that already existed keeps its recorded definition (the model
     * may list its columns in another order, which the diff ignores) and takes the entity name the model uses now.
     */
    private static SchemaModel afterMigration(SchemaModel before, SchemaModel current) {
        return new SchemaModel(current.tables().stream()
                .map(table -> before.table(table.name()).map(old -> old.withEntity(table.entity())).orElse(table))
                .toList());
    }

    private static Optional<SchemaSnapshot> refreshed(SchemaSnapshot previous, SchemaModel current) {
        if (previous == null) {
            return Optional.empty();
        }
        SchemaModel renamed = afterMigration(previous.schema(), current);
        return renamed.equals(previous.schema())
                ? Optional.empty()
                : Optional.of(new SchemaSnapshot(previous.version(), renamed, previous.migrations()));
    }
}
