package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a top-level record or class whose Jakarta Validation constraints Stratum checks in a generated
 * {@code <Type>Validator}, without reflection. Records are read through their component accessors, classes through
 * non-private getters ({@code getName()}, or {@code isActive()} for a {@code boolean}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Validatable {
}
