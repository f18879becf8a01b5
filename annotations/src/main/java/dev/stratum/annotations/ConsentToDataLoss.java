package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Approves schema changes that lose data, each named exactly as the {@code [Stratum/DestructiveChange]} error spells
 * it, e.g. {@code @ConsentToDataLoss("drop column pets.nickname")} or
 * {@code @ConsentToDataLoss("narrow column pets.name to VARCHAR(20)")}. A consent approves that change only, so a stale
 * one cannot approve another. It may sit on any entity of the model: the consent to drop a table whose entity was
 * deleted goes on one of the entities that remain. The migration's header records it; remove it afterwards.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ConsentToDataLoss {

    /** The changes approved, in the words of the compile error. */
    String[] value();
}
