package dev.stratum.processor.model;

import java.util.List;

/**
 * The type of a property: its kind, whether the Java type is primitive, and for enums the qualified enum type and its
 * constants in declaration order.
 */
public record ValueType(ValueKind kind, boolean primitive, String enumType, List<String> enumConstants) {

    public ValueType {
        enumConstants = List.copyOf(enumConstants);
    }

    /** A non-enum value type. */
    public static ValueType of(ValueKind kind, boolean primitive) {
        return new ValueType(kind, primitive, null, List.of());
    }

    /** An enum value type. */
    public static ValueType ofEnum(String qualifiedName, List<String> constants) {
        return new ValueType(ValueKind.ENUM, false, qualifiedName, constants);
    }
}
