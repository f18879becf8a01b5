package dev.stratum.processor.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How a property is stored, as read from {@code @Column} and the validation constraints.
 *
 * @param name         the column name
 * @param nullable     whether the column accepts NULL
 * @param length       the maximum string length (strings and enums), else 0
 * @param precision    the total number of digits (decimals), else 0
 * @param scale        the digits after the point (decimals), else 0
 * @param unique       whether the column carries a unique constraint
 * @param defaultValue the SQL literal of {@code @ColumnDefault}, if declared
 * @param renamedFrom  the column's previous name from {@code @RenamedFrom}, if declared
 * @param lob          whether a string is stored as a large object ({@code @Lob}): no length, no length check
 */
public record ColumnModel(String name, boolean nullable, int length, int precision, int scale, boolean unique,
        Optional<String> defaultValue, Optional<String> renamedFrom, boolean lob) {

    public ColumnModel {
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(renamedFrom, "renamedFrom");
    }

    /** A column that is no large object. */
    public ColumnModel(String name, boolean nullable, int length, int precision, int scale, boolean unique,
            Optional<String> defaultValue, Optional<String> renamedFrom) {
        this(name, nullable, length, precision, scale, unique, defaultValue, renamedFrom, false);
    }

    /** A column without a default and without a previous name. */
    public ColumnModel(String name, boolean nullable, int length, int precision, int scale, boolean unique) {
        this(name, nullable, length, precision, scale, unique, Optional.empty(), Optional.empty());
    }

    /** The same column, refusing NULL. */
    public ColumnModel notNull() {
        return new ColumnModel(name, false, length, precision, scale, unique, defaultValue, renamedFrom, lob);
    }
}
