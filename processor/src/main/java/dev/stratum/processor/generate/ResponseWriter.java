package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code PetResponse}: what a client sees of an entity, never its sensitive fields. */
public final class ResponseWriter implements EntityWriter {

    @Override
    public JavaFile write(EntityModel entity) {
        ClassName name = TypeNames.response(entity);
        List<PropertyModel> shown = entity.responseProperties();
        var constructor = MethodSpec.constructorBuilder();
        shown.forEach(property -> constructor.addParameter(
                ParameterSpec.builder(TypeNames.declared(property), property.name()).build()));
        entity.embedded().forEach(embedded -> constructor.addParameter(
                ParameterSpec.builder(TypeNames.embeddable(embedded), embedded.name()).build()));
        entity.expansions().forEach(expansion -> constructor.addParameter(
                ParameterSpec.builder(summaryType(expansion), expansion.field()).build()));
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(constructor.build())
                .addMethod(from(entity, name, shown));
        Sources.mark(record, entity,
                CodeBlock.of("What a client sees of a {@link $T}; sensitive fields are left out.", TypeNames.entity(entity)));
        return Sources.file(entity, record.build());
    }

    /** {@code OwnerSummary} for an expanded many-to-one, {@code List<PetSummary>} for a one-to-many. */
    static TypeName summaryType(Expansion expansion) {
        ClassName summary = TypeNames.summary(expansion.target());
        return expansion.toMany() ? ParameterizedTypeName.get(ClassName.get(List.class), summary) : summary;
    }

    private static MethodSpec from(EntityModel entity, ClassName name, List<PropertyModel> shown) {
        String source = Naming.decapitalize(entity.simpleName());
        var values = new ArrayList<CodeBlock>();
        shown.forEach(property -> values.add(Accessors.get(property, source)));
        entity.embedded().forEach(embedded -> values.add(CodeBlock.of("$L.$L()", source, embedded.getter())));
        entity.expansions().forEach(expansion -> values.add(CodeBlock.of("$T.$L($L.$L())",
                TypeNames.summary(expansion.target()), expansion.toMany() ? "ofAll" : "of", source,
                expansion.getter())));
        CodeBlock arguments = CodeBlock.join(values, ",\n");
        return MethodSpec.methodBuilder("from")
                .addJavadoc("The response for {@code $L}.\n", source)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(TypeNames.entity(entity), source)
                .addStatement("return new $T(\n$L)", name, arguments)
                .build();
    }
}
