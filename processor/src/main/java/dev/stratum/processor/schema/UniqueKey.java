package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/** A named unique constraint ({@code uk_<table>_<column>}). */
public record UniqueKey(String name, List<String> columns) {

    public UniqueKey {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unique constraint " + name + " needs at least one column");
        }
    }
}
