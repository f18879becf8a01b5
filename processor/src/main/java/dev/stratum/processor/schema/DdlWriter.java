package dev.stratum.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The DDL layout both dialects share: lower-case keywords, one column per line with the types aligned, named
 * constraints last. A dialect contributes its type names and reserved words.
 */
final class DdlWriter {

    private static final String INDENT = "    ";

    private final String dialect;
    private final Set<String> reservedWords;
    private final Function<SqlType, String> typeNames;
    private final boolean castsBetweenFamilies;

    /**
     * @param castsBetweenFamilies whether a type change between families (a string to a number, ...) names its
     *                             conversion with {@code USING column::type}, as PostgreSQL requires
     */
    DdlWriter(String dialect, Set<String> reservedWords, Function<SqlType, String> typeNames,
            boolean castsBetweenFamilies) {
        this.castsBetweenFamilies = castsBetweenFamilies;
        this.dialect = dialect;
        this.reservedWords = Set.copyOf(reservedWords);
        this.typeNames = typeNames;
    }

    boolean isReserved(String identifier) {
        return reservedWords.contains(identifier);
    }

    String createTable(TableModel table) {
        int width = table.columns().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        var lines = new ArrayList<String>();
        for (ColumnDef column : table.columns()) {
            lines.add(pad(identifier(column.name()), width) + " " + columnSpec(column));
        }
        PrimaryKey primaryKey = table.primaryKey();
        lines.add("constraint " + identifier(primaryKey.name()) + " primary key (" + columnList(primaryKey.columns()) + ")");
        for (UniqueKey unique : table.uniques()) {
            lines.add("constraint " + identifier(unique.name()) + " unique (" + columnList(unique.columns()) + ")");
        }
        for (ForeignKey key : table.foreignKeys()) {
            lines.add("constraint " + identifier(key.name()) + " " + foreignKey(key));
        }
        for (Check check : table.checks()) {
            lines.add("constraint " + identifier(check.name()) + " " + check(check));
        }
        var out = new StringBuilder("create table " + identifier(table.name()) + " (\n"
                + INDENT + String.join(",\n" + INDENT, lines) + "\n"
                + ");\n");
        table.indexes().forEach(index -> out.append(createIndex(table.name(), index)));
        return out.toString();
    }

    String dropTable(TableModel table) {
        return "drop table " + identifier(table.name()) + ";\n";
    }

    /** The statements of one change, each on its own line. */
    String render(SchemaChange change) {
        if (change instanceof SchemaChange.CreateTable create) {
            return createTable(create.table());
        } else if (change instanceof SchemaChange.DropTable drop) {
            return dropTable(drop.table());
        } else if (change instanceof SchemaChange.RenameTable rename) {
            return "alter table " + identifier(rename.from()) + " rename to " + identifier(rename.to()) + ";\n";
        } else if (change instanceof SchemaChange.AddColumn add) {
            return alterTable(add.table(), "add column " + identifier(add.column().name()) + " " + columnSpec(add.column()));
        } else if (change instanceof SchemaChange.DropColumn drop) {
            return alterTable(drop.table(), "drop column " + identifier(drop.column().name()));
        } else if (change instanceof SchemaChange.RenameColumn rename) {
            return alterTable(rename.table(), "rename column " + identifier(rename.from()) + " to "
                    + identifier(rename.to()));
        } else if (change instanceof SchemaChange.AlterColumn alter) {
            return alterColumn(alter.table(), alter.before(), alter.after());
        } else if (change instanceof SchemaChange.AddUnique add) {
            return alterTable(add.table(), "add constraint " + identifier(add.unique().name()) + " unique ("
                    + columnList(add.unique().columns()) + ")");
        } else if (change instanceof SchemaChange.DropUnique drop) {
            return alterTable(drop.table(), "drop constraint " + identifier(drop.unique().name()));
        } else if (change instanceof SchemaChange.AddForeignKey add) {
            return alterTable(add.table(), "add constraint " + identifier(add.foreignKey().name()) + " "
                    + foreignKey(add.foreignKey()));
        } else if (change instanceof SchemaChange.DropForeignKey drop) {
            return alterTable(drop.table(), "drop constraint " + identifier(drop.foreignKey().name()));
        } else if (change instanceof SchemaChange.AddCheck add) {
            return alterTable(add.table(), "add constraint " + identifier(add.check().name()) + " "
                    + check(add.check()));
        } else if (change instanceof SchemaChange.DropCheck drop) {
            return alterTable(drop.table(), "drop constraint " + identifier(drop.check().name()));
        } else if (change instanceof SchemaChange.AddIndex add) {
            return createIndex(add.table(), add.index());
        } else if (change instanceof SchemaChange.DropIndex drop) {
            return "drop index " + identifier(drop.index().name()) + ";\n";
        } else if (change instanceof SchemaChange.RenameIndex rename) {
            return "alter index " + identifier(rename.from()) + " rename to " + identifier(rename.to()) + ";\n";
        } else if (change instanceof SchemaChange.RenameConstraint rename) {
            return alterTable(rename.table(), "rename constraint " + identifier(rename.from()) + " to "
                    + identifier(rename.to()));
        }
        throw new IllegalArgumentException("no statement can apply " + change);
    }

