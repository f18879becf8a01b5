package dev.stratum.runtime.paging;

import dev.stratum.runtime.problem.InvalidParameterException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the sort and filter parameters of a generated list: only the names and values the model allows, each value
 * parsed as its field's type. Anything else is a 400 {@code invalid-parameter} problem that names the parameter and,
 * for a name or sort the list does not take, lists what it does.
 */
public final class ListQueries {

    private ListQueries() {
    }

    /**
     * Refuses a query parameter that is neither one of the list's own ({@code size}, {@code cursor}, {@code sort} ...)
     * nor one of its filters.
     */
    public static void requireKnown(Map<String, ?> parameters, Set<String> paging, List<String> filters) {
        for (String name : parameters.keySet()) {
            if (!paging.contains(name) && !filters.contains(name)) {
                String accepted = filters.isEmpty() ? "it takes no filters." : "filter on " + String.join(", ", filters) + ".";
                throw new InvalidParameterException(name,
                        "Query parameter '" + name + "' is not a filter of this list; " + accepted, filters);
            }
        }
    }

    /**
     * The sort a {@code sort} parameter names, or the first (the id order) when it is absent.
     *
     * @throws InvalidParameterException naming {@code sort} and listing every accepted value
     */
    public static <S> S sort(String value, S[] sorts, Function<S, String> parameter) {
        if (value == null) {
            return sorts[0];
        }
        for (S sort : sorts) {
            if (parameter.apply(sort).equals(value)) {
                return sort;
            }
        }
        List<String> allowed = Arrays.stream(sorts).map(parameter).toList();
        throw new InvalidParameterException("sort", "Query parameter 'sort' must be one of "
                + String.join(", ", allowed) + " (a leading '-' sorts descending).", allowed);
    }

    public static Byte byteValue(String parameter, String text) {
        return parse(parameter, text, Byte::valueOf, "a whole number from -128 to 127");
    }

    public static BigInteger bigInteger(String parameter, String text) {
        return parse(parameter, text, BigInteger::new, "a whole number");
    }

    public static Short shortValue(String parameter, String text) {
        return parse(parameter, text, Short::valueOf, "a whole number from -32768 to 32767");
    }

    public static Integer integer(String parameter, String text) {
        return parse(parameter, text, Integer::valueOf, "a whole number");
    }

    public static Long longValue(String parameter, String text) {
        return parse(parameter, text, Long::valueOf, "a whole number");
    }

    public static Float floatValue(String parameter, String text) {
        return parse(parameter, text, Float::valueOf, "a number");
    }

    public static Double doubleValue(String parameter, String text) {
        return parse(parameter, text, Double::valueOf, "a number");
    }

    public static BigDecimal decimal(String parameter, String text) {
        return parse(parameter, text, BigDecimal::new, "a number");
    }

    public static Boolean bool(String parameter, String text) {
        return parse(parameter, text, ListQueries::strictBoolean, "true or false");
    }

    public static LocalDate date(String parameter, String text) {
        return parse(parameter, text, LocalDate::parse, "a date such as 2024-01-31");
    }

    public static LocalTime time(String parameter, String text) {
        return parse(parameter, text, LocalTime::parse, "a time such as 09:30 or 09:30:15");
    }

    public static LocalDateTime dateTime(String parameter, String text) {
        return parse(parameter, text, LocalDateTime::parse, "a date and time such as 2024-01-31T09:30:00");
    }

    public static OffsetDateTime offsetDateTime(String parameter, String text) {
        return parse(parameter, text, OffsetDateTime::parse,
                "a date and time with an offset such as 2024-01-31T09:30:00+01:00");
    }

    public static Instant instant(String parameter, String text) {
        return parse(parameter, text, Instant::parse, "an instant such as 2024-01-31T09:30:00Z");
    }

    public static UUID uuid(String parameter, String text) {
        return parse(parameter, text, ListQueries::strictUuid, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
    }

    /** An enum constant by its exact name; {@code values} lists them all for the detail. */
    public static <E extends Enum<E>> E constant(String parameter, String text, Function<String, E> valueOf, E[] values) {
        String names = String.join(", ", Arrays.stream(values).map(Enum::name).toList());
        return parse(parameter, text, valueOf, "one of " + names);
    }

    private static <T> T parse(String parameter, String text, Function<String, T> parser, String expected) {
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException malformed) {
            throw new InvalidParameterException(parameter, "Parameter '" + parameter + "' must be " + expected + ".");
        }
    }

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static UUID strictUuid(String text) {
        UUID uuid = UUID.fromString(text);
        if (!uuid.toString().equalsIgnoreCase(text)) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return uuid;
    }
}
