package dev.stratum.runtime.spring;

import dev.stratum.runtime.problem.ProblemException;
import dev.stratum.runtime.problem.ProblemType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * A JSON Merge Patch (RFC 7396) of a resource, read field by field (a nested object member by member) by generated controllers: a member that is
 * absent keeps the current value, {@code null} clears it, any other value replaces it. Values are held to the same
 * rules as a JSON request body (no coercion: {@code "12"} is not a number, {@code 1.5} not a whole number; enums by
 * name, dates as ISO-8601 strings). Nothing here uses reflection.
 */
public final class MergePatch {

    /** The media type a PATCH body must have. */
    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final JsonNode document;
    /** The pointer of the object this patch reads: empty for the body, {@code /address} for a nested object. */
    private final String base;

    private MergePatch(JsonNode document, String base) {
        this.document = document;
        this.base = base;
    }

    /**
     * The patch in {@code body}, which may only name {@code fields}: the members of the update request.
     *
     * @throws ProblemException a 400 {@code malformed-request} when the body is not a JSON object, or
     *                          {@code unknown-property} (with its pointer) for the first member not in {@code fields}
     */
    public static MergePatch of(JsonNode body, Set<String> fields) {
        if (body == null || !body.isObject()) {
            throw new InvalidPatchException(ProblemType.MALFORMED_REQUEST,
                    "A merge patch must be a JSON object of the fields to change.", Map.of());
        }
        return checked(body, fields, "");
    }

    private static MergePatch checked(JsonNode object, Set<String> fields, String base) {
        for (String name : object.propertyNames()) {
            if (!fields.contains(name)) {
                String pointer = base + pointer(name);
                throw new InvalidPatchException(ProblemType.UNKNOWN_PROPERTY,
                        "Property '" + pointer.substring(1).replace('/', '.') + "' is not accepted by this operation;"
                                + " remove it.", Map.of("pointer", pointer));
            }
        }
        return new MergePatch(object, base);
    }

    /** Whether the patch names {@code field}, as a value or as {@code null}; an absent member keeps the current value. */
    public boolean has(String field) {
        return document.get(field) != null;
    }

    /**
     * The patch of the nested object {@code field} (RFC 7396 merges objects member by member), which may only name
     * {@code members}; {@code null} when the patch sets it to {@code null}. Call only when {@link #has} is true.
     *
     * @throws ProblemException a 400 {@code type-mismatch} when the value is not an object, or
     *                          {@code unknown-property} for a member not in {@code members}
     */
    public MergePatch object(String field, Set<String> members) {
        JsonNode value = document.get(field);
        if (value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw new InvalidPatchException(ProblemType.TYPE_MISMATCH,
                    "The value at " + base + pointer(field) + " must be an object.",
                    Map.of("pointer", base + pointer(field)));
        }
        return checked(value, members, base + pointer(field));
    }

    public String string(String field, String current) {
        return merge(field, current, String.class, JsonNode::isString, JsonNode::stringValue);
    }

    public Boolean bool(String field, Boolean current) {
        return merge(field, current, Boolean.class, JsonNode::isBoolean, JsonNode::booleanValue);
    }

    public Integer integer(String field, Integer current) {
        return merge(field, current, Integer.class, node -> node.isIntegralNumber() && node.canConvertToInt(),
                JsonNode::intValue);
    }

    public Long longValue(String field, Long current) {
        return merge(field, current, Long.class, node -> node.isIntegralNumber() && node.canConvertToLong(),
                JsonNode::longValue);
    }

    public BigDecimal decimal(String field, BigDecimal current) {
        return merge(field, current, BigDecimal.class, JsonNode::isNumber, JsonNode::decimalValue);
    }

    public LocalDate date(String field, LocalDate current) {
        return merge(field, current, LocalDate.class, JsonNode::isString, node -> LocalDate.parse(node.stringValue()));
    }

    public Instant instant(String field, Instant current) {
        return merge(field, current, Instant.class, JsonNode::isString, node -> Instant.parse(node.stringValue()));
    }

    public Byte byteValue(String field, Byte current) {
        return merge(field, current, Byte.class, node -> node.isIntegralNumber() && node.canConvertToInt()
                && node.intValue() >= Byte.MIN_VALUE && node.intValue() <= Byte.MAX_VALUE,
                node -> (byte) node.intValue());
    }

    /** Any whole JSON number, however large. */
    public BigInteger bigInteger(String field, BigInteger current) {
        return merge(field, current, BigInteger.class, JsonNode::isIntegralNumber, JsonNode::bigIntegerValue);
    }

    public Short shortValue(String field, Short current) {
        return merge(field, current, Short.class, node -> node.isIntegralNumber() && node.canConvertToInt()
                && node.intValue() >= Short.MIN_VALUE && node.intValue() <= Short.MAX_VALUE,
                node -> (short) node.intValue());
    }

    /** Any JSON number, rounded to the nearest float like Jackson reads it into a {@code Float}. */
    public Float floatValue(String field, Float current) {
        return merge(field, current, Float.class, JsonNode::isNumber, JsonNode::floatValue);
    }

    /** Any JSON number, rounded to the nearest double like Jackson reads it into a {@code Double}. */
    public Double doubleValue(String field, Double current) {
        return merge(field, current, Double.class, JsonNode::isNumber, JsonNode::doubleValue);
    }

    public LocalDateTime dateTime(String field, LocalDateTime current) {
        return merge(field, current, LocalDateTime.class, JsonNode::isString,
                node -> LocalDateTime.parse(node.stringValue()));
    }

    public OffsetDateTime offsetDateTime(String field, OffsetDateTime current) {
        return merge(field, current, OffsetDateTime.class, JsonNode::isString,
                node -> OffsetDateTime.parse(node.stringValue()));
    }

    public LocalTime time(String field, LocalTime current) {
        return merge(field, current, LocalTime.class, JsonNode::isString, node -> LocalTime.parse(node.stringValue()));
    }

    public UUID uuid(String field, UUID current) {
        return merge(field, current, UUID.class, JsonNode::isString, node -> UUID.fromString(node.stringValue()));
    }

    /** An enum constant by its {@code name()}. */
    public <E extends Enum<E>> E constant(String field, Class<E> type, E current) {
        return merge(field, current, type, JsonNode::isString, node -> Enum.valueOf(type, node.stringValue()));
    }

    private <T> T merge(String field, T current, Class<T> type, Predicate<JsonNode> accepts,
            Function<JsonNode, T> read) {
        JsonNode value = document.get(field);
        if (value == null) {
            return current;
        }
        if (value.isNull()) {
            return null;
        }
        if (accepts.test(value)) {
            try {
                return read.apply(value);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                // falls through to the type mismatch: the text does not spell a value of the type
            }
        }
        throw new InvalidPatchException(ProblemType.TYPE_MISMATCH,
                "The value at " + base + pointer(field) + " must be " + ExpectedKind.of(type) + ".",
                Map.of("pointer", base + pointer(field)));
    }

    private static String pointer(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** A merge patch the operation cannot apply; the problem names the member, never its value. */
    static final class InvalidPatchException extends ProblemException {

        private static final long serialVersionUID = 1L;

        private final transient Map<String, Object> extensions;

        InvalidPatchException(ProblemType type, String detail, Map<String, Object> extensions) {
            super(type, detail);
            this.extensions = Map.copyOf(extensions);
        }

        @Override
        public Map<String, Object> extensions() {
            return extensions;
        }
    }
}