    /**
     * Type first, then default, then nullability: rows that are NULL take the new default before {@code NOT NULL}
     * is checked, so a default declared with the constraint backfills them.
     */
    private String alterColumn(String table, ColumnDef before, ColumnDef after) {
        String column = "alter column " + identifier(after.name()) + " ";
        var out = new StringBuilder();
        if (!before.type().equals(after.type())) {
            String type = typeNames.apply(after.type());
            String cast = castsBetweenFamilies && SqlTypes.needsCast(before.type(), after.type())
                    ? " using " + identifier(after.name()) + "::" + type : "";
            out.append(alterTable(table, column + "set data type " + type + cast));
        }
        if (!before.defaultValue().equals(after.defaultValue())) {
            out.append(alterTable(table, column + after.defaultValue().map(value -> "set default " + value)
                    .orElse("drop default")));
        }
        if (before.nullable() && !after.nullable()) {
            after.defaultValue().ifPresent(value -> out.append("update ").append(identifier(table)).append(" set ")
                    .append(identifier(after.name())).append(" = ").append(value).append(" where ")
                    .append(identifier(after.name())).append(" is null;\n"));
            out.append(alterTable(table, column + "set not null"));
        } else if (!before.nullable() && after.nullable()) {
            out.append(alterTable(table, column + "drop not null"));
        }
        return out.toString();
    }

    /** The delete behaviour is always spelled out, so a reviewer never has to know the database's default. */
    private String foreignKey(ForeignKey key) {
        return "foreign key (" + columnList(key.columns()) + ") references " + identifier(key.referencedTable())
                + " (" + columnList(key.referencedColumns()) + ") on delete " + key.onDelete().sql();
    }

    private String check(Check check) {
        identifier(check.column());
        return "check (" + check.sql() + ")";
    }

    private String createIndex(String table, Index index) {
        String columns = String.join(", ", index.columns().stream()
                .map(column -> identifier(column) + (index.descending().contains(column) ? " desc" : ""))
                .toList());
        return "create " + (index.unique() ? "unique " : "") + "index " + identifier(index.name()) + " on "
                + identifier(table) + " (" + columns + ");\n";
    }

    private String alterTable(String table, String action) {
        return "alter table " + identifier(table) + " " + action + ";\n";
    }

    private String columnSpec(ColumnDef column) {
        return typeNames.apply(column.type())
                + (column.identity() ? " generated by default as identity" : "")
                + column.defaultValue().map(value -> " default " + value).orElse("")
                + (column.nullable() ? "" : " not null");
    }

    private String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(this::identifier).toList());
    }

    /** A last line of defence: {@link IdentifierRules} reports such names as compile errors before anything renders. */
    private String identifier(String name) {
        if (!IdentifierRules.isPlain(name) || isReserved(name)) {
            throw new IllegalArgumentException("'" + name + "' cannot be used unquoted in " + dialect);
        }
        return name;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
