package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EndpointModel;
import dev.stratum.processor.model.EndpointsModel;
import dev.stratum.processor.model.Naming;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetCareConfiguration} for an {@code @Endpoints} interface: it registers the hand-written
 * implementation as a bean (so that class stays free of Spring annotations) and declares the route policies of every
 * operation, which the runtime's deny-by-default security chain enforces.
 */
public final class EndpointConfigurationWriter {

    private static final ClassName CONFIGURATION = ClassName.get("org.springframework.context.annotation", "Configuration");
    private static final ClassName IMPORT = ClassName.get("org.springframework.context.annotation", "Import");
    private static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
    private static final ClassName ROUTE_POLICY = ClassName.get("dev.stratum.runtime.security", "RoutePolicy");
    private static final ClassName ROUTE_POLICIES = ClassName.get("dev.stratum.runtime.security", "RoutePolicies");

    /** The configuration's name: the interface's name followed by {@code Configuration}. */
    public static ClassName configurationName(EndpointsModel model) {
        return ClassName.get(model.packageName(), model.simpleName() + "Configuration");
    }

    public JavaFile write(EndpointsModel model) {
        ClassName endpoints = ClassName.get(model.packageName(), model.simpleName());
        CodeBlock routes = model.endpoints().stream()
                .map(endpoint -> route(model, endpoint))
                .collect(CodeBlock.joining(",\n"));
        TypeSpec.Builder configuration = TypeSpec.classBuilder(configurationName(model))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addAnnotation(AnnotationSpec.builder(IMPORT)
                        .addMember("value", "$T.class", ClassName.bestGuess(model.implementation())).build())
                .addMethod(MethodSpec.methodBuilder(Naming.decapitalize(model.simpleName()) + "Routes")
                        .addJavadoc("Who may call each operation, as declared by {@code @Permit}.\n")
                        .addAnnotation(BEAN)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ROUTE_POLICIES)
                        .addStatement("return new $T($S, $T.of(\n$L))", ROUTE_POLICIES, model.simpleName(), List.class,
                                routes)
                        .build());
        Sources.mark(configuration, endpoints, CodeBlock.of("Spring wiring for {@link $T}: its implementation as a"
                + " bean, and its route policies; found by component scanning, like the controller.", endpoints));
        return Sources.file(model.packageName(), configuration.build());
    }

    private static CodeBlock route(EndpointsModel model, EndpointModel endpoint) {
        String pattern = EndpointModel.securityPattern(model.path() + endpoint.path());
        return switch (endpoint.access()) {
            case PUBLIC -> CodeBlock.of("$T.permitAll($S, $S)", ROUTE_POLICY, endpoint.httpMethod(), pattern);
            case AUTHENTICATED -> CodeBlock.of("$T.authenticated($S, $S)", ROUTE_POLICY, endpoint.httpMethod(), pattern);
            case ROLES -> CodeBlock.of("$T.anyRole($S, $S, $L)", ROUTE_POLICY, endpoint.httpMethod(), pattern,
                    endpoint.roles().stream().map(role -> CodeBlock.of("$S", role).toString())
                            .collect(Collectors.joining(", ")));
        };
    }
}
