package dev.stratum.processor.schema;

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
import dev.stratum.processor.schema.SchemaChange.RenameConstraint;
import dev.stratum.processor.schema.SchemaChange.RenameIndex;
import dev.stratum.processor.schema.SchemaChange.RenameTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes one migration file: a comment header saying what the script does, why, its risk, the consent it needed and
 * how to roll it back, then the statements. The text depends on its arguments only, so the same model always gives
 * the same bytes.
 */
final class MigrationScripts {

    private MigrationScripts() {
    }

    /** {@code V<n>}: applies {@code changes}. */
    static String up(Names names, List<SchemaChange> changes, List<DataLoss> consented, SqlDialect dialect) {
        List<String> rollBack = new ArrayList<>();
        rollBack.add("run " + names.down() + "; it restores exactly the schema before V" + names.version());
        if (consented.stream().anyMatch(DataLoss::removesData)) {
            rollBack.add("the data this script removes cannot be restored by it; restore a backup for that");
        }
        return header(names.up(), dialect,
                changes.stream().map(MigrationScripts::what).toList(),
                changes.stream().map(MigrationScripts::reason).flatMap(Optional::stream).toList(),
                risks(changes, names, false),
                consents(consented),
                rollBack)
                + statements(changes, dialect);
    }

    /** {@code U<n>}: applies {@code undo}, the inverse of {@code changes}. */
    static String down(Names names, List<SchemaChange> changes, List<SchemaChange> undo, List<DataLoss> consented,
            SqlDialect dialect) {
        var why = new ArrayList<String>();
        why.add("reverts V" + names.version() + " (" + names.up() + "), which was written because:");
        changes.stream().map(MigrationScripts::reason).flatMap(Optional::stream).map(line -> "  " + line)
                .forEach(why::add);
        List<String> risks = risks(undo, names, true);
        if (consented.stream().anyMatch(DataLoss::removesData)) {
            risks.add(0, "restores the structure only: the data V" + names.version()
                    + " removed with consent cannot be restored by this script");
        }
        return header(names.down(), dialect,
                undo.stream().map(MigrationScripts::what).toList(),
                why,
                risks,
                List.of(),
                List.of("this script reverts V" + names.version() + "; migrating up again re-applies " + names.up()))
                + statements(undo, dialect);
    }

    /** The file names of one migration. */
    record Names(int version, String up, String down) {
    }

    private static String header(String fileName, SqlDialect dialect, List<String> what, List<String> why,
            List<String> risks, List<String> consents, List<String> rollBack) {
        var out = new StringBuilder();
        out.append("-- ").append(fileName).append(" (").append(dialect.name()).append(")\n");
        out.append("-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has\n");
        out.append("-- applied. Change the entities instead, and the next compile writes the next migration.\n");
        out.append("--\n");
        section(out, "What", what);
        section(out, "Why", why);
        section(out, "Risk", risks);
        if (!consents.isEmpty()) {
            section(out, "Consent", consents);
        }
        section(out, "Roll back", rollBack);
        return out.append('\n').toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("-- ").append(title).append(":\n");
        lines.forEach(line -> out.append("--   ").append(line).append('\n'));
    }

    private static List<String> consents(List<DataLoss> consented) {
        return consented.stream()
                .map(loss -> "@ConsentToDataLoss(\"" + loss.consent() + "\") in the model: " + loss.risk())
                .toList();
    }

    private static String what(SchemaChange change) {
        String table = change.tableName();
        if (change instanceof CreateTable create) {
            return "create table " + table + " (" + shape(create.table()) + ")";
        } else if (change instanceof DropTable drop) {
            return "drop table " + table + " (" + shape(drop.table()) + ")";
        } else if (change instanceof RenameTable rename) {
            return "rename table " + rename.from() + " to " + rename.to();
        } else if (change instanceof AddColumn add) {
            return "add column " + table + "." + add.column().name() + " " + add.column().describeType();
        } else if (change instanceof DropColumn drop) {
            return "drop column " + table + "." + drop.column().name() + " " + drop.column().describeType();
        } else if (change instanceof RenameColumn rename) {
            return "rename column " + table + "." + rename.from() + " to " + rename.to();
        } else if (change instanceof AlterColumn alter) {
            return "change column " + table + "." + alter.after().name() + " from " + alter.before().describeType()
                    + " to " + alter.after().describeType();
        } else if (change instanceof AddUnique add) {
            return "add unique constraint " + add.unique().name() + " on " + table + columns(add.unique());
        } else if (change instanceof DropUnique drop) {
            return "drop unique constraint " + drop.unique().name() + " on " + table + columns(drop.unique());
        } else if (change instanceof AddForeignKey add) {
            return "add foreign key " + add.foreignKey().name() + " on " + table + reference(add.foreignKey());
        } else if (change instanceof DropForeignKey drop) {
            return "drop foreign key " + drop.foreignKey().name() + " on " + table + reference(drop.foreignKey());
        } else if (change instanceof AddIndex add) {
            return "create index " + add.index().name() + " on " + table + columns(add.index().columns());
        } else if (change instanceof DropIndex drop) {
            return "drop index " + drop.index().name() + " on " + table + columns(drop.index().columns());
        } else if (change instanceof RenameIndex rename) {
            return "rename index " + rename.from() + " of " + table + " to " + rename.to();
        } else if (change instanceof RenameConstraint rename) {
            return "rename constraint " + rename.from() + " of " + table + " to " + rename.to();
        } else if (change instanceof AddCheck add) {
            return "add check " + add.check().name() + " on " + table + " (" + add.check().sql() + ")";
        } else if (change instanceof DropCheck drop) {
            return "drop check " + drop.check().name() + " on " + table + " (" + drop.check().sql() + ")";
        }
        throw new IllegalArgumentException("no script can apply " + change);
    }

