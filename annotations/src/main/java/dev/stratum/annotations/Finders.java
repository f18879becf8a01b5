package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface of derived finder methods over one entity, such as
 * {@code List<Pet> findBySpeciesAndNameStartsWith(Species species, String prefix)}. Stratum parses every method name
 * at compile time, checks each property, parameter and return type against the entity, and generates
 * {@code Jdbc<Interface>}, a plain JDBC implementation that the Spring configuration registers as a bean of the
 * interface's type. The grammar is in {@code docs/repositories.md}.
 *
 * <p>The entity is named here rather than inferred from a generic super-interface, so the interface needs no Stratum
 * type on its class path and a misspelt entity is one clear error on this annotation.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Finders {

    /** The {@code @Entity} the finders query. */
    Class<?> value();
}
