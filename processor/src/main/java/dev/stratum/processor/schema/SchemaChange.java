package dev.stratum.processor.schema;

/** One difference between the schema after the newest migration and the schema the model needs. */
public sealed interface SchemaChange
        permits SchemaChange.CreateTable, SchemaChange.DropTable, SchemaChange.UnsupportedChange {

    /** The name of the table the change concerns. */
    String tableName();

    /** A table the model needs and the schema lacks. */
    record CreateTable(TableModel table) implements SchemaChange {
        @Override
        public String tableName() {
            return table.name();
        }
    }

    /** A table no entity maps any more; it keeps the table's definition so the drop can be undone. */
    record DropTable(TableModel table) implements SchemaChange {
        @Override
        public String tableName() {
            return table.name();
        }
    }

    /**
     * A difference within an existing table that Stratum cannot migrate yet (columns added, removed or changed,
     * constraints changed); the processor reports it as a compile error.
     *
     * @param table       the table's name
     * @param description what differs, e.g. {@code column nickname (VARCHAR(40) NULL) was added}
     */
    record UnsupportedChange(String table, String description) implements SchemaChange {
        @Override
        public String tableName() {
            return table;
        }
    }
}
