package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Publishes an {@code @Entity} as a REST resource.
 *
 * <p>Every published operation needs an {@link Allow} policy: an operation without one is a compile error
 * ({@code [Stratum/MissingAccessPolicy]}), because access is denied by default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Expose {

    /** The collection path, for example {@code "/api/pets"}; items live at {@code path + "/{id}"}. */
    String path();

    /** The operations to publish; all five unless narrowed. */
    Operation[] operations() default {
        Operation.CREATE, Operation.READ, Operation.UPDATE, Operation.DELETE, Operation.LIST
    };

    /** The page size a list request gets when it names none. */
    int defaultPageSize() default 20;

    /** The largest page size a list request may ask for; larger requests are refused with 400. */
    int maxPageSize() default 100;
}