    /** {@code 5 columns}, then the foreign keys and what they reference, for a table that has some. */
    private static String shape(TableModel table) {
        String columns = table.columns().size() + " columns";
        if (table.foreignKeys().isEmpty()) {
            return columns;
        }
        return columns + "; foreign keys to " + String.join(", ", table.foreignKeys().stream()
                .map(ForeignKey::referencedTable).distinct().toList());
    }

    /**
     * Why the model needs the change; a constraint or index renamed along with its table or column needs no reason of
     * its own.
     */
    private static Optional<String> reason(SchemaChange change) {
        String table = change.tableName();
        if (change instanceof CreateTable create) {
            return Optional.of("table " + table + " is new: " + FrameworkTables.option(create.table())
                    .map(option -> "the processor option " + option + " asks for it")
                    .orElseGet(() -> "entity " + create.table().entity() + " maps to it"));
        } else if (change instanceof DropTable drop) {
            return Optional.of("table " + table + " is no longer mapped: " + FrameworkTables.option(drop.table())
                    .map(option -> "the processor option " + option + " is no longer set")
                    .orElseGet(() -> "entity " + drop.table().entity() + ", which mapped it, is not in the model"));
        } else if (change instanceof RenameTable rename) {
            return Optional.of("the entity mapping " + rename.to() + " says @RenamedFrom(\"" + rename.from() + "\")");
        } else if (change instanceof AddColumn add) {
            return Optional.of("a field of the entity mapping " + table + " maps to the new column "
                    + add.column().name());
        } else if (change instanceof DropColumn drop) {
            return Optional.of("no field of the entity mapping " + table + " maps to column " + drop.column().name()
                    + " any more");
        } else if (change instanceof RenameColumn rename) {
            return Optional.of("the field mapping " + table + "." + rename.to() + " says @RenamedFrom(\""
                    + rename.from() + "\")");
        } else if (change instanceof AlterColumn alter) {
            return Optional.of("the field mapping " + table + "." + alter.after().name() + " now declares "
                    + alter.after().describeType());
        } else if (change instanceof AddUnique add) {
            return Optional.of("the model declares " + table + columns(add.unique()) + " unique");
        } else if (change instanceof DropUnique drop) {
            return Optional.of("the model no longer declares " + table + columns(drop.unique()) + " unique");
        } else if (change instanceof AddForeignKey add) {
            return Optional.of("a relation of the entity mapping " + table + " references "
                    + add.foreignKey().referencedTable() + " through " + table + columns(add.foreignKey().columns()));
        } else if (change instanceof DropForeignKey drop) {
            return Optional.of("no relation of the entity mapping " + table + " references "
                    + drop.foreignKey().referencedTable() + " through " + table
                    + columns(drop.foreignKey().columns()) + " any more, or its delete behaviour changed");
        } else if (change instanceof AddIndex add) {
            return Optional.of("the foreign-key column " + table + columns(add.index().columns())
                    + " needs an index, so joins and deletes of referenced rows do not scan the table");
        } else if (change instanceof DropIndex drop) {
            return Optional.of("the model no longer needs index " + drop.index().name());
        } else if (change instanceof AddCheck add) {
            return Optional.of("the enum or the validation constraints of the field mapping " + table + "."
                    + add.check().column() + " now allow only values where " + add.check().sql());
        } else if (change instanceof DropCheck drop) {
            return Optional.of("the enum or the validation constraints of the field mapping " + table + "."
                    + drop.check().column() + " no longer require " + drop.check().sql());
        }
        return Optional.empty();
    }

    private static String columns(UniqueKey unique) {
        return columns(unique.columns());
    }

