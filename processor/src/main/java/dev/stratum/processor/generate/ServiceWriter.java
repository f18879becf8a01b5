package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.model.AccessPolicy;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetService}: the transaction boundary. It checks the caller against the operation's {@code @Allow}
 * policy and validates requests (so a hand-written caller that bypasses the controller is held to both), calls the
 * hooks, the repository, maps to responses, and records an audit event for every completed write. Framework-neutral.
 */
public final class ServiceWriter implements EntityWriter {

    private static final ClassName TRANSACTIONS = ClassName.get("dev.stratum.runtime.tx", "Transactions");
    private static final ClassName VALIDATION_EXCEPTION = ClassName.get("dev.stratum.runtime.validation", "ValidationException");
    private static final ClassName NOT_FOUND = ClassName.get("dev.stratum.runtime.problem", "NotFoundException");
    private static final ClassName VERSION_CONFLICT = ClassName.get("dev.stratum.runtime.problem", "VersionConflictException");
    private static final ClassName PRECONDITION_FAILED = ClassName.get("dev.stratum.runtime.problem", "PreconditionFailedException");
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");
    private static final ClassName KEYSET_REQUEST = ClassName.get("dev.stratum.runtime.paging", "KeysetRequest");
    private static final ClassName WINDOW = ClassName.get("dev.stratum.runtime.paging", "Window");
    private static final ClassName CURRENT_PRINCIPAL = ClassName.get("dev.stratum.runtime.security", "CurrentPrincipal");
    private static final ClassName ACCESS_CHECKS = ClassName.get("dev.stratum.runtime.security", "AccessChecks");
    private static final ClassName IF_MATCH = ClassName.get("dev.stratum.runtime.http", "IfMatch");
    private static final ClassName AUDIT_LOG = ClassName.get("dev.stratum.runtime.audit", "AuditLog");
    static final ClassName SECRET_HASHER = ClassName.get("dev.stratum.runtime.security", "SecretHasher");

