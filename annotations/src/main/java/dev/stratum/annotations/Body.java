package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@link Endpoints} method parameter to the JSON request body: a record, checked by its generated validator
 * when the record is {@link Validatable}, or by the entity's validator when it is an entity's generated create or
 * update request. At most one per method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Body {
}
