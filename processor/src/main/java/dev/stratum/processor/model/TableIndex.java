package dev.stratum.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An index or unique constraint declared on the entity with {@code @Table(indexes = @Index(...))} or
 * {@code @Table(uniqueConstraints = @UniqueConstraint(...))}, its columns named as the table names them.
 *
 * @param name       the declared name, if one was written; otherwise Stratum names it from the table and columns
 * @param columns    the columns in the order written, each ascending unless marked descending
 * @param unique     whether no two rows may share the same values in these columns
 * @param constraint whether it is a unique constraint ({@code @UniqueConstraint}) rather than an index
 * @param occurrence which {@code @Index} or {@code @UniqueConstraint} of the {@code @Table} it is, from 0
 */
public record TableIndex(Optional<String> name, List<Column> columns, boolean unique, boolean constraint,
        int occurrence) {

    public TableIndex {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** One column of the index: its name and whether it is sorted descending. */
    public record Column(String name, boolean descending) {

        public Column {
            Objects.requireNonNull(name, "name");
        }
    }
}
