package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueType;

/** The JDBC calls that bind and read one property: plain JDBC for primitives, null-safe runtime helpers otherwise. */
final class JdbcCode {

    static final ClassName JDBC_VALUES = ClassName.get("dev.stratum.runtime.jdbc", "JdbcValues");

    private JdbcCode() {
    }

    /** {@code statement.setLong(3, pet.getAge())} or {@code JdbcValues.setUuid(statement, 3, pet.getId())}. */
    static CodeBlock bind(PropertyModel property, String statement, CodeBlock index, CodeBlock value) {
        ValueType type = property.type();
        if (type.primitive()) {
            return CodeBlock.of("$L.set$L($L, $L)", statement, primitiveSuffix(type), index, value);
        }
        return CodeBlock.of("$T.set$L($L, $L, $L)", JDBC_VALUES, helperSuffix(type), statement, index, value);
    }

    /** {@code row.getLong(3)} or {@code JdbcValues.getUuid(row, 1)}: the column at that position of the SELECT list. */
    static CodeBlock read(PropertyModel property, String row, int position) {
        ValueType type = property.type();
        if (type.primitive()) {
            return CodeBlock.of("$L.get$L($L)", row, primitiveSuffix(type), position);
        }
        if (type.enumType() != null) {
            return CodeBlock.of("$T.getEnum($L, $L, $T::valueOf)", JDBC_VALUES, row, position, TypeNames.boxed(type));
        }
        return CodeBlock.of("$T.get$L($L, $L)", JDBC_VALUES, helperSuffix(type), row, position);
    }

    private static String primitiveSuffix(ValueType type) {
        return switch (type.kind()) {
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case SHORT -> "Short";
            case INT -> "Int";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> throw new IllegalArgumentException("not primitive: " + type);
        };
    }

    private static String helperSuffix(ValueType type) {
        return switch (type.kind()) {
            case STRING -> "String";
            case BOOLEAN -> "Boolean";
            case SHORT -> "Short";
            case INT -> "Integer";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case BYTE -> "Byte";
            case BIG_DECIMAL -> "BigDecimal";
            case BIG_INTEGER -> "BigInteger";
            case LOCAL_DATE -> "LocalDate";
            case LOCAL_TIME -> "LocalTime";
            case LOCAL_DATE_TIME -> "LocalDateTime";
            case OFFSET_DATE_TIME -> "OffsetDateTime";
            case INSTANT -> "Instant";
            case UUID -> "Uuid";
            case ENUM -> "Enum";
            default -> throw new IllegalArgumentException("no JDBC helper for " + type + ": entities do not store it");
        };
    }
}
