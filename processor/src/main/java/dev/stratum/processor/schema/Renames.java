package dev.stratum.processor.schema;

import java.util.Map;
import java.util.Optional;

/**
 * The previous names the model declares with {@code @RenamedFrom}, keyed by the current names. A previous name only
 * matters while the snapshot still has it: afterwards the marker is inert.
 *
 * @param tables  current table name to previous table name
 * @param columns current table name to (current column name to previous column name)
 */
public record Renames(Map<String, String> tables, Map<String, Map<String, String>> columns) {

    public Renames {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    /** No renames. */
    public static Renames none() {
        return new Renames(Map.of(), Map.of());
    }

    Optional<String> tableFrom(String table) {
        return Optional.ofNullable(tables.get(table));
    }

    Optional<String> columnFrom(String table, String column) {
        return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
    }
}
