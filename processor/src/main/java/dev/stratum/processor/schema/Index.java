package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/** A named, non-unique index ({@code ix_<table>_<column>}), e.g. on a foreign-key column so joins and deletes are fast. */
public record Index(String name, List<String> columns) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }
}