    @Override
    public JavaFile write(EntityModel entity) {
        TypeSpec.Builder service = TypeSpec.classBuilder(TypeNames.service(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(TypeNames.repository(entity), "repository", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TypeNames.validator(entity), "validator", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TypeNames.hooks(entity), "hooks", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TRANSACTIONS, "transactions", Modifier.PRIVATE, Modifier.FINAL)
                .addField(CURRENT_PRINCIPAL, "principal", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor(entity))
                .addMethod(create(entity))
                .addMethod(read(entity))
                .addMethod(update(entity))
                .addMethod(patch(entity))
                .addMethod(delete(entity))
                .addMethod(list(entity))
                .addMethod(load(entity))
                .addMethod(requireVersion(entity))
                .addMethod(store(entity));
        if (!entity.hashedSecrets().isEmpty()) {
            service.addField(SECRET_HASHER, "secrets", Modifier.PRIVATE, Modifier.FINAL);
            entity.hashedSecrets().forEach(secret -> service.addMethod(matches(entity, secret)));
        }
        Sources.mark(service, entity, "The operations on " + entity.simpleName()
                + ", each in one transaction: validation, your hooks, then the repository.");
        return Sources.file(entity, service.build());
    }

    private static MethodSpec baseConstructor(EntityModel entity) {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.repository(entity), "repository")
                .addParameter(TypeNames.validator(entity), "validator")
                .addParameter(TypeNames.hooks(entity), "hooks")
                .addParameter(TRANSACTIONS, "transactions")
                .addParameter(CURRENT_PRINCIPAL, "principal")
                .addStatement("this.repository = repository")
                .addStatement("this.validator = validator")
                .addStatement("this.hooks = hooks")
                .addStatement("this.transactions = transactions")
                .addStatement("this.principal = principal")
                .build();
    }

    /** The constructor; a service of an entity with hashed secrets also takes the {@code SecretHasher}. */
    private static MethodSpec constructor(EntityModel entity) {
        MethodSpec base = baseConstructor(entity);
        if (entity.hashedSecrets().isEmpty()) {
            return base;
        }
        return base.toBuilder()
                .addParameter(SECRET_HASHER, "secrets")
                .addStatement("this.secrets = secrets")
                .build();
    }

    /**
     * Stores the hash of each secret the request carries; a secret it leaves empty keeps the stored hash, so a hash is
     * never hashed again.
     */
    private static CodeBlock hashSecrets(EntityModel entity, String variable) {
        var code = CodeBlock.builder();
        for (PropertyModel secret : entity.hashedSecrets()) {
            code.beginControlFlow("if (request.$N() != null)", secret.name())
                    .addStatement("$L.$L(secrets.hash(request.$N()))", variable, secret.setter(), secret.name())
                    .endControlFlow();
        }
        return code.build();
    }

    /** {@code matchesPassword(id, candidate)}: checks a candidate against the stored hash, under the read policy. */
    private static MethodSpec matches(EntityModel entity, PropertyModel secret) {
        String variable = Naming.decapitalize(entity.simpleName());
        return MethodSpec.methodBuilder("matches" + Naming.capitalize(secret.name()))
                .addJavadoc("Whether {@code candidate} is the $L of the $L with the given id; {@code false} when it has\n"
                        + "none. Only its hash is stored, so this is the one way to check it.\n\n@throws $T when there is no such $L\n",
                        secret.name(), variable, NOT_FOUND, variable)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addParameter(String.class, "candidate")
                .addCode(accessCheck(entity, Operation.READ))
                .addStatement("return transactions.read(() -> secrets.matches(candidate, load(id).$L()))", secret.getter())
                .build();
    }

    /**
     * The check of the operation's {@code @Allow} policy, the same one its route has; nothing for a public operation,
     * or for one the entity does not publish (only your own code can call it).
     */
    private static CodeBlock accessCheck(EntityModel entity, Operation operation) {
        Optional<AccessPolicy> policy = entity.exposure()
                .filter(exposure -> exposure.publishes(operation))
                .flatMap(exposure -> exposure.policy(operation));
        if (policy.isEmpty()) {
            return CodeBlock.of("");
        }
        String attempt = operation.name().toLowerCase(Locale.ROOT) + " " + entity.simpleName();
        return switch (policy.get().access()) {
            case PUBLIC -> CodeBlock.of("");
            case AUTHENTICATED -> CodeBlock.of("$T.requireAuthenticated(principal, $S);\n", ACCESS_CHECKS, attempt);
            case ROLES -> CodeBlock.of("$T.requireAnyRole(principal, $S, $L);\n", ACCESS_CHECKS, attempt,
                    policy.get().roles().stream().map(role -> CodeBlock.of("$S", role)).collect(CodeBlock.joining(", ")));
        };
    }

    private static CodeBlock audit(EntityModel entity, String operation, String id) {
        return CodeBlock.of("$T.written(principal, $S, $S, $L);\n", AUDIT_LOG, entity.simpleName(), operation, id);
    }

    private static MethodSpec create(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        ClassName type = TypeNames.entity(entity);
        var work = CodeBlock.builder()
                .addStatement("$T $L = new $T()", type, variable, type)
                .addStatement("request.applyTo($L)", variable)
                .add(hashSecrets(entity, variable))
                .addStatement("hooks.beforeCreate($L)", variable);
        if (entity.idStrategy() == IdStrategy.RANDOM_UUID) {
            work.beginControlFlow("if ($L.$L() == null)", variable, entity.id().getter())
                    .addStatement("$L.$L($T.randomUUID())", variable, entity.id().setter(), UUID.class)
                    .endControlFlow();
        }
        work.addStatement("repository.insert($L)", variable)
                .addStatement(respondAfterWrite(entity, variable));
        return MethodSpec.methodBuilder("create")
                .addJavadoc("Validates the request and inserts a new $L.\n", variable)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.response(entity))
                .addParameter(TypeNames.createRequest(entity), "request")
                .addCode(accessCheck(entity, Operation.CREATE))
                .addStatement("$T.throwIfAny(validator.validateCreate(request))", VALIDATION_EXCEPTION)
                .addCode("$T created = transactions.write(() -> {\n$>$L$<});\n", TypeNames.response(entity), work.build())
                .addCode(audit(entity, "create", "created." + entity.id().name() + "()"))
                .addStatement("return created")
                .build();
    }

