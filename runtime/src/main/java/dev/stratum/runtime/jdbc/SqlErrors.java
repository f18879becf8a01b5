package dev.stratum.runtime.jdbc;

import dev.stratum.runtime.problem.DuplicateException;
import dev.stratum.runtime.problem.MissingReferenceException;
import dev.stratum.runtime.problem.StillReferencedException;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a checked {@link SQLException} into the exception generated code should throw. */
public final class SqlErrors {

    /** The SQL standard's "unique violation" state, used by both H2 and PostgreSQL. */
    static final String UNIQUE_VIOLATION = "23505";
    /** The SQL standard's "foreign key violation" state: PostgreSQL's for both cases, H2's for a delete. */
    static final String FOREIGN_KEY_VIOLATION = "23503";
    /** H2's state for an insert or update whose referenced row is missing. */
    static final String H2_PARENT_MISSING = "23506";

    private SqlErrors() {
    }

    /**
     * A {@link DuplicateException} for a unique violation, a {@link MissingReferenceException} for a foreign-key
     * violation, otherwise a {@link DataAccessFailure} that keeps
     * {@code e} as its cause for the logs.
     *
     * @param resource the resource being written, e.g. {@code Pet}
     */
    public static RuntimeException translate(SQLException e, String resource) {
        return translate(e, resource, Map.of());
    }

    /**
     * Like {@link #translate(SQLException, String)}, naming the field of a unique violation: the database names the
     * broken constraint (or, on H2, an index named after it) in its message, and {@code uniqueFields} maps each unique
     * constraint of the table to the field it guards. The longest name found wins, so {@code uk_t_a} never claims a
     * violation of {@code uk_t_a_b}.
     *
     * @param uniqueFields unique constraint name (lower case) → request field name, or the names separated by commas
     *                     for a constraint on several columns
     */
    public static RuntimeException translate(SQLException e, String resource, Map<String, String> uniqueFields) {
        return translate(e, resource, uniqueFields, Map.of());
    }

    /**
     * Like {@link #translate(SQLException, String, Map)} for a write that also sets references: a foreign-key
     * violation means a referenced row is missing, a {@link MissingReferenceException} naming the field.
     *
     * @param referenceFields foreign key name (lower case) → request field name, e.g. {@code ownerId}
     */
    public static RuntimeException translate(SQLException e, String resource, Map<String, String> uniqueFields,
            Map<String, String> referenceFields) {
        if (hasState(e, UNIQUE_VIOLATION)) {
            return violatedField(e, uniqueFields)
                    .map(fields -> fields.contains(",")
                            ? new DuplicateException(resource, List.of(fields.split(",")))
                            : new DuplicateException(resource, fields))
                    .orElseGet(() -> new DuplicateException(resource));
        }
        if (hasState(e, FOREIGN_KEY_VIOLATION) || hasState(e, H2_PARENT_MISSING)) {
            return violatedField(e, referenceFields)
                    .map(field -> new MissingReferenceException(resource, field))
                    .orElseGet(() -> new MissingReferenceException(resource));
        }
        return failure(e, resource);
    }

    /**
     * For a delete: a foreign-key violation means other rows still reference the row, a
     * {@link StillReferencedException} naming the relation through which they do.
     *
     * @param referrers foreign key name (lower case) → the referencing relation, e.g. {@code Pet.ownerId}
     */
    public static RuntimeException translateDelete(SQLException e, String resource, Map<String, String> referrers) {
        if (hasState(e, FOREIGN_KEY_VIOLATION)) {
            return violatedField(e, referrers)
                    .map(relation -> new StillReferencedException(resource, relation))
                    .orElseGet(() -> new StillReferencedException(resource));
        }
        return failure(e, resource);
    }

    private static RuntimeException failure(SQLException e, String resource) {
        String message = "Database access failed for " + resource + " (SQLState " + e.getSQLState() + ")";
        return new DataAccessFailure(message, e);
    }

    private static Optional<String> violatedField(SQLException e, Map<String, String> uniqueFields) {
        String messages = messages(e).toLowerCase(Locale.ROOT);
        return uniqueFields.entrySet().stream()
                .filter(constraint -> messages.contains(constraint.getKey()))
                .max(Comparator.comparingInt(constraint -> constraint.getKey().length()))
                .map(Map.Entry::getValue);
    }

    private static String messages(SQLException e) {
        var all = new StringBuilder();
        for (Throwable current : e) {
            all.append(current.getMessage()).append('\n');
        }
        return all.toString();
    }

    // Drivers may report the real cause further down the chain, e.g. PostgreSQL inside a failed batch.
    private static boolean hasState(SQLException e, String state) {
        for (Throwable current : e) {
            if (current instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
