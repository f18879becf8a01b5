package dev.stratum.processor.scan;

import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.Locale;
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
        if (type.getKind().isPrimitive()) {
            return ValueKind.ofPrimitive(type.getKind().name().toLowerCase(Locale.ROOT)).map(kind -> ValueType.of(kind, true));
        }
        return switch (type.getKind()) {
            case DECLARED -> declared((TypeElement) ((DeclaredType) type).asElement());
            default -> Optional.empty();
        };
    }

    /** A persistable value type: what an entity field, an endpoint parameter or a body component may have. */
    static Optional<ValueType> mapPersistable(TypeMirror type) {
        return map(type).filter(mapped -> mapped.kind().persistable());
    }

    private static Optional<ValueType> declared(TypeElement element) {
        if (element.getKind() == ElementKind.ENUM) {
            var constants = ElementFilter.fieldsIn(element.getEnclosedElements()).stream()
                    .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT)
                    .map(field -> field.getSimpleName().toString())
                    .toList();
            return Optional.of(ValueType.ofEnum(element.getQualifiedName().toString(), constants));
        }
        return ValueKind.ofJavaType(element.getQualifiedName().toString()).map(kind -> ValueType.of(kind, false));
    }
}
