package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field the generated repository fills with the name of the principal that last wrote (inserted or
 * updated) the row; a {@code String} field. The field is server-owned: never accepted from a request, shown in
 * responses.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface UpdatedBy {
}
