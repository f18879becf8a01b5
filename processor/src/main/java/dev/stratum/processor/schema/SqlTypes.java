package dev.stratum.processor.schema;

import dev.stratum.processor.schema.SqlType.Numeric;
import dev.stratum.processor.schema.SqlType.Scalar;
import dev.stratum.processor.schema.SqlType.Varchar;
import java.util.Map;
import java.util.Set;

/**
 * Which type changes an {@code ALTER COLUMN} can make in place, and which of them keep every value. A change within a
 * family (strings, exact numbers, approximate numbers, dates and times) converts implicitly; a change between families
 * converts with a cast ({@link #needsCast}), which fails on a value that does not convert.
 */
final class SqlTypes {

    private enum Family { STRING, EXACT, APPROXIMATE, TEMPORAL, BOOLEAN, UUID }

    private static final Set<Scalar> INTEGERS = Set.of(Scalar.SMALLINT, Scalar.INTEGER, Scalar.BIGINT);

    /** The decimal digits the largest value of each integer type has. */
    private static final Map<Scalar, Integer> INTEGER_DIGITS = Map.of(Scalar.SMALLINT, 5, Scalar.INTEGER, 10,
            Scalar.BIGINT, 19);

    /** The longest text of a value, sign included, for the types whose text both databases spell alike. */
    private static final Map<Scalar, Integer> TEXT_LENGTH = Map.of(Scalar.SMALLINT, 6, Scalar.INTEGER, 11,
            Scalar.BIGINT, 20, Scalar.UUID, 36);

    /** Date and time conversions both databases make: between dates and timestamps, and a timestamp to its time. */
    private static final Set<String> TEMPORAL_CONVERSIONS = Set.of("DATE>TIMESTAMP", "DATE>TIMESTAMP_WITH_TIME_ZONE",
            "TIMESTAMP>DATE", "TIMESTAMP_WITH_TIME_ZONE>DATE", "TIMESTAMP>TIMESTAMP_WITH_TIME_ZONE",
            "TIMESTAMP_WITH_TIME_ZONE>TIMESTAMP", "TIMESTAMP>TIME", "TIMESTAMP_WITH_TIME_ZONE>TIME");

    private SqlTypes() {
    }

    /**
     * Whether both databases convert a column from {@code from} to {@code to} in place: within a family, from or to
     * a string, and between numbers of any kind and the date and time types named above. Anything else (a boolean
     * from a number, a date from a time) takes an expand-and-contract migration.
     */
    static boolean convertible(SqlType from, SqlType to) {
        Family a = family(from);
        Family b = family(to);
        if (from.equals(to) || a == Family.STRING || b == Family.STRING) {
            return true;
        }
        if (a == Family.TEMPORAL && b == Family.TEMPORAL) {
            return TEMPORAL_CONVERSIONS.contains(((Scalar) from).name() + ">" + ((Scalar) to).name());
        }
        return a == b || isNumber(a) && isNumber(b);
    }

    /** Whether PostgreSQL needs {@code USING column::type} for the change: a conversion between families. */
    static boolean needsCast(SqlType from, SqlType to) {
        return family(from) != family(to);
    }

    /**
     * Whether every value of {@code from} fits {@code to} unchanged: a longer string, more digits, a wider integer, a
     * double for an integer or a float, a date as the midnight that starts it, the text of a value that fits.
     */
    static boolean widens(SqlType from, SqlType to) {
        if (from.equals(to) || to == Scalar.CLOB) {
            return true;
        }
        if (from instanceof Varchar shorter && to instanceof Varchar longer) {
            return longer.length() >= shorter.length();
        }
        if (from instanceof Numeric a && to instanceof Numeric b) {
            return b.scale() >= a.scale() && b.precision() - b.scale() >= a.precision() - a.scale();
        }
        if (from instanceof Scalar integer && INTEGERS.contains(integer)) {
            return integerWidens(integer, to);
        }
        if (to instanceof Varchar varchar) {
            Integer length = from instanceof Numeric numeric ? Integer.valueOf(numeric.precision() + 2)
                    : from instanceof Scalar scalar ? TEXT_LENGTH.get(scalar) : null;
            return length != null && varchar.length() >= length;
        }
        return from == Scalar.REAL && to == Scalar.DOUBLE_PRECISION || from == Scalar.DATE && to == Scalar.TIMESTAMP;
    }

    private static boolean integerWidens(Scalar from, SqlType to) {
        int digits = INTEGER_DIGITS.get(from);
        if (to instanceof Scalar wider && INTEGERS.contains(wider)) {
            return INTEGER_DIGITS.get(wider) >= digits;
        }
        if (to instanceof Numeric numeric) {
            return numeric.precision() - numeric.scale() >= digits;
        }
        if (to instanceof Varchar varchar) {
            return varchar.length() >= TEXT_LENGTH.get(from);
        }
        // a double holds every integer up to 2^53 exactly, a float up to 2^24
        return to == Scalar.DOUBLE_PRECISION && from != Scalar.BIGINT || to == Scalar.REAL && from == Scalar.SMALLINT;
    }

    /** What narrowing {@code from} to {@code to} does to the values already stored, for risks and messages. */
    static String narrowingEffect(SqlType from, SqlType to) {
        if (to instanceof Varchar varchar) {
            return family(from) == Family.STRING
                    ? "a value longer than " + varchar.length() + " characters makes the migration fail"
                    : "a value whose text is longer than " + varchar.length() + " characters makes the migration"
                            + " fail, and the text of a value may differ between databases";
        }
        if (family(from) == Family.STRING) {
            return "a value that does not read as " + to.canonical() + " makes the migration fail";
        }
        if (family(from) == Family.TEMPORAL) {
            return temporalEffect(from, to);
        }
        if (to instanceof Numeric) {
            return "a value with more integer digits than " + to.canonical() + " allows makes the migration fail,"
                    + " and extra decimals are rounded";
        }
        if (to == Scalar.REAL || to == Scalar.DOUBLE_PRECISION) {
            return "a value with more significant digits than " + to.canonical() + " keeps is rounded";
        }
        return "a value outside the range of " + to.canonical() + " makes the migration fail"
                + (family(from) == Family.EXACT && !(from instanceof Numeric n && n.scale() > 0) ? ""
                        : ", and fractions are rounded");
    }

    private static String temporalEffect(SqlType from, SqlType to) {
        if (to == Scalar.DATE) {
            return "the time of day is cut off";
        }
        if (to == Scalar.TIME) {
            return "the date is cut off";
        }
        return "each value is read in the session's time zone, so it may denote another instant";
    }

    private static boolean isNumber(Family family) {
        return family == Family.EXACT || family == Family.APPROXIMATE;
    }

    private static Family family(SqlType type) {
        if (type instanceof Varchar) {
            return Family.STRING;
        }
        if (type instanceof Numeric) {
            return Family.EXACT;
        }
        return switch ((Scalar) type) {
            case CLOB -> Family.STRING;
            case SMALLINT, INTEGER, BIGINT -> Family.EXACT;
            case REAL, DOUBLE_PRECISION -> Family.APPROXIMATE;
            case DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_TIME_ZONE -> Family.TEMPORAL;
            case BOOLEAN -> Family.BOOLEAN;
            case UUID -> Family.UUID;
        };
    }
}
