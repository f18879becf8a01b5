package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that is never written to a response, a problem document or a log line. A request may still carry
 * it (a write-only field); generated request types mask it in {@code toString()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Sensitive {

    /**
     * Whether the field is a secret stored only as a one-way hash (a password, a PIN): on an entity's {@code String}
     * field, the generated service hashes a new value with the application's {@code SecretHasher} (bcrypt by default)
     * before it is stored, keeps the stored hash when a request carries none, and lets your code check a candidate
     * against it. Its {@code @Size(max)} may not exceed 72, the bytes bcrypt reads.
     */
    boolean hashed() default false;
}
