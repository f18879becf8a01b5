package dev.stratum.processor.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A whole schema: its tables sorted by name, so equal schemas are equal records and render identically. */
public record SchemaModel(List<TableModel> tables) {

    public SchemaModel {
        tables = tables.stream().sorted(Comparator.comparing(TableModel::name)).toList();
        for (int i = 1; i < tables.size(); i++) {
            if (tables.get(i).name().equals(tables.get(i - 1).name())) {
                throw new IllegalArgumentException("two tables are named " + tables.get(i).name() + ": "
                        + tables.get(i - 1).entity() + " and " + tables.get(i).entity());
            }
        }
    }

    /** The schema without tables, as before the first migration. */
    public static SchemaModel empty() {
        return new SchemaModel(List.of());
    }

    /** The table with this name, if there is one: a binary search, as the tables are sorted by name. */
    public Optional<TableModel> table(String name) {
        int low = 0;
        int high = tables.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = tables.get(middle).name().compareTo(name);
            if (order == 0) {
                return Optional.of(tables.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }
}
