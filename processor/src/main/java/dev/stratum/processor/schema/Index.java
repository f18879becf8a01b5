package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named index: on a foreign-key column ({@code ix_<table>_<column>}) so joins and deletes are fast, or declared with
 * {@code @Table(indexes = @Index(...))}, then possibly unique and with columns sorted descending.
 *
 * @param descending the columns sorted descending, in index order; the others are ascending
 */
public record Index(String name, List<String> columns, boolean unique, List<String> descending) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        descending = List.copyOf(descending);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        if (!columns.containsAll(descending)) {
            throw new IllegalArgumentException("index " + name + " sorts " + descending + " descending, which are not"
                    + " all among its columns " + columns);
        }
    }

    /** A plain index: not unique, every column ascending. */
    public Index(String name, List<String> columns) {
        this(name, columns, false, List.of());
    }

    /** Whether both index the same columns the same way, whatever their names. */
    boolean sameShape(Index other) {
        return columns.equals(other.columns) && unique == other.unique && descending.equals(other.descending);
    }
}
