package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a column (on a field) or a table (on an entity) had another name, so the next migration renames it
 * ({@code ALTER ... RENAME}) and keeps its data, instead of dropping it and adding an empty one. The value is the old
 * SQL name, e.g. {@code @RenamedFrom("nick")}. Once the schema snapshot has the new name the marker does nothing and
 * may be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
public @interface RenamedFrom {

    /** The table or column name before the rename. */
    String value();
}
