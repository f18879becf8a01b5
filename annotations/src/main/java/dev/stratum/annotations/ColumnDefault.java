package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The column's SQL default: a literal that both databases read the same way, e.g. {@code "0"}, {@code "'unknown'"},
 * {@code "true"}. Adding a NOT NULL column to an existing table needs one, because the rows already there take it;
 * making a column NOT NULL fills its existing NULLs with it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ColumnDefault {

    /** A SQL literal: a number, a string in single quotes, {@code true} or {@code false}. */
    String value();
}