    private static MethodSpec read(EntityModel entity) {
        return MethodSpec.methodBuilder("read")
                .addJavadoc("The $L with the given id.\n\n@throws $T when there is none\n",
                        Naming.decapitalize(entity.simpleName()), NOT_FOUND)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.response(entity))
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addCode(accessCheck(entity, Operation.READ))
                .addStatement("return transactions.read(() -> $T.from(load(id)))", TypeNames.response(entity))
                .build();
    }

    private static MethodSpec update(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        var work = CodeBlock.builder()
                .addStatement("$T $L = load(id)", TypeNames.entity(entity), variable)
                .addStatement("requireVersion($L, ifMatch)", variable)
                .addStatement("return store($L, request, ifMatch)", variable);
        return MethodSpec.methodBuilder("update")
                .addJavadoc("Validates the request and replaces the editable fields of the $L, if it still has\n"
                        + "a version {@code ifMatch} admits.\n\n"
                        + "@throws $T when it has another version\n"
                        + "@throws $T when, written unconditionally, it was changed meanwhile\n",
                        variable, PRECONDITION_FAILED, VERSION_CONFLICT)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.response(entity))
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addParameter(IF_MATCH, "ifMatch")
                .addParameter(TypeNames.updateRequest(entity), "request")
                .addCode(accessCheck(entity, Operation.UPDATE))
                .addStatement("$T.throwIfAny(validator.validateUpdate(request))", VALIDATION_EXCEPTION)
                .addCode("$T updated = transactions.write(() -> {\n$>$L$<});\n", TypeNames.response(entity), work.build())
                .addCode(audit(entity, "update", "id"))
                .addStatement("return updated")
                .build();
    }

    /** A partial update: the changes apply to the current state's update request, which is then validated whole. */
    private static MethodSpec patch(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        ClassName request = TypeNames.updateRequest(entity);
        var work = CodeBlock.builder()
                .addStatement("$T $L = load(id)", TypeNames.entity(entity), variable)
                .addStatement("requireVersion($L, ifMatch)", variable)
                .addStatement("$T request = changes.apply($T.from($L))", request, request, variable)
                .addStatement("$T.throwIfAny(validator.validateUpdate(request))", VALIDATION_EXCEPTION)
                .addStatement("return store($L, request, ifMatch)", variable);
        return MethodSpec.methodBuilder("patch")
                .addJavadoc("Applies {@code changes} to the editable fields of the $L as they are now, validates the result"
                        + "\nand stores it, if the $L still has a version {@code ifMatch} admits.\n\n"
                        + "@throws $T when it has another version\n"
                        + "@throws $T when, written unconditionally, it was changed meanwhile\n",
                        variable, variable, PRECONDITION_FAILED, VERSION_CONFLICT)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeNames.response(entity))
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addParameter(IF_MATCH, "ifMatch")
                .addParameter(ParameterizedTypeName.get(ClassName.get(UnaryOperator.class), request), "changes")
                .addCode(accessCheck(entity, Operation.UPDATE))
                .addCode("$T patched = transactions.write(() -> {\n$>$L$<});\n", TypeNames.response(entity), work.build())
                .addCode(audit(entity, "update", "id"))
                .addStatement("return patched")
                .build();
    }

    private static MethodSpec delete(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        var work = CodeBlock.builder()
                .addStatement("$T $L = load(id)", TypeNames.entity(entity), variable)
                .addStatement("requireVersion($L, ifMatch)", variable)
                .addStatement("hooks.beforeDelete($L)", variable)
                .add(lostRace(entity, CodeBlock.of("repository.delete($L)", variable), variable));
        return MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes the $L with the given id, if it still has a version {@code ifMatch} admits."
                        + "\n\n@throws $T when there is none\n@throws $T when it has another version\n"
                        + "@throws $T when, deleted unconditionally, it was changed meanwhile\n",
                        variable, NOT_FOUND, PRECONDITION_FAILED, VERSION_CONFLICT)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addParameter(IF_MATCH, "ifMatch")
                .addCode(accessCheck(entity, Operation.DELETE))
                .addCode("transactions.write(() -> {\n$>$L$<});\n", work.build())
                .addCode(audit(entity, "delete", "id"))
                .build();
    }

    private static MethodSpec list(EntityModel entity) {
        if (ListQueryWriter.queryable(entity)) {
            return ListQueryCode.serviceList(entity, accessCheck(entity, Operation.LIST));
        }
        // An entity without an exposure keeps numbered pages: its list has no cursor to continue from.
        if (entity.exposure().map(ExposureModel::keysetPaging).orElse(false)) {
            return keysetList(entity);
        }
        TypeName page = ParameterizedTypeName.get(PAGE, TypeNames.response(entity));
        return MethodSpec.methodBuilder("list")
                .addJavadoc("One page of $L responses in id order.\n", entity.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(page)
                .addParameter(PAGE_REQUEST, "request")
                .addCode(accessCheck(entity, Operation.LIST))
                .addStatement("return transactions.read(() -> repository.findPage(request).map($T::from))",
                        TypeNames.response(entity))
                .build();
    }

    private static MethodSpec keysetList(EntityModel entity) {
        TypeName window = ParameterizedTypeName.get(WINDOW, TypeNames.response(entity));
        return MethodSpec.methodBuilder("list")
                .addJavadoc("The $L responses in id order that follow {@code request.after()}, one page of them.\n",
                        entity.simpleName())
                .addModifiers(Modifier.PUBLIC)
                .returns(window)
                .addParameter(ParameterizedTypeName.get(KEYSET_REQUEST, TypeNames.boxed(entity.id().type())), "request")
                .addCode(accessCheck(entity, Operation.LIST))
                .addStatement("return transactions.read(() -> $T.of(repository.findPageAfter(request.after(),"
                        + " request.limit()), request)\n.map($T::from))", WINDOW, TypeNames.response(entity))
                .build();
    }

    private static MethodSpec requireVersion(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        var version = entity.version().orElseThrow();
        return MethodSpec.methodBuilder("requireVersion")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(TypeNames.entity(entity), variable)
                .addParameter(IF_MATCH, "ifMatch")
                .beginControlFlow("if (!ifMatch.admits($L.$L()))", variable, version.getter())
                .addStatement("throw new $T($S, $L.$L())", PRECONDITION_FAILED, entity.simpleName(), variable,
                        entity.id().getter())
                .endControlFlow()
                .build();
    }

    /**
     * Writes the request's fields; the repository's update matches the version read, so a concurrent writer is seen:
     * a 412 when the client named a version, a 409 when it wrote unconditionally.
     */
    private static MethodSpec store(EntityModel entity) {
        String variable = Naming.decapitalize(entity.simpleName());
        return MethodSpec.methodBuilder("store")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeNames.response(entity))
                .addParameter(TypeNames.entity(entity), variable)
                .addParameter(TypeNames.updateRequest(entity), "request")
                .addParameter(IF_MATCH, "ifMatch")
                .addStatement("request.applyTo($L)", variable)
                .addCode(hashSecrets(entity, variable))
                .addStatement("hooks.beforeUpdate($L)", variable)
                .addCode(lostRace(entity, CodeBlock.of("repository.update($L)", variable), variable))
                .addStatement(respondAfterWrite(entity, variable))
                .build();
    }

    /**
     * A write that matches the version read and found no such row lost a race with another writer: 412 when the
     * client named versions (its precondition no longer holds), 409 when it wrote unconditionally.
     */
    private static CodeBlock lostRace(EntityModel entity, CodeBlock write, String variable) {
        return CodeBlock.builder()
                .beginControlFlow("if (!$L)", write)
                .addStatement("throw ifMatch.conditional()\n? new $T($S, $L.$L())\n: new $T($S, $L.$L())",
                        PRECONDITION_FAILED, entity.simpleName(), variable, entity.id().getter(),
                        VERSION_CONFLICT, entity.simpleName(), variable, entity.id().getter())
                .endControlFlow()
                .build();
    }

    private static MethodSpec load(EntityModel entity) {
        return MethodSpec.methodBuilder("load")
                .addModifiers(Modifier.PRIVATE)
                .returns(TypeNames.entity(entity))
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addStatement("return repository.findById(id).orElseThrow(() -> new $T($S, id))",
                        NOT_FOUND, entity.simpleName())
                .build();
    }

    /**
     * The response to a create or update. An entity with expanded relations is read back first, in the same
     * transaction, so the response shows the summaries of what the request referenced, not only its ids.
     */
    private static CodeBlock respondAfterWrite(EntityModel entity, String variable) {
        if (entity.expansions().isEmpty()) {
            return CodeBlock.of("return $T.from($L)", TypeNames.response(entity), variable);
        }
        return CodeBlock.of("return $T.from(load($L.$L()))", TypeNames.response(entity), variable,
                entity.id().getter());
    }
}
