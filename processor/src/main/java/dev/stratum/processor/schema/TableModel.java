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
 * @param uniques    its unique constraints in column order
 * @param entity     the qualified name of the entity mapped to it: migration comments say why a table changed, and a
 *                   later partial compile can look the entity up before treating its table as removed
 */
public record TableModel(
        String name, List<ColumnDef> columns, PrimaryKey primaryKey, List<UniqueKey> uniques, String entity) {

    public TableModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primaryKey, "primaryKey");
        Objects.requireNonNull(entity, "entity");
        columns = List.copyOf(columns);
        uniques = List.copyOf(uniques);
        var names = new HashSet<String>();
        for (ColumnDef column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + column.name());
            }
        }
        Stream.concat(primaryKey.columns().stream(), uniques.stream().flatMap(u -> u.columns().stream()))
                .filter(column -> !names.contains(column))
                .findFirst()
                .ifPresent(column -> {
                    throw new IllegalArgumentException("a constraint of table " + name + " names unknown column " + column);
                });
    }

    /** The column with this name, if the table has one. */
    public Optional<ColumnDef> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The same table, mapped by another entity. */
    public TableModel withEntity(String otherEntity) {
        return new TableModel(name, columns, primaryKey, uniques, otherEntity);
    }
}
