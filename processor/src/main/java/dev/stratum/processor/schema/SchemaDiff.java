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
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Compares two schemas. Tables are matched by name; within a table, columns are matched by name, so reordering an
 * entity's fields is not a change (column order has no meaning to SQL), and neither is a move of the entity class.
 * A name that differs is a drop and an add unless {@link Renames} says it is the same table or column renamed;
 * when two names claim the same previous one, the first (in name or column order) gets the rename.
 */
public final class SchemaDiff {

    private SchemaDiff() {
    }

    /** The changes that turn {@code old} into {@code current}, without renames. */
    public static List<SchemaChange> between(SchemaModel old, SchemaModel current) {
        return between(old, current, Renames.none());
    }

    /**
     * The changes that turn {@code old} into {@code current}, in the order to apply them: table renames; the changes
     * inside existing tables (foreign keys and indexes dropped first); dropped tables, referencing tables before the
     * tables they reference; created tables, referenced tables first; then the foreign keys and indexes added to
     * existing tables, whose referenced tables exist by then. Undoing the list in reverse keeps every step valid.
     */
    public static List<SchemaChange> between(SchemaModel old, SchemaModel current, Renames renames) {
        var changes = new ArrayList<SchemaChange>(tableRenames(old, current, renames));
        SchemaModel renamed = SchemaChanges.apply(old, changes);
        var additions = new ArrayList<SchemaChange>();
        for (TableModel table : current.tables()) {
            renamed.table(table.name()).ifPresent(before -> changes.addAll(withinTable(before, table, renames,
                    additions)));
        }
        var dropped = new ArrayList<>(dependencyOrder(
                renamed.tables().stream().filter(t -> current.table(t.name()).isEmpty()).toList()));
        Collections.reverse(dropped);
        dropped.forEach(table -> changes.add(new DropTable(table)));
        changes.addAll(creations(current.tables().stream().filter(t -> renamed.table(t.name()).isEmpty()).toList(),
                additions));
        changes.addAll(additions);
        return List.copyOf(changes);
    }

    /**
     * The new tables, referenced tables first. A foreign key to a new table that is not created yet (tables that
     * reference each other in a cycle) is left out of its {@code create table} and added once both exist.
     */
    private static List<SchemaChange> creations(List<TableModel> created, List<SchemaChange> additions) {
        var changes = new ArrayList<SchemaChange>();
        var pending = new HashSet<>(created.stream().map(TableModel::name).toList());
        var deferred = new ArrayList<SchemaChange>();
        for (TableModel table : dependencyOrder(created)) {
            pending.remove(table.name());
            List<ForeignKey> later = table.foreignKeys().stream()
                    .filter(key -> pending.contains(key.referencedTable())).toList();
            if (later.isEmpty()) {
                changes.add(new CreateTable(table));
            } else {
                changes.add(new CreateTable(new TableModel(table.name(), table.columns(), table.primaryKey(),
                        table.uniques(), table.entity(),
                        table.foreignKeys().stream().filter(key -> !later.contains(key)).toList(), table.indexes(),
                        table.checks())));
                later.forEach(key -> deferred.add(new AddForeignKey(table.name(), key)));
            }
        }
        additions.addAll(0, deferred);
        return changes;
    }

    /**
     * The tables in an order where each comes after the tables it references, ties in name order; in a cycle, the
     * first table by name goes first.
     */
    static List<TableModel> dependencyOrder(List<TableModel> tables) {
        var ordered = new ArrayList<TableModel>();
        var placed = new HashSet<String>();
        var names = new HashSet<String>(tables.stream().map(TableModel::name).toList());
        var pending = new ArrayList<>(tables.stream().sorted(java.util.Comparator.comparing(TableModel::name)).toList());
        while (!pending.isEmpty()) {
            TableModel next = pending.stream()
                    .filter(t -> t.referencedTables().stream().allMatch(r -> placed.contains(r) || !names.contains(r)))
                    .findFirst()
                    .orElse(pending.get(0));
            ordered.add(next);
            placed.add(next.name());
            pending.remove(next);
        }
        return ordered;
    }

    private static List<SchemaChange> tableRenames(SchemaModel old, SchemaModel current, Renames renames) {
        var changes = new ArrayList<SchemaChange>();
        var claimed = new HashSet<String>();
        for (TableModel table : current.tables()) {
            renames.tableFrom(table.name())
                    .filter(from -> old.table(table.name()).isEmpty() && old.table(from).isPresent()
                            && current.table(from).isEmpty() && claimed.add(from))
                    .ifPresent(from -> changes.add(new RenameTable(from, table.name())));
        }
        return changes;
    }

