package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shows the {@link Summary} of the related rows in this entity's responses. On a {@code @ManyToOne} the summary is
 * read with a join in the same statement as the row ({@code "owner": {...}} beside {@code "ownerId"}); on a
 * {@code @OneToMany(mappedBy)} list the children of a whole page are read in one more statement, at most
 * {@link #limit()} per row, in id order. The related entity must declare {@code @Summary} fields and must not be
 * owner-scoped.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Expand {

    /** For a {@code @OneToMany}: the most children shown per row (the first ones in id order). */
    int limit() default 100;
}
