package dev.stratum.processor.scan;

import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Maps a field's Java type to a {@link ValueType}, or nothing when Stratum does not support it. */
final class TypeMapper {

    private TypeMapper() {
    }

    static Optional<ValueType> map(TypeMirror type) {
        return switch (type.getKind()) {
            case BOOLEAN -> Optional.of(ValueType.of(ValueKind.BOOLEAN, true));
            case SHORT -> Optional.of(ValueType.of(ValueKind.SHORT, true));
            case INT -> Optional.of(ValueType.of(ValueKind.INT, true));
            case LONG -> Optional.of(ValueType.of(ValueKind.LONG, true));
            case FLOAT -> Optional.of(ValueType.of(ValueKind.FLOAT, true));
            case DOUBLE -> Optional.of(ValueType.of(ValueKind.DOUBLE, true));
            case DECLARED -> declared((TypeElement) ((DeclaredType) type).asElement());
            default -> Optional.empty();
        };
    }

    private static Optional<ValueType> declared(TypeElement element) {
        if (element.getKind() == ElementKind.ENUM) {
            var constants = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
                    .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(field -> field.getSimpleName().toString())
                    .toList();
            return Optional.of(ValueType.ofEnum(element.getQualifiedName().toString(), constants));
        }
        ValueKind kind = switch (element.getQualifiedName().toString()) {
            case "java.lang.String" -> ValueKind.STRING;
            case "java.lang.Boolean" -> ValueKind.BOOLEAN;
            case "java.lang.Short" -> ValueKind.SHORT;
            case "java.lang.Integer" -> ValueKind.INT;
            case "java.lang.Long" -> ValueKind.LONG;
            case "java.lang.Float" -> ValueKind.FLOAT;
            case "java.lang.Double" -> ValueKind.DOUBLE;
            case "java.math.BigDecimal" -> ValueKind.BIG_DECIMAL;
            case "java.time.LocalDate" -> ValueKind.LOCAL_DATE;
            case "java.time.LocalTime" -> ValueKind.LOCAL_TIME;
            case "java.time.LocalDateTime" -> ValueKind.LOCAL_DATE_TIME;
            case "java.time.OffsetDateTime" -> ValueKind.OFFSET_DATE_TIME;
            case "java.time.Instant" -> ValueKind.INSTANT;
            case "java.util.UUID" -> ValueKind.UUID;
            default -> null;
        };
        return Optional.ofNullable(kind).map(k -> ValueType.of(k, false));
    }
}
