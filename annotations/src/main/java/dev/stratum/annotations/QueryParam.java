package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an {@link Endpoints} method parameter to a query parameter. It is required unless {@link #defaultValue()} is
 * given, which is used when the request names none.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface QueryParam {

    /** The name as the client sends it. */
    String value();

    /** The value used when the request does not name the parameter; when not written, the parameter is required. */
    String defaultValue() default "";
}
