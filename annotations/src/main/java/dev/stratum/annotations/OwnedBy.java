package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the {@code String} field that holds the name of the principal owning the row. Every read, list, update and
 * delete of the generated repository sees only the caller's own rows (another owner's row is not found), and an
 * insert sets the field from the caller, never from a request. The field is server-owned.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OwnedBy {

    /** Roles (without a {@code ROLE_} prefix) whose holders see and change every owner's rows. */
    String[] bypassRoles() default {};
}
