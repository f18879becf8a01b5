package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field the server sets (in a hooks implementation); it is never accepted from a request, so a client cannot
 * mass-assign it. The id and the {@code @Version} field are server-owned without this marker.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface ServerOwned {
}
