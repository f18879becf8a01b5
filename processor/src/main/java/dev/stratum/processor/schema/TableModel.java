package dev.stratum.processor.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One table.
 *
 * @param name       the table name
 * @param columns    its columns in the entity's declaration order (id, version, then fields)
 * @param primaryKey its primary key
 * @param uniques     its unique constraints in column order
 * @param entity      the qualified name of the entity mapped to it (for a join table, the entity that owns the
 *                    association): migration comments say why a table changed, and a later partial compile can look
 *                    the entity up before treating its table as removed
 * @param foreignKeys its foreign keys in column order
 * @param indexes     its non-unique indexes in column order
 * @param checks      its check constraints in column order
 */
public record TableModel(String name, List<ColumnDef> columns, PrimaryKey primaryKey, List<UniqueKey> uniques,
        String entity, List<ForeignKey> foreignKeys, List<Index> indexes, List<Check> checks) {

    public TableModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(entity, "entity");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        var names = new HashSet<String>();
        for (ColumnDef column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        Stream.of(primaryKey.columns().stream(), uniques.stream().flatMap(u -> u.columns().stream()),
                        foreignKeys.stream().flatMap(k -> k.columns().stream()),
                        indexes.stream().flatMap(i -> i.columns().stream()),
                        checks.stream().map(Check::column))
                .flatMap(s -> s)
                .filter(column -> !names.contains(column))
                .findFirst()
                .ifPresent(column -> {
                    throw new IllegalArgumentException("a constraint of table " + name + " names unknown column " + column);
                });
    }

    /** A table without foreign keys, indexes or checks. */
    public TableModel(String name, List<ColumnDef> columns, PrimaryKey primaryKey, List<UniqueKey> uniques,
            String entity) {
        this(name, columns, primaryKey, uniques, entity, List.of(), List.of());
    }

    /** A table without checks. */
    public TableModel(String name, List<ColumnDef> columns, PrimaryKey primaryKey, List<UniqueKey> uniques,
            String entity, List<ForeignKey> foreignKeys, List<Index> indexes) {
        this(name, columns, primaryKey, uniques, entity, foreignKeys, indexes, List.of());
    }

    /** The column with this name, if the table has one. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The same table, mapped by another entity. */
    public TableModel withEntity(String otherEntity) {
        return new TableModel(name, columns, primaryKey, uniques, otherEntity, foreignKeys, indexes, checks);
    }

    /** The names of the other tables this one references, sorted. */
    public List<String> referencedTables() {
        return foreignKeys.stream().map(ForeignKey::referencedTable).filter(t -> !t.equals(name)).distinct().sorted()
                .toList();
    }
}
