package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.FinderModel;
import dev.stratum.processor.model.Naming;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Writes {@code PetStratumConfiguration}: the Spring wiring of the framework-neutral parts (repository on a
 * transaction-aware data source, validator, service with the user's hooks if any) and the route policies that the
 * runtime's security configuration turns into deny-by-default authorization rules.
 */
public final class SpringConfigurationWriter implements EntityWriter {

    private static final ClassName CONFIGURATION = ClassName.get("org.springframework.context.annotation", "Configuration");
    private static final ClassName BEAN = ClassName.get("org.springframework.context.annotation", "Bean");
    private static final ClassName OBJECT_PROVIDER = ClassName.get("org.springframework.beans.factory", "ObjectProvider");
    private static final ClassName TRANSACTION_AWARE = ClassName.get("org.springframework.jdbc.datasource", "TransactionAwareDataSourceProxy");
    private static final ClassName TRANSACTIONS = ClassName.get("dev.stratum.runtime.tx", "Transactions");
    private static final ClassName ROUTE_POLICY = ClassName.get("dev.stratum.runtime.security", "RoutePolicy");
    private static final ClassName ROUTE_POLICIES = ClassName.get("dev.stratum.runtime.security", "RoutePolicies");
    private static final ClassName CURRENT_PRINCIPAL = ClassName.get("dev.stratum.runtime.security", "CurrentPrincipal");
    private static final ClassName RATE_LIMIT = ClassName.get("dev.stratum.runtime.security", "RateLimit");
    private static final ClassName OPERATION_CLASS = ClassName.get("dev.stratum.runtime.security", "OperationClass");

    @Override
    public JavaFile write(EntityModel entity) {
        String prefix = Naming.decapitalize(entity.simpleName());
        TypeSpec.Builder configuration = TypeSpec.classBuilder(TypeNames.configuration(entity))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addMethod(repository(entity, prefix))
                .addMethod(validator(entity, prefix))
                .addMethod(service(entity, prefix));
        entity.exposure().ifPresent(exposure -> configuration.addMethod(routes(entity, exposure, prefix)));
        Sources.mark(configuration, entity, "Spring wiring for " + entity.simpleName()
                + "; found by component scanning, like the controller.");
        return Sources.file(entity, configuration.build());
    }

    /** The service bean; an entity with hashed secrets hands it the application's {@code SecretHasher}. */
    private static MethodSpec service(EntityModel entity, String prefix) {
        boolean secrets = !entity.hashedSecrets().isEmpty();
        var method = bean(prefix + "Service")
                .returns(TypeNames.service(entity))
                .addParameter(TypeNames.repository(entity), "repository")
                .addParameter(TypeNames.validator(entity), "validator")
                .addParameter(ParameterizedTypeName.get(OBJECT_PROVIDER, TypeNames.hooks(entity)), "hooks")
                .addParameter(TRANSACTIONS, "transactions")
                .addParameter(CURRENT_PRINCIPAL, "principal");
        if (secrets) {
            method.addParameter(ServiceWriter.SECRET_HASHER, "secrets");
        }
        return method.addStatement("return new $T(repository, validator, hooks.getIfAvailable(() -> new $T() {}),"
                        + "$Wtransactions, principal$L)", TypeNames.service(entity), TypeNames.hooks(entity),
                        secrets ? ", secrets" : "")
                .build();
    }

    /**
     * Writes {@code PetFindersStratumConfiguration}: a bean of the {@code @Finders} interface, implemented by
     * {@link FinderRepositoryWriter}'s class on the transaction-aware data source, so finders join Spring transactions.
     */
    public JavaFile write(FinderModel finders) {
        ClassName implementation = FinderRepositoryWriter.implementation(finders);
        var bean = bean(Naming.decapitalize(finders.simpleName()))
                .returns(FinderRepositoryWriter.declared(finders))
                .addParameter(DataSource.class, "dataSource");
        if (finders.entity().owner().isPresent()) {
            bean.addParameter(CURRENT_PRINCIPAL, "principal")
                    .addStatement("return new $T(new $T(dataSource), principal)", implementation, TRANSACTION_AWARE);
        } else {
            bean.addStatement("return new $T(new $T(dataSource))", implementation, TRANSACTION_AWARE);
        }
        TypeSpec.Builder configuration = TypeSpec.classBuilder(configuration(finders))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(AnnotationSpec.builder(CONFIGURATION).addMember("proxyBeanMethods", "false").build())
                .addMethod(bean.build());
        Sources.mark(configuration, FinderRepositoryWriter.declared(finders), CodeBlock.of("Spring wiring for $L;"
                + " found by component scanning, like the entity's configuration.", finders.simpleName()));
        return Sources.file(finders.entity().packageName(), configuration.build());
    }

    /** The configuration of a {@code @Finders} interface, in its entity's package. */
    public static ClassName configuration(FinderModel finders) {
        return ClassName.get(finders.entity().packageName(), finders.simpleName() + "StratumConfiguration");
    }

    /** The repository on the transaction-aware data source, with the principal and clock it stamps and scopes with. */
    private static MethodSpec repository(EntityModel entity, String prefix) {
        var method = bean(prefix + "Repository")
                .returns(TypeNames.repository(entity))
                .addParameter(DataSource.class, "dataSource");
        List<CodeBlock> arguments = new ArrayList<>(List.of(CodeBlock.of("new $T(dataSource)", TRANSACTION_AWARE)));
        if (entity.repositoryNeedsPrincipal()) {
            method.addParameter(CURRENT_PRINCIPAL, "principal");
            arguments.add(CodeBlock.of("principal"));
        }
        if (entity.repositoryNeedsClock()) {
            method.addParameter(Clock.class, "clock");
            arguments.add(CodeBlock.of("clock"));
        }
        return method.addStatement("return new $T($L)", TypeNames.repository(entity), CodeBlock.join(arguments, ", "))
                .build();
    }

    private static MethodSpec validator(EntityModel entity, String prefix) {
        var method = bean(prefix + "Validator").returns(TypeNames.validator(entity));
        if (entity.needsClock()) {
            return method.addParameter(Clock.class, "clock")
                    .addStatement("return new $T(clock)", TypeNames.validator(entity))
                    .build();
        }
        return method.addStatement("return new $T()", TypeNames.validator(entity)).build();
    }

    private static MethodSpec routes(EntityModel entity, ExposureModel exposure, String prefix) {
        CodeBlock routes = exposure.operations().stream()
                .flatMap(operation -> methods(operation).stream().map(method -> route(exposure, operation, method)))
                .collect(CodeBlock.joining(",\n"));
        var method = bean(prefix + "Routes").returns(ROUTE_POLICIES);
        List<CodeBlock> limits = rateLimits(exposure);
        if (limits.isEmpty()) {
            return method.addJavadoc("Who may call each published operation, as declared by {@code @Allow}.\n")
                    .addStatement("return new $T($S, $T.of(\n$L))", ROUTE_POLICIES, entity.simpleName(),
                            List.class, routes)
                    .build();
        }
        return method.addJavadoc("Who may call each published operation, as declared by {@code @Allow}, and the\n"
                        + "rate limits declared by {@code @Expose}.\n")
                .addStatement("return new $T($S, $T.of(\n$L),\n$T.of($L))", ROUTE_POLICIES, entity.simpleName(),
                        List.class, routes, List.class, CodeBlock.join(limits, ", "))
                .build();
    }

    /** The resource's own budgets; none when it shares the project-wide ones. */
    private static List<CodeBlock> rateLimits(ExposureModel exposure) {
        List<CodeBlock> limits = new ArrayList<>();
        if (exposure.readsPerMinute() > 0) {
            limits.add(CodeBlock.of("$T.perMinute($T.READ, $L)", RATE_LIMIT, OPERATION_CLASS,
                    exposure.readsPerMinute()));
        }
        if (exposure.writesPerMinute() > 0) {
            limits.add(CodeBlock.of("$T.perMinute($T.WRITE, $L)", RATE_LIMIT, OPERATION_CLASS,
                    exposure.writesPerMinute()));
        }
        return limits;
    }

    /** The HTTP methods of an operation: an update is a PUT or a PATCH, under the same policy. */
    static List<String> methods(Operation operation) {
        return switch (operation) {
            case CREATE -> List.of("POST");
            case READ, LIST -> List.of("GET");
            case UPDATE -> List.of("PUT", "PATCH");
            case DELETE -> List.of("DELETE");
        };
    }

    private static CodeBlock route(ExposureModel exposure, Operation operation, String method) {
        String pattern = operation == Operation.CREATE || operation == Operation.LIST
                ? exposure.path() : exposure.path() + "/*";
        AccessPolicy policy = exposure.policy(operation).orElseThrow();
        return switch (policy.access()) {
            case PUBLIC -> CodeBlock.of("$T.permitAll($S, $S)", ROUTE_POLICY, method, pattern);
            case AUTHENTICATED -> CodeBlock.of("$T.authenticated($S, $S)", ROUTE_POLICY, method, pattern);
            case ROLES -> CodeBlock.of("$T.anyRole($S, $S, $L)", ROUTE_POLICY, method, pattern,
                    policy.roles().stream().map(role -> CodeBlock.of("$S", role).toString())
                            .collect(Collectors.joining(", ")));
        };
    }

    private static MethodSpec.Builder bean(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(BEAN).addModifiers(Modifier.PUBLIC);
    }
}
