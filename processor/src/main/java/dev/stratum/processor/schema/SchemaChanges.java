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
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/** What every change means structurally: its inverse, and the schema after it. */
final class SchemaChanges {

    private SchemaChanges() {
    }

    /** The change that undoes {@code change} exactly, structure included. */
    static SchemaChange inverse(SchemaChange change) {
        if (change instanceof CreateTable create) {
            return new DropTable(create.table());
        } else if (change instanceof DropTable drop) {
            return new CreateTable(drop.table());
        } else if (change instanceof RenameTable rename) {
            return new RenameTable(rename.to(), rename.from());
        } else if (change instanceof AddColumn add) {
            return new DropColumn(add.table(), add.column());
        } else if (change instanceof DropColumn drop) {
            return new AddColumn(drop.table(), drop.column());
        } else if (change instanceof RenameColumn rename) {
            return new RenameColumn(rename.table(), rename.to(), rename.from());
        } else if (change instanceof AlterColumn alter) {
            return new AlterColumn(alter.table(), alter.after(), alter.before());
        } else if (change instanceof AddUnique add) {
            return new DropUnique(add.table(), add.unique());
        } else if (change instanceof DropUnique drop) {
            return new AddUnique(drop.table(), drop.unique());
        } else if (change instanceof AddForeignKey add) {
            return new DropForeignKey(add.table(), add.foreignKey());
        } else if (change instanceof DropForeignKey drop) {
            return new AddForeignKey(drop.table(), drop.foreignKey());
        } else if (change instanceof AddIndex add) {
            return new DropIndex(add.table(), add.index());
        } else if (change instanceof DropIndex drop) {
            return new AddIndex(drop.table(), drop.index());
        } else if (change instanceof RenameIndex rename) {
            return new RenameIndex(rename.table(), rename.to(), rename.from());
        } else if (change instanceof RenameConstraint rename) {
            return new RenameConstraint(rename.table(), rename.to(), rename.from());
        } else if (change instanceof AddCheck add) {
            return new DropCheck(add.table(), add.check());
        } else if (change instanceof DropCheck drop) {
            return new AddCheck(drop.table(), drop.check());
        }
        throw new IllegalArgumentException("no inverse for " + change);
    }

    /** The inverse of each change, last change first, so that applying both leaves the schema as it was. */
    static List<SchemaChange> undo(List<SchemaChange> changes) {
        var undo = new ArrayList<SchemaChange>();
        changes.forEach(change -> undo.add(inverse(change)));
        Collections.reverse(undo);
        return List.copyOf(undo);
    }

    /** The schema once {@code changes} have run on {@code schema}. */
    static SchemaModel apply(SchemaModel schema, List<SchemaChange> changes) {
        SchemaModel result = schema;
        for (SchemaChange change : changes) {
            result = apply(result, change);
        }
        return result;
    }

    private static SchemaModel apply(SchemaModel schema, SchemaChange change) {
        if (change instanceof CreateTable create) {
            return with(schema, create.table());
        } else if (change instanceof DropTable drop) {
            return without(schema, drop.tableName());
        } else if (change instanceof RenameTable rename) {
            TableModel table = table(schema, rename.from());
            SchemaModel renamed = with(without(schema, rename.from()), new TableModel(rename.to(), table.columns(),
                    table.primaryKey(), table.uniques(), table.entity(), table.foreignKeys(), table.indexes(),
                    table.checks()));
            return new SchemaModel(renamed.tables().stream().map(t -> foreignKeys(t, t.foreignKeys().stream()
                    .map(k -> k.referencedTable().equals(rename.from()) ? k.referencing(rename.to()) : k)
                    .toList())).toList());
        } else if (change instanceof AddColumn add) {
            return edit(schema, add.table(), t -> columns(t, append(t.columns(), add.column())));
        } else if (change instanceof DropColumn drop) {
            return edit(schema, drop.table(), t -> columns(t,
                    t.columns().stream().filter(c -> !c.name().equals(drop.column().name())).toList()));
        } else if (change instanceof RenameColumn rename) {
            return edit(schema, rename.table(), t -> renameColumn(t, rename.from(), rename.to()));
        } else if (change instanceof AlterColumn alter) {
            return edit(schema, alter.table(), t -> columns(t, t.columns().stream()
                    .map(c -> c.name().equals(alter.before().name()) ? alter.after() : c).toList()));
        } else if (change instanceof AddUnique add) {
            return edit(schema, add.table(), t -> uniques(t, append(t.uniques(), add.unique())));
        } else if (change instanceof DropUnique drop) {
            return edit(schema, drop.table(), t -> uniques(t,
                    t.uniques().stream().filter(u -> !u.name().equals(drop.unique().name())).toList()));
        } else if (change instanceof AddForeignKey add) {
            return edit(schema, add.table(), t -> foreignKeys(t, append(t.foreignKeys(), add.foreignKey())));
        } else if (change instanceof DropForeignKey drop) {
            return edit(schema, drop.table(), t -> foreignKeys(t,
                    t.foreignKeys().stream().filter(k -> !k.name().equals(drop.foreignKey().name())).toList()));
        } else if (change instanceof AddIndex add) {
            return edit(schema, add.table(), t -> indexes(t, append(t.indexes(), add.index())));
        } else if (change instanceof DropIndex drop) {
            return edit(schema, drop.table(), t -> indexes(t,
                    t.indexes().stream().filter(i -> !i.name().equals(drop.index().name())).toList()));
        } else if (change instanceof RenameIndex rename) {
            return edit(schema, rename.table(), t -> indexes(t, t.indexes().stream()
                    .map(i -> i.name().equals(rename.from()) ? new Index(rename.to(), i.columns()) : i).toList()));
        } else if (change instanceof RenameConstraint rename) {
            return edit(schema, rename.table(), t -> renameConstraint(t, rename));
        } else if (change instanceof AddCheck add) {
            return edit(schema, add.table(), t -> checks(t, append(t.checks(), add.check())));
        } else if (change instanceof DropCheck drop) {
            return edit(schema, drop.table(), t -> checks(t,
                    t.checks().stream().filter(c -> !c.name().equals(drop.check().name())).toList()));
        }
        throw new IllegalArgumentException("cannot apply " + change);
    }

