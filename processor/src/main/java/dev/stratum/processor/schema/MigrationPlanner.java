package dev.stratum.processor.schema;

import dev.stratum.processor.schema.MigrationPlan.Migration;
import dev.stratum.processor.schema.MigrationPlan.NeedsConsent;
import dev.stratum.processor.schema.MigrationPlan.NoChange;
import dev.stratum.processor.schema.MigrationPlan.Unsupported;
import dev.stratum.processor.schema.SchemaChange.AddCheck;
import dev.stratum.processor.schema.SchemaChange.AddColumn;
import dev.stratum.processor.schema.SchemaChange.AddForeignKey;
import dev.stratum.processor.schema.SchemaChange.AddIndex;
import dev.stratum.processor.schema.SchemaChange.AddUnique;
import dev.stratum.processor.schema.SchemaChange.AlterColumn;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropCheck;
import dev.stratum.processor.schema.SchemaChange.DropColumn;
import dev.stratum.processor.schema.SchemaChange.DropForeignKey;
import dev.stratum.processor.schema.SchemaChange.DropIndex;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.DropUnique;
import dev.stratum.processor.schema.SchemaChange.RenameColumn;
import dev.stratum.processor.schema.SchemaChange.RenameTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides the next migration: compares the model's schema with the snapshot and writes the {@code V<n>} and
 * {@code U<n>} pair for every dialect, plus the snapshot that follows. Pure: the processor does the file I/O.
 */
public final class MigrationPlanner {

    private static final int MAX_PARTS = 3;

    private MigrationPlanner() {
    }

    /**
     * The plan that takes the schema from {@code previousOrNull} (null before the first migration) to {@code current},
     * without renames or consents.
     */
    public static MigrationPlan plan(SchemaSnapshot previousOrNull, SchemaModel current, List<SqlDialect> dialects) {
        return plan(previousOrNull, current, Renames.none(), Set.of(), dialects);
    }

