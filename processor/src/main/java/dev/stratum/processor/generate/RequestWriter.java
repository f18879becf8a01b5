package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetCreateRequest} or {@code PetUpdateRequest}: a record of exactly the fields a client may set, so the
 * id, the version and server-owned fields cannot be mass-assigned. Primitives are boxed so a missing value is seen.
 */
public final class RequestWriter implements EntityWriter {

    /** Which of the two request types to write. */
    public enum Kind { CREATE, UPDATE }

    private final Kind kind;

    public RequestWriter(Kind kind) {
        this.kind = kind;
    }

    @Override
    public JavaFile write(EntityModel entity) {
        ClassName name = kind == Kind.CREATE ? TypeNames.createRequest(entity) : TypeNames.updateRequest(entity);
        List<PropertyModel> fields = entity.requestFields();
        var constructor = MethodSpec.constructorBuilder();
        fields.forEach(field -> constructor.addParameter(
                ParameterSpec.builder(TypeNames.boxed(field.type()), field.name()).build()));
        entity.embedded().forEach(embedded -> constructor.addParameter(
                ParameterSpec.builder(TypeNames.embeddable(embedded), embedded.name()).build()));
        String purpose = kind == Kind.CREATE
                ? "The body of a request that creates a {@link $T}: every field a client may set."
                : "The body of a request that replaces the editable fields of a {@link $T}.";
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(constructor.build())
                .addMethod(applyTo(entity, fields));
        if (kind == Kind.UPDATE) {
            record.addMethod(from(entity, name, fields));
        }
        Sources.mark(record, entity, CodeBlock.of(purpose, TypeNames.entity(entity)));
        if (fields.stream().anyMatch(PropertyModel::sensitive)) {
            record.addMethod(maskedToString(entity, name, fields));
        }
        return Sources.file(entity, record.build());
    }

    private static MethodSpec applyTo(EntityModel entity, List<PropertyModel> fields) {
        String target = Naming.decapitalize(entity.simpleName());
        var method = MethodSpec.methodBuilder("applyTo")
                .addJavadoc(entity.hashedSecrets().isEmpty()
                        ? CodeBlock.of("Copies this request's fields onto {@code $L}; call it only after validation.\n", target)
                        : CodeBlock.of("Copies this request's fields onto {@code $L}, except the secrets, which the service"
                                + "\nstores hashed; call it only after validation.\n", target))
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.entity(entity), target);
        fields.stream().filter(field -> !field.hashed())
                .forEach(field -> method.addStatement(Accessors.set(field, target, value(field))));
        entity.embedded().forEach(embedded -> method.addStatement("$L.$L($N)", target, embedded.setter(),
                embedded.name()));
        return method.build();
    }

    /** The update request that would leave {@code pet} as it is: the base a partial update (PATCH) starts from. */
    private static MethodSpec from(EntityModel entity, ClassName name, List<PropertyModel> fields) {
        String source = Naming.decapitalize(entity.simpleName());
        // A hashed secret starts empty: the stored hash is never a request's value, and empty keeps it.
        var values = new ArrayList<CodeBlock>();
        fields.forEach(field -> values.add(field.hashed() ? CodeBlock.of("null") : Accessors.get(field, source)));
        entity.embedded().forEach(embedded -> values.add(CodeBlock.of("$L.$L()", source, embedded.getter())));
        CodeBlock arguments = CodeBlock.join(values, ",\n");
        return MethodSpec.methodBuilder("from")
                .addJavadoc("The request that would leave {@code $L} as it is, for a partial update to change.\n",
                        source)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(TypeNames.entity(entity), source)
                .addStatement("return new $T(\n$L)", name, arguments)
                .build();
    }

    /**
     * The value to store. A decimal takes the column's scale (validation guarantees it needs no rounding), so the
     * response to this request shows the number exactly as a later read will.
     */
    private static CodeBlock value(PropertyModel field) {
        if (field.type().kind() == ValueKind.BIG_DECIMAL) {
            return CodeBlock.of("$N == null ? null : $N.setScale($L)", field.name(), field.name(), field.column().scale());
        }
        return CodeBlock.of("$N", field.name());
    }

    /** A {@code toString()} that never prints sensitive values, so a logged request leaks nothing. */
    private static MethodSpec maskedToString(EntityModel entity, ClassName name, List<PropertyModel> fields) {
        var text = CodeBlock.builder().add("return $S", name.simpleName() + "[");
        for (int i = 0; i < fields.size(); i++) {
            PropertyModel field = fields.get(i);
            String label = (i == 0 ? "" : ", ") + field.name() + "=";
            if (field.sensitive()) {
                text.add("\n+ $S", label + "***");
            } else {
                text.add("\n+ $S + $L", label, field.name());
            }
        }
        entity.embedded().forEach(embedded -> text.add("\n+ $S + $L", ", " + embedded.name() + "=", embedded.name()));
        text.add("\n+ $S", "]");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(text.build())
                .build();
    }
}
