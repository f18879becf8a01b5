package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Grants access to operations of an {@link Expose}d entity. Repeat it to give operations different policies:
 *
 * <pre>{@code
 * @Allow(value = {Operation.READ, Operation.LIST}, access = AccessLevel.PUBLIC)
 * @Allow(value = {Operation.CREATE, Operation.UPDATE, Operation.DELETE}, roles = "VET")
 * }</pre>
 *
 * Each published operation must be named by exactly one {@code @Allow}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@Repeatable(Allow.List.class)
public @interface Allow {

    /** The operations this policy covers. */
    Operation[] value();

    /** Who may call them; {@link AccessLevel#ROLES} (the default) needs at least one role. */
    AccessLevel access() default AccessLevel.ROLES;

    /** Roles of which the caller needs one, without a {@code ROLE_} prefix; only with {@link AccessLevel#ROLES}. */
    String[] roles() default {};

    /** Holds repeated {@link Allow} annotations. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.TYPE)
    @interface List {
        /** The repeated policies. */
        Allow[] value();
    }
}
