package dev.stratum.runtime.spring;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names the kind of value a Java type accepts in words a client understands, never a class name. */
final class ExpectedKind {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(
            byte.class, Byte.class, short.class, Short.class, int.class, Integer.class, long.class, Long.class,
            BigInteger.class);
    private static final Set<Class<?>> DATE_TIMES_WITH_OFFSET =
            Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);

    private ExpectedKind() {
    }

    /** For example "a whole number", "a UUID" or "one of CAT, DOG". */
    static String of(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + constantNames(type);
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return temporalOrStructure(type);
    }

    private static String temporalOrStructure(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date such as 2024-05-31";
        }
        if (DATE_TIMES_WITH_OFFSET.contains(type)) {
            return "a date-time with offset such as 2024-05-31T14:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date-time such as 2024-05-31T14:30:00";
        }
        if (type == LocalTime.class) {
            return "a time such as 14:30:00";
        }
        if (type == UUID.class) {
            return "a UUID such as 123e4567-e89b-12d3-a456-426614174000";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String constantNames(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.joining(", "));
    }
}
