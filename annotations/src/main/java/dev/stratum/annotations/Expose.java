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

    /** How the list operation pages: cursor pages by default, numbered pages on request. */
    Paging paging() default Paging.KEYSET;

    /**
     * The fields a list request may sort by, as {@code ?sort=name} (ascending) or {@code ?sort=-name} (descending);
     * the id is always allowed and is the default. Only plain comparable values qualify: text, numbers, dates and
     * instants, never a relation, a boolean, an enum, a UUID or a {@link Sensitive} field.
     */
    String[] sortable() default {};

    /**
     * The fields a list request may filter on by equality, as {@code ?city=Leeds}; the value is parsed as the field's
     * type. A relation is filtered by the referenced id ({@code ?ownerId=7}); a {@link Sensitive} field never.
     */
    String[] filterable() default {};

    /** The page size a list request gets when it names none. */
    int defaultPageSize() default 20;

    /** The largest page size a list request may ask for; larger requests are refused with 400. */
    int maxPageSize() default 100;

    /**
     * How many read requests ({@link Operation#READ}, {@link Operation#LIST}) one caller may make to this resource per
     * minute, in a budget of its own; 0 (the default) shares the project-wide budget
     * {@code stratum.rate-limit.read.requests}.
     */
    int readsPerMinute() default 0;

    /**
     * How many write requests ({@link Operation#CREATE}, {@link Operation#UPDATE}, {@link Operation#DELETE}) one caller
     * may make to this resource per minute, in a budget of its own; 0 (the default) shares the project-wide budget
     * {@code stratum.rate-limit.write.requests}.
     */
    int writesPerMinute() default 0;
}