    /**
     * The plan that takes the schema from {@code previousOrNull} (null before the first migration) to {@code current}.
     *
     * @param renames  the previous names the model declares
     * @param consents the data losses the model consents to, in the words of {@link DataLoss#consent()}
     */
    public static MigrationPlan plan(SchemaSnapshot previousOrNull, SchemaModel current, Renames renames,
            Set<String> consents, List<SqlDialect> dialects) {
        SchemaModel before = previousOrNull == null ? SchemaModel.empty() : previousOrNull.schema();
        List<SchemaChange> changes = SchemaDiff.between(before, current, renames);
        List<UnsupportedChange> unsupported = changes.stream()
                .filter(UnsupportedChange.class::isInstance).map(UnsupportedChange.class::cast).toList();
        if (!unsupported.isEmpty()) {
            return new Unsupported(unsupported);
        }
        if (changes.isEmpty()) {
            return new NoChange(refreshed(previousOrNull, current));
        }
        List<DataLoss> losses = changes.stream().flatMap(change -> DataLoss.of(change, changes).stream()).toList();
        List<DataLoss> unconsented = losses.stream().filter(loss -> !consents.contains(loss.consent())).toList();
        if (!unconsented.isEmpty()) {
            return new NeedsConsent(unconsented);
        }
        int version = previousOrNull == null ? 1 : previousOrNull.version() + 1;
        List<SchemaChange> undo = SchemaChanges.undo(changes);
        var names = new MigrationScripts.Names(version,
                "V" + version + "__" + describe(changes) + ".sql", "U" + version + "__" + describe(undo) + ".sql");
        var files = new ArrayList<MigrationFile>();
        for (SqlDialect dialect : dialects) {
            files.add(new MigrationFile(dialect.name() + "/" + names.up(),
                    MigrationScripts.up(names, changes, losses, dialect)));
            files.add(new MigrationFile(dialect.name() + "/" + names.down(),
                    MigrationScripts.down(names, changes, undo, losses, dialect)));
        }
        var recorded = new ArrayList<>(previousOrNull == null ? List.of() : previousOrNull.migrations());
        files.forEach(file -> recorded.add(RecordedMigration.of(file.path(), file.content())));
        SchemaModel after = withEntities(SchemaChanges.apply(before, changes), current);
        var snapshot = new SchemaSnapshot(version, after, recorded);
        return new Migration(version, describe(changes), changes, files, snapshot, losses);
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

    /**
     * The Flyway description: {@code create_pets}, {@code create_owners_and_pets}, {@code create_3_tables}; drops
     * likewise; then what changed inside tables ({@code add_pets_nickname}, {@code rename_pets_nick_to_nickname}, ...);
     * all joined by {@code _and_}, at most {@value #MAX_PARTS} parts and then the number of further changes.
     */
    static String describe(List<SchemaChange> changes) {
        var parts = new ArrayList<String>();
        part("drop", tableNames(changes, DropTable.class)).ifPresent(parts::add);
        part("create", tableNames(changes, CreateTable.class)).ifPresent(parts::add);
        changes.stream().map(change -> describeInTable(change, changes)).flatMap(Optional::stream).distinct()
                .forEach(parts::add);
        if (parts.size() > MAX_PARTS) {
            int more = parts.size() - MAX_PARTS;
            return String.join("_and_", parts.subList(0, MAX_PARTS)) + "_and_" + more + "_more";
        }
        return String.join("_and_", parts);
    }

    /**
     * A check dropped and added again on the same column is one change ({@code change_check_pets_species}); several
     * checks added to or dropped from one table are one part ({@code add_checks_pets}).
     */
    private static Optional<String> describeInTable(SchemaChange change, List<SchemaChange> changes) {
        Optional<String> column = checkColumn(change);
        if (column.isEmpty()) {
            return describeInTable(change);
        }
        String table = change.tableName();
        if (replacedCheck(table, column.get(), changes)) {
            return Optional.of("change_check_" + table + "_" + column.get());
        }
        long sameKind = changes.stream()
                .filter(c -> c.getClass() == change.getClass() && c.tableName().equals(table))
                .filter(c -> !replacedCheck(table, checkColumn(c).orElseThrow(), changes))
                .count();
        if (sameKind > 1) {
            return Optional.of((change instanceof AddCheck ? "add" : "drop") + "_checks_" + table);
        }
        return describeInTable(change);
    }

    private static Optional<String> checkColumn(SchemaChange change) {
        if (change instanceof AddCheck add) {
            return Optional.of(add.check().column());
        } else if (change instanceof DropCheck drop) {
            return Optional.of(drop.check().column());
        }
        return Optional.empty();
    }

    /** Whether the migration drops the check on this column and adds another. */
    private static boolean replacedCheck(String table, String column, List<SchemaChange> changes) {
        return changes.stream().anyMatch(c -> c instanceof AddCheck add && add.table().equals(table)
                        && add.check().column().equals(column))
                && changes.stream().anyMatch(c -> c instanceof DropCheck drop && drop.table().equals(table)
                        && drop.check().column().equals(column));
    }

    private static Optional<String> describeInTable(SchemaChange change) {
        String table = change.tableName();
        if (change instanceof RenameTable rename) {
            return Optional.of("rename_" + rename.from() + "_to_" + rename.to());
        } else if (change instanceof AddColumn add) {
            return Optional.of("add_" + table + "_" + add.column().name());
        } else if (change instanceof DropColumn drop) {
            return Optional.of("drop_" + table + "_" + drop.column().name());
        } else if (change instanceof RenameColumn rename) {
            return Optional.of("rename_" + table + "_" + rename.from() + "_to_" + rename.to());
        } else if (change instanceof AlterColumn alter) {
            return Optional.of(alterVerb(alter) + "_" + table + "_" + alter.after().name());
        } else if (change instanceof AddUnique add) {
            return Optional.of("add_unique_" + table + "_" + String.join("_", add.unique().columns()));
        } else if (change instanceof DropUnique drop) {
            return Optional.of("drop_unique_" + table + "_" + String.join("_", drop.unique().columns()));
        } else if (change instanceof AddForeignKey add) {
            return Optional.of("add_foreign_key_" + table + "_" + String.join("_", add.foreignKey().columns()));
        } else if (change instanceof DropForeignKey drop) {
            return Optional.of("drop_foreign_key_" + table + "_" + String.join("_", drop.foreignKey().columns()));
        } else if (change instanceof AddCheck add) {
            return Optional.of("add_check_" + table + "_" + add.check().column());
        } else if (change instanceof DropCheck drop) {
            return Optional.of("drop_check_" + table + "_" + drop.check().column());
        } else if (change instanceof AddIndex add) {
            return Optional.of("add_index_" + table + "_" + String.join("_", add.index().columns()));
        } else if (change instanceof DropIndex drop) {
            return Optional.of("drop_index_" + table + "_" + String.join("_", drop.index().columns()));
        }
        return Optional.empty();
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

    private static String alterVerb(AlterColumn alter) {
        SqlType before = alter.before().type();
        SqlType after = alter.after().type();
        if (!before.equals(after)) {
            if (SqlTypes.needsCast(before, after)) {
                return "retype";
            }
            return SqlTypes.widens(before, after) ? "widen" : "narrow";
        }
        if (alter.before().nullable() != alter.after().nullable()) {
            return alter.after().nullable() ? "allow_null" : "require";
        }
        return "default";
    }

    /**
     * The schema with each table naming the entity that maps it now (an entity class may move without its table
     * changing); the column order stays as the migrations made it, which the diff ignores.
     */
    private static SchemaModel withEntities(SchemaModel schema, SchemaModel current) {
        return new SchemaModel(schema.tables().stream()
                .map(table -> current.table(table.name()).map(now -> table.withEntity(now.entity())).orElse(table))
                .toList());
    }

    private static Optional<SchemaSnapshot> refreshed(SchemaSnapshot previous, SchemaModel current) {
        if (previous == null) {
            return Optional.empty();
        }
        SchemaModel renamed = withEntities(previous.schema(), current);
        return renamed.equals(previous.schema())
                ? Optional.empty()
                : Optional.of(new SchemaSnapshot(previous.version(), renamed, previous.migrations()));
    }
}