    private static String columns(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String reference(ForeignKey key) {
        return columns(key.columns()) + " referencing " + key.referencedTable() + columns(key.referencedColumns())
                + " on delete " + key.onDelete().sql();
    }

    private static List<String> risks(List<SchemaChange> changes, Names names, boolean undoing) {
        var risks = new ArrayList<String>();
        long created = changes.stream().filter(CreateTable.class::isInstance).count();
        if (!undoing && created > 0) {
            risks.add((created == 1 ? "creates a new empty table" : "creates new empty tables")
                    + "; no existing data is touched");
        }
        for (SchemaChange change : changes) {
            risk(change, names, undoing).ifPresent(risks::add);
        }
        if (risks.isEmpty()) {
            risks.add("none: no existing value is changed or removed, and every statement is a quick catalog change");
        }
        return risks;
    }

    private static Optional<String> risk(SchemaChange change, Names names, boolean undoing) {
        String table = change.tableName();
        if (change instanceof CreateTable) {
            return undoing
                    ? Optional.of("recreates table " + table + " empty: the rows V" + names.version()
                            + " dropped are not restored")
                    : Optional.empty();
        } else if (change instanceof DropTable) {
            return Optional.of("drops table " + table + ": its rows are lost and cannot be restored by this script");
        } else if (change instanceof DropColumn drop) {
            return Optional.of("drops column " + table + "." + drop.column().name()
                    + ": its values are lost and cannot be restored by this script");
        } else if (change instanceof AddColumn add) {
            return Optional.of(undoing
                    ? "re-adds column " + table + "." + add.column().name() + " empty: the values V" + names.version()
                            + " dropped are not restored"
                    : "adds column " + table + "." + add.column().name()
                            + add.column().defaultValue().map(v -> "; existing rows take the default " + v)
                                    .orElse(add.column().nullable() ? "; existing rows hold NULL"
                                            : "; fails if the table has rows"));
        } else if (change instanceof AlterColumn alter) {
            return alterRisk(table, alter, undoing ? Optional.of(names) : Optional.empty());
        } else if (change instanceof AddUnique add) {
            return Optional.of("adding unique constraint " + add.unique().name() + " scans " + table
                    + " under a lock and fails if duplicate values exist");
        } else if (change instanceof AddForeignKey add) {
            return Optional.of("adding foreign key " + add.foreignKey().name() + " scans " + table + " under a lock"
                    + " and fails if a row references a missing " + add.foreignKey().referencedTable() + " row");
        } else if (change instanceof AddCheck add) {
            return Optional.of("adding check " + add.check().name() + " scans " + table + " under a lock and fails"
                    + " if a row breaks it");
        } else if (change instanceof AddIndex add) {
            return Optional.of("creating index " + add.index().name() + " blocks writes to " + table
                    + " while it is built, which takes time on a large table");
        }
        return Optional.empty();
    }

    /** @param undone the migration being undone, when this is an undo script */
    private static Optional<String> alterRisk(String table, AlterColumn alter, Optional<Names> undone) {
        String column = table + "." + alter.after().name();
        var parts = new ArrayList<String>();
        SqlType before = alter.before().type();
        SqlType after = alter.after().type();
        if (!before.equals(after)) {
            parts.add(SqlTypes.widens(before, after)
                    ? "widening " + column + " to " + after.canonical() + " keeps every value"
                            + (after instanceof SqlType.Varchar ? "" : "; PostgreSQL may rewrite the table under an"
                                    + " exclusive lock (a wider integer or a new scale does), which takes time on a"
                                    + " large table")
                    : (SqlTypes.needsCast(before, after) ? "converting " : "narrowing ") + column + " to "
                            + after.canonical() + ": " + SqlTypes.narrowingEffect(before, after)
                            + "; the table is checked or rewritten under an exclusive lock");
        }
        if (alter.before().nullable() && !alter.after().nullable()) {
            parts.add(alter.after().defaultValue()
                    .map(v -> "NULLs in " + column + " are replaced by " + v + " before NOT NULL is set")
                    .orElse("setting NOT NULL on " + column + " fails if a row holds NULL")
                    + "; the check scans the table under a lock");
        } else if (!alter.before().nullable() && alter.after().nullable()) {
            parts.add("dropping NOT NULL on " + column + " keeps every value"
                    + undone.flatMap(names -> alter.before().defaultValue().map(value -> ", so the NULLs V"
                            + names.version() + " replaced with " + value + " keep that value")).orElse(""));
        }
        if (parts.isEmpty()) {
            parts.add("changing the default of " + column + " affects only rows inserted later");
        }
        return Optional.of(String.join("; ", parts));
    }

    private static String statements(List<SchemaChange> changes, SqlDialect dialect) {
        return String.join("\n", changes.stream().map(dialect::render).toList());
    }
}
