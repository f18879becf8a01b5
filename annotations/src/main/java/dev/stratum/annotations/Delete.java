package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Maps a method of an {@link Endpoints} interface to {@code DELETE} requests. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {

    /** The path below {@link Endpoints#path()}, for example {@code "/{id}/visits"}; empty for the path itself. */
    String value() default "";

    /** The success status; 0 (the default) means 200 with a body, or 204 when the method returns nothing. */
    int status() default 0;
}
