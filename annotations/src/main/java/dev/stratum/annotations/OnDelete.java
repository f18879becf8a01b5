package dev.stratum.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the database does to this row when the row its {@code @ManyToOne} or {@code @OneToOne} references is deleted.
 * Without it the delete is refused while a row references it ({@link Action#RESTRICT}), which a generated API reports
 * as a 409 problem naming the relation. The foreign key spells the choice out in the migration, so the behaviour is
 * reviewed with the schema: {@code @ManyToOne @OnDelete(OnDelete.Action.CASCADE) private Owner owner;}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface OnDelete {

    /** The delete behaviour of the foreign key. */
    Action value();

    /** The delete behaviours both H2 and PostgreSQL enforce alike. */
    enum Action {
        /** Deleting the referenced row fails while this row references it (the default without {@code @OnDelete}). */
        RESTRICT,
        /** Deleting the referenced row deletes this row too. */
        CASCADE,
        /** Deleting the referenced row sets this row's reference to NULL; the column must be nullable. */
        SET_NULL
    }
}