    private static TableModel table(SchemaModel schema, String name) {
        return schema.table(name).orElseThrow(() -> new IllegalArgumentException("no table " + name));
    }

    private static SchemaModel with(SchemaModel schema, TableModel table) {
        return new SchemaModel(append(schema.tables(), table));
    }

    private static SchemaModel without(SchemaModel schema, String name) {
        return new SchemaModel(schema.tables().stream().filter(t -> !t.name().equals(name)).toList());
    }

    private static SchemaModel edit(SchemaModel schema, String name, UnaryOperator<TableModel> edit) {
        return with(without(schema, name), edit.apply(table(schema, name)));
    }

    private static TableModel columns(TableModel t, List<ColumnDef> columns) {
        return new TableModel(t.name(), columns, t.primaryKey(), t.uniques(), t.entity(), t.foreignKeys(),
                t.indexes(), t.checks());
    }

    private static TableModel uniques(TableModel t, List<UniqueKey> uniques) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(), uniques, t.entity(), t.foreignKeys(),
                t.indexes(), t.checks());
    }

    private static TableModel foreignKeys(TableModel t, List<ForeignKey> foreignKeys) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.entity(), foreignKeys,
                t.indexes(), t.checks());
    }

    private static TableModel indexes(TableModel t, List<Index> indexes) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.entity(), t.foreignKeys(),
                indexes, t.checks());
    }

    private static TableModel checks(TableModel t, List<Check> checks) {
        return new TableModel(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.entity(), t.foreignKeys(),
                t.indexes(), checks);
    }

    private static TableModel renameColumn(TableModel t, String from, String to) {
        UnaryOperator<List<String>> rename = names -> names.stream().map(n -> n.equals(from) ? to : n).toList();
        return new TableModel(t.name(),
                t.columns().stream().map(c -> c.name().equals(from) ? c.withName(to) : c).toList(),
                new PrimaryKey(t.primaryKey().name(), rename.apply(t.primaryKey().columns())),
                t.uniques().stream().map(u -> new UniqueKey(u.name(), rename.apply(u.columns()))).toList(),
                t.entity(),
                t.foreignKeys().stream().map(k -> new ForeignKey(k.name(), rename.apply(k.columns()),
                        k.referencedTable(), k.referencedColumns(), k.onDelete())).toList(),
                t.indexes().stream().map(i -> new Index(i.name(), rename.apply(i.columns()))).toList(),
                t.checks().stream().map(c -> c.column().equals(from) ? c.onColumn(to) : c).toList());
    }

    private static TableModel renameConstraint(TableModel t, RenameConstraint rename) {
        PrimaryKey key = t.primaryKey();
        return new TableModel(t.name(), t.columns(),
                key.name().equals(rename.from()) ? new PrimaryKey(rename.to(), key.columns()) : key,
                t.uniques().stream().map(u -> u.name().equals(rename.from())
                        ? new UniqueKey(rename.to(), u.columns()) : u).toList(),
                t.entity(),
                t.foreignKeys().stream().map(k -> k.name().equals(rename.from())
                        ? new ForeignKey(rename.to(), k.columns(), k.referencedTable(), k.referencedColumns(),
                                k.onDelete()) : k).toList(),
                t.indexes(),
                t.checks().stream().map(c -> c.name().equals(rename.from())
                        ? new Check(rename.to(), c.column(), c.conditions()) : c).toList());
    }

    private static <T> List<T> append(List<T> list, T element) {
        var copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }
}
