package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call the methods of an {@link Endpoints} interface: on the interface for all of its methods, or on one method,
 * which then overrides the interface's. The same vocabulary as {@link Allow}: {@code @Permit(access =
 * AccessLevel.PUBLIC)}, {@code @Permit(access = AccessLevel.AUTHENTICATED)} or {@code @Permit(roles = "VET")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permit {

    /** Who may call; {@link AccessLevel#ROLES} (the default) needs at least one role. */
    AccessLevel access() default AccessLevel.ROLES;

    /** Roles of which the caller needs one, without a {@code ROLE_} prefix; only with {@link AccessLevel#ROLES}. */
    String[] roles() default {};
}
