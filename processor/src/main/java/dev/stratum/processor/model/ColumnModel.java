package dev.stratum.processor.model;

/**
 * How a property is stored, as read from {@code @Column} and the validation constraints.
 *
 * @param name      the column name
 * @param nullable  whether the column accepts NULL
 * @param length    the maximum string length (strings and enums), else 0
 * @param precision the total number of digits (decimals), else 0
 * @param scale     the digits after the point (decimals), else 0
 * @param unique    whether the column carries a unique constraint
 */
public record ColumnModel(String name, boolean nullable, int length, int precision, int scale, boolean unique) {
}
