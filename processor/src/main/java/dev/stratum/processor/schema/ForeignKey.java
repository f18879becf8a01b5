package dev.stratum.processor.schema;

import java.util.List;
import java.util.Objects;

/**
 * A named foreign key ({@code fk_<table>_<column>}): {@code columns} reference {@code referencedColumns} of
 * {@code referencedTable}, and {@code onDelete} says what deleting a referenced row does.
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        OnDelete onDelete) {

    public ForeignKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referencedTable, "referencedTable");
        Objects.requireNonNull(onDelete, "onDelete");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " needs as many referenced columns as columns");
        }
    }

    /** Whether both keys enforce the same reference, whatever their names. */
    boolean sameReference(ForeignKey other) {
        return columns.equals(other.columns) && referencedTable.equals(other.referencedTable)
                && referencedColumns.equals(other.referencedColumns) && onDelete == other.onDelete;
    }

    /** The same key pointing at a renamed table. */
    ForeignKey referencing(String table) {
        return new ForeignKey(name, columns, table, referencedColumns, onDelete);
    }

    /** What deleting a referenced row does to the rows that reference it. */
    public enum OnDelete {
        /** The delete fails while a row references it. */
        RESTRICT("restrict"),
        /** The referencing rows are deleted too. */
        CASCADE("cascade"),
        /** The referencing rows keep existing, with the reference set to NULL. */
        SET_NULL("set null");

        private final String sql;

        OnDelete(String sql) {
            this.sql = sql;
        }

        /** The SQL words after {@code on delete}, the same in both dialects. */
        public String sql() {
            return sql;
        }
    }
}
