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

    /** The table with this name, if there is one. */
    public Optional<TableModel> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
