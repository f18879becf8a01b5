package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.SummaryModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code OwnerSummary}: the id and the {@code @Summary} fields of an entity, which the responses of other
 * entities show for an expanded relation to it.
 */
public final class SummaryWriter implements EntityWriter {

    @Override
    public boolean appliesTo(EntityModel entity) {
        return entity.summaryModel().isPresent();
    }

    @Override
    public JavaFile write(EntityModel entity) {
        SummaryModel summary = entity.summaryModel().orElseThrow();
        ClassName name = TypeNames.summary(summary);
        ClassName type = TypeNames.entity(entity);
        String variable = Naming.decapitalize(entity.simpleName());
        List<PropertyModel> shown = summary.properties();
        var constructor = MethodSpec.constructorBuilder();
        shown.forEach(property -> constructor.addParameter(
                ParameterSpec.builder(TypeNames.declared(property), property.name()).build()));
        CodeBlock arguments = shown.stream()
                .map(property -> Accessors.get(property, variable))
                .collect(CodeBlock.joining(",\n"));
        var of = MethodSpec.methodBuilder("of")
                .addJavadoc("The summary of {@code $L}, or null when there is none.\n", variable)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(type, variable)
                .beginControlFlow("if ($L == null)", variable)
                .addStatement("return null")
                .endControlFlow()
                .addStatement("return new $T(\n$L)", name, arguments)
                .build();
        var list = ParameterizedTypeName.get(ClassName.get(List.class), name);
        String plural = Naming.plural(variable);
        var ofAll = MethodSpec.methodBuilder("ofAll")
                .addJavadoc("The summaries of {@code $L} in their order; none when the list was not read.\n", plural)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(list)
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), type), plural)
                .addStatement("return $L == null ? $T.of() : $L.stream().map($T::of).toList()", plural, List.class,
                        plural, name)
                .build();
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(constructor.build())
                .addMethod(of)
                .addMethod(ofAll);
        Sources.mark(record, entity, CodeBlock.of("What other entities' responses show of a {@link $T}: its id and"
                + " its @Summary fields.", type));
        return Sources.file(entity, record.build());
    }
}
