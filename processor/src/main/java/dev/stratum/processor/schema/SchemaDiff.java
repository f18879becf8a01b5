package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Compares two schemas. Tables are matched by name; within a table, columns are matched by name, so reordering an
 * entity's fields is not a change (column order has no meaning to SQL), and neither is a move of the entity class.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /**
     * The changes that turn {@code old} into {@code current}, in the order to apply them: drops in reverse name
     * order, then creations in name order, then the unsupported changes by table. No foreign keys exist yet, so name
     * order is a dependency order.
     */
    public static List<SchemaChange> between(SchemaModel old, SchemaModel current) {
        var changes = new ArrayList<SchemaChange>();
        var dropped = new ArrayList<>(old.tables().stream().filter(t -> current.table(t.name()).isEmpty()).toList());
        Collections.reverse(dropped);
        dropped.forEach(table -> changes.add(new DropTable(table)));
        current.tables().stream().filter(t -> old.table(t.name()).isEmpty()).map(CreateTable::new).forEach(changes::add);
        for (TableModel table : current.tables()) {
            old.table(table.name()).ifPresent(before -> changes.addAll(withinTable(before, table)));
        }
        return List.copyOf(changes);
    }

    private static List<UnsupportedChange> withinTable(TableModel before, TableModel after) {
        var differences = new ArrayList<String>();
        for (ColumnDef column : before.columns()) {
            Optional<ColumnDef> now = after.column(column.name());
            if (now.isEmpty()) {
                differences.add("column " + column.name() + " (" + column.describeType() + ") was removed");
            } else if (!now.get().equals(column)) {
                differences.add("column " + column.name() + " changed from " + column.describeType()
                        + " to " + now.get().describeType());
            }
        }
        after.columns().stream()
                .filter(column -> before.column(column.name()).isEmpty())
                .forEach(column -> differences.add(
                        "column " + column.name() + " (" + column.describeType() + ") was added"));
        if (!before.primaryKey().equals(after.primaryKey())) {
            differences.add("primary key changed from " + describe(before.primaryKey().columns())
                    + " to " + describe(after.primaryKey().columns()));
        }
        before.uniques().stream().filter(u -> !after.uniques().contains(u)).forEach(u -> differences.add(
                "unique constraint " + u.name() + " on " + describe(u.columns()) + " was removed"));
        after.uniques().stream().filter(u -> !before.uniques().contains(u)).forEach(u -> differences.add(
                "unique constraint " + u.name() + " on " + describe(u.columns()) + " was added"));
        return differences.stream().map(d -> new UnsupportedChange(after.name(), d)).toList();
    }

    private static String describe(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
