package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of the entity's summary: the id and these fields are what another entity's response shows of a row
 * when it {@link Expand expands} a relation to it ({@code "owner": {"id": 1, "lastName": "Frank"}}). Sensitive fields
 * and relations cannot be part of a summary.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Summary {
}
