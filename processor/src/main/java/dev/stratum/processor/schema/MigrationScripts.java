package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one migration file: a comment header saying what the script does, why, its risk and how to roll it back,
 * then the statements. The text depends on its arguments only, so the same model always gives the same bytes.
 */
final class MigrationScripts {

    private MigrationScripts() {
    }

    /** {@code V<n>}: applies {@code changes}. */
    static String up(Names names, List<SchemaChange> changes, SqlDialect dialect) {
        return header(names.up(), dialect,
                what(changes),
                changes.stream().map(MigrationScripts::reason).toList(),
                risks(changes, names, false),
                List.of("run " + names.down() + "; it restores exactly the schema before V" + names.version()))
                + statements(changes, dialect);
    }

    /** {@code U<n>}: applies {@code undo}, the inverse of {@code changes}. */
    static String down(Names names, List<SchemaChange> changes, List<SchemaChange> undo, SqlDialect dialect) {
        var why = new ArrayList<String>();
        why.add("reverts V" + names.version() + " (" + names.up() + "), which was written because:");
        changes.stream().map(change -> "  " + reason(change)).forEach(why::add);
        return header(names.down(), dialect,
                what(undo),
                why,
                risks(undo, names, true),
                List.of("this script reverts V" + names.version() + "; migrating up again re-applies " + names.up()))
                + statements(undo, dialect);
    }

    /** The file names of one migration. */
    record Names(int version, String up, String down) {
    }

    private static String header(String fileName, SqlDialect dialect, List<String> what, List<String> why,
            List<String> risks, List<String> rollBack) {
        var out = new StringBuilder();
        out.append("-- ").append(fileName).append(" (").append(dialect.name()).append(")\n");
        out.append("-- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has\n");
        out.append("-- applied. Change the entities instead, and the next compile writes the next migration.\n");
        out.append("--\n");
        section(out, "What", what);
        section(out, "Why", why);
        section(out, "Risk", risks);
        section(out, "Roll back", rollBack);
        return out.append('\n').toString();
    }

    private static void section(StringBuilder out, String title, List<String> lines) {
        out.append("-- ").append(title).append(":\n");
        lines.forEach(line -> out.append("--   ").append(line).append('\n'));
    }

    private static List<String> what(List<SchemaChange> changes) {
        return changes.stream().map(change -> {
            TableModel table = table(change);
            String verb = change instanceof CreateTable ? "create" : "drop";
            return verb + " table " + table.name() + " (" + table.columns().size() + " columns)";
        }).toList();
    }

    private static String reason(SchemaChange change) {
        TableModel table = table(change);
        return change instanceof CreateTable
                ? "table " + table.name() + " is new: entity " + table.entity() + " maps to it"
                : "table " + table.name() + " is no longer mapped: entity " + table.entity()
                        + ", which mapped it, is not in the model";
    }

    private static List<String> risks(List<SchemaChange> changes, Names names, boolean undoing) {
        var risks = new ArrayList<String>();
        long created = changes.stream().filter(CreateTable.class::isInstance).count();
        if (undoing) {
            changes.stream().filter(CreateTable.class::isInstance).forEach(change -> risks.add("recreates table "
                    + change.tableName() + " empty: the rows V" + names.version() + " dropped are not restored"));
        } else if (created > 0) {
            risks.add((created == 1 ? "creates a new empty table" : "creates new empty tables")
                    + "; no existing data is touched");
        }
        changes.stream().filter(DropTable.class::isInstance).forEach(change -> risks.add("drops table "
                + change.tableName() + ": its rows are lost and cannot be restored by this script"));
        return risks;
    }

    private static String statements(List<SchemaChange> changes, SqlDialect dialect) {
        return String.join("\n", changes.stream().map(change -> change instanceof CreateTable create
                ? dialect.createTable(create.table())
                : dialect.dropTable(table(change))).toList());
    }

    private static TableModel table(SchemaChange change) {
        if (change instanceof CreateTable create) {
            return create.table();
        }
        if (change instanceof DropTable drop) {
            return drop.table();
        }
        throw new IllegalArgumentException("no script can apply " + change);
    }
}