    /**
     * The changes inside one existing table; the foreign keys and indexes it gains go to {@code additions}, to run
     * once every table they reference exists.
     */
    private static List<SchemaChange> withinTable(TableModel old, TableModel after, Renames renames,
            List<SchemaChange> additions) {
        var changes = new ArrayList<SchemaChange>(columnRenames(old, after, renames));
        TableModel before = SchemaChanges.apply(new SchemaModel(List.of(old)), changes).tables().get(0);
        var unsupported = new ArrayList<SchemaChange>();
        String table = after.name();
        if (!before.primaryKey().columns().equals(after.primaryKey().columns())) {
            unsupported.add(new UnsupportedChange(table, "primary key changed from "
                    + describe(before.primaryKey().columns()) + " to " + describe(after.primaryKey().columns())));
        } else if (!before.primaryKey().name().equals(after.primaryKey().name())) {
            changes.add(new RenameConstraint(table, before.primaryKey().name(), after.primaryKey().name()));
        }
        List<List<String>> freedColumns = freedColumns(before, after);
        var rebuilt = new ArrayList<ForeignKey>();
        for (ForeignKey key : before.foreignKeys()) {
            Optional<ForeignKey> now = after.foreignKeys().stream().filter(k -> k.sameReference(key)).findFirst();
            if (now.isEmpty()) {
                changes.add(new DropForeignKey(table, key));
            } else if (freedColumns.stream().anyMatch(columns -> startsWith(columns, key.columns()))) {
                // H2 refuses to drop the index or unique constraint a foreign key uses: the key is dropped first and
                // added again once the new index or unique exists (PostgreSQL checks the rows again, a full scan)
                changes.add(new DropForeignKey(table, key));
                rebuilt.add(now.get());
            } else if (!now.get().name().equals(key.name())) {
                changes.add(new RenameConstraint(table, key.name(), now.get().name()));
            }
        }
        for (Index index : before.indexes()) {
            Optional<Index> now = after.indexes().stream().filter(i -> i.sameShape(index)).findFirst();
            if (now.isEmpty()) {
                changes.add(new DropIndex(table, index));
            } else if (!now.get().name().equals(index.name())) {
                changes.add(new RenameIndex(table, index.name(), now.get().name()));
            }
        }
        // The index first: H2 then uses it for the foreign key instead of creating its own, and an undo, which drops
        // the key before the index, finds the index free to drop.
        after.indexes().stream()
                .filter(i -> before.indexes().stream().noneMatch(b -> b.sameShape(i)))
                .forEach(i -> additions.add(new AddIndex(table, i)));
        rebuilt.forEach(k -> additions.add(new AddForeignKey(table, k)));
        after.foreignKeys().stream()
                .filter(k -> before.foreignKeys().stream().noneMatch(b -> b.sameReference(k)))
                .forEach(k -> additions.add(new AddForeignKey(table, k)));
        for (UniqueKey unique : before.uniques()) {
            Optional<UniqueKey> now = after.uniques().stream().filter(u -> u.columns().equals(unique.columns()))
                    .findFirst();
            if (now.isEmpty()) {
                changes.add(new DropUnique(table, unique));
            } else if (!now.get().name().equals(unique.name())) {
                changes.add(new RenameConstraint(table, unique.name(), now.get().name()));
            }
        }
        var addedChecks = new ArrayList<SchemaChange>();
        for (Check check : before.checks()) {
            Optional<Check> now = after.checks().stream().filter(c -> c.column().equals(check.column())).findFirst();
            if (now.isEmpty() || !now.get().conditions().equals(check.conditions())) {
                changes.add(new DropCheck(table, check));
                now.ifPresent(c -> addedChecks.add(new AddCheck(table, c)));
            } else if (!now.get().name().equals(check.name())) {
                changes.add(new RenameConstraint(table, check.name(), now.get().name()));
            }
        }
        after.checks().stream()
                .filter(c -> before.checks().stream().noneMatch(b -> b.column().equals(c.column())))
                .forEach(c -> addedChecks.add(new AddCheck(table, c)));
        before.columns().stream().filter(c -> after.column(c.name()).isEmpty())
                .forEach(c -> changes.add(new DropColumn(table, c)));
        for (ColumnDef column : before.columns()) {
            after.column(column.name()).filter(now -> !now.equals(column)).ifPresent(now -> {
                if (column.identity() != now.identity() || !SqlTypes.convertible(column.type(), now.type())) {
                    unsupported.add(new UnsupportedChange(table, "column " + column.name() + " changed from "
                            + column.describeType() + " to " + now.describeType()));
                } else {
                    changes.add(new AlterColumn(table, column, now));
                }
            });
        }
        after.columns().stream().filter(c -> before.column(c.name()).isEmpty())
                .forEach(c -> changes.add(new AddColumn(table, c)));
        after.uniques().stream()
                .filter(u -> before.uniques().stream().noneMatch(b -> b.columns().equals(u.columns())))
                .forEach(u -> changes.add(new AddUnique(table, u)));
        // checks last, once their columns exist with their new types; an undo drops them first
        changes.addAll(addedChecks);
        changes.addAll(unsupported);
        return changes;
    }

    /** The columns of the indexes and unique constraints of {@code before} that {@code after} no longer has. */
    private static List<List<String>> freedColumns(TableModel before, TableModel after) {
        var freed = new ArrayList<List<String>>();
        before.indexes().stream().filter(index -> after.indexes().stream().noneMatch(i -> i.sameShape(index)))
                .forEach(index -> freed.add(index.columns()));
        before.uniques().stream().filter(unique -> after.uniques().stream()
                        .noneMatch(u -> u.columns().equals(unique.columns())))
                .forEach(unique -> freed.add(unique.columns()));
        return freed;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && columns.subList(0, prefix.size()).equals(prefix);
    }

    private static List<SchemaChange> columnRenames(TableModel before, TableModel after, Renames renames) {
        var changes = new ArrayList<SchemaChange>();
        var claimed = new HashSet<String>();
        for (ColumnDef column : after.columns()) {
            renames.columnFrom(after.name(), column.name())
                    .filter(from -> before.column(column.name()).isEmpty() && before.column(from).isPresent()
                            && after.column(from).isEmpty() && claimed.add(from))
                    .ifPresent(from -> changes.add(new RenameColumn(after.name(), from, column.name())));
        }
        return changes;
    }

    private static String describe(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }
}
