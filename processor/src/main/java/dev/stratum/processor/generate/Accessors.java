package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.Reference;

/**
 * How generated code reads and writes one property of an entity: through its accessors, or, for a {@code @ManyToOne},
 * through the referenced entity's id, so requests, responses and rows carry {@code ownerId} rather than an
 * {@code Owner}.
 */
final class Accessors {

    private static final ClassName REFERENCES = ClassName.get("dev.stratum.runtime.relation", "References");

    private Accessors() {
    }

    /** {@code pet.getName()}, or {@code References.idOf(pet.getOwner(), Owner::getId)} for a reference. */
    static CodeBlock get(PropertyModel property, String variable) {
        CodeBlock value = CodeBlock.of("$L.$L()", variable, property.getter());
        return property.reference()
                .map(reference -> CodeBlock.of("$T.idOf($L, $T::$L)", REFERENCES, value, target(reference),
                        reference.targetIdGetter()))
                .orElse(value);
    }

    /** {@code pet.setName(value)}, or {@code pet.setOwner(References.to(value, Owner::new, Owner::setId))}. */
    static CodeBlock set(PropertyModel property, String variable, CodeBlock value) {
        CodeBlock stored = property.reference()
                .map(reference -> CodeBlock.of("$T.to($L, $T::new, $T::$L)", REFERENCES, value, target(reference),
                        target(reference), reference.targetIdSetter()))
                .orElse(value);
        return CodeBlock.of("$L.$L($L)", variable, property.setter(), stored);
    }

    private static ClassName target(Reference reference) {
        return ClassName.get(reference.targetPackage(), reference.targetSimpleName());
    }
}
