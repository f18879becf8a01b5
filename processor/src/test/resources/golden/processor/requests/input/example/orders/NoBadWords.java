package example.orders;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom constraint: the text contains none of the words. */
@Constraint(validatedBy = NoBadWordsValidator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
public @interface NoBadWords {
    String message() default "must not contain any of {words}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    String[] words() default {"darn", "heck"};

    boolean ignoreCase() default true;
}
