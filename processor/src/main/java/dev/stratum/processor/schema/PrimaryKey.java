package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/** A table's named primary key constraint ({@code pk_<table>}). */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("primary key " + name + " needs at least one column");
        }
    }
}
