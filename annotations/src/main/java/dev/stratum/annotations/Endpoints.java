package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares custom HTTP operations on an interface; a hand-written class in the same compilation implements it, and
 * Stratum generates the controller that binds, validates, authorizes, calls the implementation and maps the result:
 *
 * <pre>{@code
 * @Endpoints(path = "/api/pets", entity = Pet.class)
 * @Permit(roles = "VET")
 * public interface PetCare {
 *     @Post("/{id}/transfer")
 *     PetResponse transfer(@PathParam("id") UUID id, @Body PetTransfer transfer);
 * }
 * }</pre>
 *
 * <p>Each method needs an HTTP annotation ({@link Get}, {@link Post}, {@link Put}, {@link Delete}) and an access
 * policy ({@link Permit} on the method or the interface): access is denied by default.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Endpoints {

    /** The path every method's path is relative to, for example {@code "/api/pets"}. */
    String path();

    /**
     * The entity whose aggregate the implementation works on; the layering check lets the implementation use that
     * entity's generated repository only. Without it, entities in the interface's package count as its own.
     */
    Class<?> entity() default void.class;
}
