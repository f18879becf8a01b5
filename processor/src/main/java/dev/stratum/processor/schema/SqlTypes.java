package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SqlType.Numeric;
import dev.stratum.processor.schema.SqlType.Scalar;
import dev.stratum.processor.schema.SqlType.Varchar;

/** Which type changes an {@code ALTER COLUMN} can make in place, and which of them keep every value. */
final class SqlTypes {

    private SqlTypes() {
    }

    /**
     * Whether both databases convert a column from {@code from} to {@code to} in place: within one family (strings,
     * decimals, integers). Anything else takes an expand-and-contract migration.
     */
    static boolean convertible(SqlType from, SqlType to) {
        return from.equals(to)
                || from instanceof Varchar && to instanceof Varchar
                || from instanceof Numeric && to instanceof Numeric
                || isInteger(from) && isInteger(to);
    }

    /** Whether every value of {@code from} fits {@code to} unchanged: a longer string, more digits, a wider integer. */
    static boolean widens(SqlType from, SqlType to) {
        if (from.equals(to)) {
            return true;
        }
        if (from instanceof Varchar shorter && to instanceof Varchar longer) {
            return longer.length() >= shorter.length();
        }
        if (from instanceof Numeric a && to instanceof Numeric b) {
            return b.scale() >= a.scale() && b.precision() - b.scale() >= a.precision() - a.scale();
        }
        return from == Scalar.INTEGER && to == Scalar.BIGINT;
    }

    /** What narrowing {@code from} to {@code to} does to the values already stored, for risks and messages. */
    static String narrowingEffect(SqlType from, SqlType to) {
        if (to instanceof Varchar varchar) {
            return "a value longer than " + varchar.length() + " characters makes the migration fail";
        }
        if (to instanceof Numeric) {
            return "a value with more integer digits than " + to.canonical() + " allows makes the migration fail,"
                    + " and extra decimals are rounded";
        }
        return "a value outside the range of " + to.canonical() + " makes the migration fail";
    }

    private static boolean isInteger(SqlType type) {
        return type == Scalar.INTEGER || type == Scalar.BIGINT;
    }
}
