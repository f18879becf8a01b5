package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetController} for Spring MVC: HTTP binding only, one method per published operation, each delegating
 * to the service, plus PATCH (JSON Merge Patch) beside PUT. Conditional requests follow the resource's version:
 * {@code ETag} on every response with a body, {@code If-None-Match} on GET, {@code If-Match} on writes. Errors become
 * problem documents in the runtime's advice; authorization is the route policies'.
 */
public final class SpringMvcControllerWriter implements EntityWriter {

    private static final String WEB = "org.springframework.web.bind.annotation";
    private static final ClassName REST_CONTROLLER = ClassName.get(WEB, "RestController");
    private static final ClassName REQUEST_MAPPING = ClassName.get(WEB, "RequestMapping");
    private static final ClassName REQUEST_BODY = ClassName.get(WEB, "RequestBody");
    private static final ClassName PATH_VARIABLE = ClassName.get(WEB, "PathVariable");
    private static final ClassName REQUEST_PARAM = ClassName.get(WEB, "RequestParam");
    private static final ClassName REQUEST_HEADER = ClassName.get(WEB, "RequestHeader");
    private static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");
    private static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");
    private static final ClassName HTTP_HEADERS = ClassName.get("org.springframework.http", "HttpHeaders");
    private static final ClassName HTTP_STATUS = ClassName.get("org.springframework.http", "HttpStatus");
    private static final ClassName ETAGS = ClassName.get("dev.stratum.runtime.http", "ETags");
    private static final ClassName CONDITIONAL_REQUESTS = ClassName.get("dev.stratum.runtime.http", "ConditionalRequests");
    private static final ClassName MERGE_PATCH = ClassName.get("dev.stratum.runtime.spring", "MergePatch");
    private static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
    private static final CodeBlock JSON_VALUE = CodeBlock.of("$T.APPLICATION_JSON_VALUE", MEDIA_TYPE);
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");

    @Override
    public boolean appliesTo(EntityModel entity) {
        return entity.exposure().isPresent();
    }

    @Override
    public JavaFile write(EntityModel entity) {
        ExposureModel exposure = entity.exposure().orElseThrow();
        boolean writes = exposure.publishes(Operation.UPDATE) || exposure.publishes(Operation.DELETE);
        TypeSpec.Builder controller = TypeSpec.classBuilder(TypeNames.controller(entity))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(REQUEST_MAPPING).addMember("value", "$S", exposure.path()).build());
        if (exposure.publishes(Operation.UPDATE)) {
            controller.addField(patchable(entity));
            entity.embedded().forEach(embedded -> controller.addField(embeddedMembers(embedded)));
        }
        controller.addField(TypeNames.service(entity), "service", Modifier.PRIVATE, Modifier.FINAL);
        var constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.service(entity), "service")
                .addStatement("this.service = service");
        if (writes) {
            controller.addField(CONDITIONAL_REQUESTS, "conditions", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(CONDITIONAL_REQUESTS, "conditions").addStatement("this.conditions = conditions");
        }
        if (exposure.publishes(Operation.LIST) && exposure.keysetPaging()) {
            controller.addField(KeysetListCode.CURSORS, "cursors", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(KeysetListCode.CURSORS, "cursors").addStatement("this.cursors = cursors");
        }
        controller.addMethod(constructor.build());
        if (exposure.publishes(Operation.CREATE)) {
            controller.addMethod(create(entity, exposure));
        }
        if (exposure.publishes(Operation.READ)) {
            controller.addMethod(read(entity));
        }
        if (exposure.publishes(Operation.UPDATE)) {
            controller.addMethod(update(entity));
            controller.addMethod(patch(entity));
        }
        if (exposure.publishes(Operation.DELETE)) {
            controller.addMethod(delete(entity));
        }
        if (exposure.publishes(Operation.LIST)) {
            controller.addMethod(list(entity, exposure));
        }
        if (exposure.publishes(Operation.UPDATE)) {
            controller.addMethod(merge(entity));
            entity.embedded().forEach(embedded -> controller.addMethod(mergeEmbedded(embedded)));
        }
        Sources.mark(controller, entity, "The HTTP binding of " + entity.simpleName() + " at {@code "
                + exposure.path() + "}; every method delegates to the service.");
        return Sources.file(entity, controller.build());
    }

    private static MethodSpec create(EntityModel entity, ExposureModel exposure) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("{@code POST $L}: 201 with the new resource's location and ETag.\n", exposure.path())
                .addAnnotation(mapping("PostMapping", null, JSON_VALUE))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(ParameterSpec.builder(TypeNames.createRequest(entity), "request")
                        .addAnnotation(REQUEST_BODY).build())
                .addStatement("$T created = service.create(request)", TypeNames.response(entity))
                .addStatement("return $T.created($T.create($S + created.$L()))\n.eTag($T.of(created.$L()))\n.body(created)",
                        RESPONSE_ENTITY, URI.class, exposure.path() + "/", entity.id().name(),
                        ETAGS, entity.version().orElseThrow().name())
                .build();
    }

    private static MethodSpec read(EntityModel entity) {
        String version = entity.version().orElseThrow().name();
        return MethodSpec.methodBuilder("read")
                .addJavadoc("{@code GET .../{id}}: the resource with its ETag, or 304 without a body when"
                        + " {@code If-None-Match}\nnames its current version.\n")
                .addAnnotation(mapping("GetMapping", "/{id}", null))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(idParameter(entity))
                .addParameter(header("IF_NONE_MATCH", "ifNoneMatch"))
                .addStatement("$T found = service.read(id)", TypeNames.response(entity))
                .beginControlFlow("if ($T.noneMatchNames(ifNoneMatch, found.$L()))", ETAGS, version)
                .addStatement("return $T.status($T.NOT_MODIFIED).eTag($T.of(found.$L())).build()",
                        RESPONSE_ENTITY, HTTP_STATUS, ETAGS, version)
                .endControlFlow()
                .addStatement("return $T.ok().eTag($T.of(found.$L())).body(found)", RESPONSE_ENTITY, ETAGS, version)
                .build();
    }

    private static MethodSpec update(EntityModel entity) {
        return MethodSpec.methodBuilder("update")
                .addJavadoc("{@code PUT .../{id}}: replaces the editable fields; with {@code If-Match}, only if that"
                        + " is still the\ncurrent version.\n")
                .addAnnotation(mapping("PutMapping", "/{id}", JSON_VALUE))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(idParameter(entity))
                .addParameter(header("IF_MATCH", "ifMatch"))
                .addParameter(ParameterSpec.builder(TypeNames.updateRequest(entity), "request")
                        .addAnnotation(REQUEST_BODY).build())
                .addStatement("$T updated = service.update(id, conditions.ifMatch(ifMatch), request)",
                        TypeNames.response(entity))
                .addStatement("return $T.ok().eTag($T.of(updated.$L())).body(updated)",
                        RESPONSE_ENTITY, ETAGS, entity.version().orElseThrow().name())
                .build();
    }

    private static MethodSpec patch(EntityModel entity) {
        return MethodSpec.methodBuilder("patch")
                .addJavadoc("{@code PATCH .../{id}} with a JSON Merge Patch (RFC 7396): absent fields stay, {@code null}"
                        + " clears one;\nthe result is validated and stored like a PUT, under the same {@code If-Match}"
                        + " rules.\n")
                .addAnnotation(mapping("PatchMapping", "/{id}", CodeBlock.of("$T.MEDIA_TYPE", MERGE_PATCH)))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(idParameter(entity))
                .addParameter(header("IF_MATCH", "ifMatch"))
                .addParameter(ParameterSpec.builder(JSON_NODE, "body").addAnnotation(REQUEST_BODY).build())
                .addStatement("$T patch = $T.of(body, PATCHABLE)", MERGE_PATCH, MERGE_PATCH)
                .addStatement("$T updated = service.patch(id, conditions.ifMatch(ifMatch),\ncurrent -> merge(patch,"
                        + " current))", TypeNames.response(entity))
                .addStatement("return $T.ok().eTag($T.of(updated.$L())).body(updated)",
                        RESPONSE_ENTITY, ETAGS, entity.version().orElseThrow().name())
                .build();
    }

    private static MethodSpec delete(EntityModel entity) {
        return MethodSpec.methodBuilder("delete")
                .addJavadoc("{@code DELETE .../{id}}: 204 once deleted; with {@code If-Match}, only if that is still"
                        + " the current\nversion.\n")
                .addAnnotation(AnnotationSpec.builder(ClassName.get(WEB, "DeleteMapping")).addMember("value", "$S", "/{id}").build())
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(ClassName.get(Void.class)))
                .addParameter(idParameter(entity))
                .addParameter(header("IF_MATCH", "ifMatch"))
                .addStatement("service.delete(id, conditions.ifMatch(ifMatch))")
                .addStatement("return $T.noContent().build()", RESPONSE_ENTITY)
                .build();
    }

    /** The members of a merge patch: exactly the update request's fields, so server-owned ones are refused. */
    private static FieldSpec patchable(EntityModel entity) {
        CodeBlock names = Stream.concat(entity.requestFields().stream().map(PropertyModel::name),
                        entity.embedded().stream().map(EmbeddedModel::name))
                .map(name -> CodeBlock.of("$S", name))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "PATCHABLE",
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The members a merge patch may carry: the fields of {@link $T}.\n",
                        TypeNames.updateRequest(entity))
                .initializer("$T.of(\n$>$>$L$<$<)", Set.class, names)
                .build();
    }

    /** Reads the patch field by field over the current values, without reflection. */
    private static MethodSpec merge(EntityModel entity) {
        ClassName request = TypeNames.updateRequest(entity);
        var merged = new ArrayList<CodeBlock>();
        entity.requestFields().forEach(field ->
                merged.add(mergedValue(field, "patch", CodeBlock.of("current.$L()", field.name()))));
        entity.embedded().forEach(embedded -> merged.add(CodeBlock.of("merge$L(patch, current.$L())",
                Naming.capitalize(embedded.name()), embedded.name())));
        CodeBlock values = CodeBlock.join(merged, ",\n");
        return MethodSpec.methodBuilder("merge")
                .addJavadoc("The update request with the patch's members over {@code current}'s values.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(request)
                .addParameter(MERGE_PATCH, "patch")
                .addParameter(request, "current")
                .addStatement("return new $T(\n$L)", request, values)
                .build();
    }

    /** The members a merge patch of an embedded value may carry: the embeddable's fields. */
    private static FieldSpec embeddedMembers(EmbeddedModel embedded) {
        CodeBlock names = embedded.components().stream()
                .map(component -> CodeBlock.of("$S", component.name()))
                .collect(CodeBlock.joining(",\n"));
        return FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), membersConstant(embedded),
                        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The members a merge patch of {@code $L} may carry: the fields of {@link $T}.\n",
                        embedded.name(), TypeNames.embeddable(embedded))
                .initializer("$T.of(\n$>$>$L$<$<)", Set.class, names)
                .build();
    }

    private static String membersConstant(EmbeddedModel embedded) {
        return Naming.snakeCase(embedded.name()).toUpperCase(java.util.Locale.ROOT) + "_MEMBERS";
    }

    /**
     * Merges the patch of an embedded value member by member over {@code current} (RFC 7396): absent keeps it,
     * {@code null} clears it, an object changes only the members it names.
     */
    private static MethodSpec mergeEmbedded(EmbeddedModel embedded) {
        ClassName type = TypeNames.embeddable(embedded);
        String name = embedded.name();
        var method = MethodSpec.methodBuilder("merge" + Naming.capitalize(name))
                .addJavadoc("The {@code $L} the patch leaves: {@code current}, cleared, or merged member by member.\n",
                        name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(type)
                .addParameter(MERGE_PATCH, "patch")
                .addParameter(type, "current")
                .beginControlFlow("if (!patch.has($S))", name)
                .addStatement("return current")
                .endControlFlow()
                .addStatement("$T $N = patch.object($S, $L)", MERGE_PATCH, name, name, membersConstant(embedded))
                .beginControlFlow("if ($N == null)", name)
                .addStatement("return null")
                .endControlFlow();
        var values = new ArrayList<CodeBlock>();
        for (PropertyModel component : embedded.components()) {
            values.add(mergedValue(component, name,
                    CodeBlock.of("current == null ? null : current.$L()", component.getter())));
        }
        if (embedded.record()) {
            return method.addStatement("return new $T(\n$L)", type, CodeBlock.join(values, ",\n")).build();
        }
        method.addStatement("$T merged = new $T()", type, type);
        for (int i = 0; i < values.size(); i++) {
            method.addStatement("merged.$L($L)", embedded.components().get(i).setter(), values.get(i));
        }
        return method.addStatement("return merged").build();
    }

    private static CodeBlock mergedValue(PropertyModel field, String patch, CodeBlock current) {
        if (field.type().kind() == ValueKind.ENUM) {
            return CodeBlock.of("$L.constant($S, $T.class, $L)", patch, field.name(),
                    TypeNames.boxed(field.type()), current);
        }
        String reader = switch (field.type().kind()) {
            case STRING -> "string";
            case BOOLEAN -> "bool";
            case SHORT -> "shortValue";
            case INT -> "integer";
            case LONG -> "longValue";
            case FLOAT -> "floatValue";
            case DOUBLE -> "doubleValue";
            case BYTE -> "byteValue";
            case BIG_DECIMAL -> "decimal";
            case BIG_INTEGER -> "bigInteger";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case LOCAL_DATE_TIME -> "dateTime";
            case OFFSET_DATE_TIME -> "offsetDateTime";
            case INSTANT -> "instant";
            case UUID -> "uuid";
            case ENUM -> throw new IllegalStateException("an enum is read by constant(), above");
            default -> throw new IllegalStateException("no patch reader for " + field.type() + ": entities do not store it");
        };
        return CodeBlock.of("$L.$L($S, $L)", patch, reader, field.name(), current);
    }

    private static MethodSpec list(EntityModel entity, ExposureModel exposure) {
        if (exposure.queryable()) {
            return ListQueryCode.controllerList(entity, exposure, mapping("GetMapping", null, null),
                    queryParameter("size", String.valueOf(exposure.defaultPageSize())), queryParameter("page", "0"));
        }
        if (exposure.keysetPaging()) {
            return KeysetListCode.list(entity, exposure, mapping("GetMapping", null, null),
                    queryParameter("size", String.valueOf(exposure.defaultPageSize())));
        }
        return MethodSpec.methodBuilder("list")
                .addJavadoc("{@code GET $L?page=&size=}: one page; {@code size} is at most $L.\n",
                        exposure.path(), exposure.maxPageSize())
                .addAnnotation(mapping("GetMapping", null, null))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(PAGE, TypeNames.response(entity)))
                .addParameter(queryParameter("page", "0"))
                .addParameter(queryParameter("size", String.valueOf(exposure.defaultPageSize())))
                .addStatement("return service.list($T.of(page, size, $L))", PAGE_REQUEST, exposure.maxPageSize())
                .build();
    }

    /** A mapping that produces JSON and, unless {@code consumes} is null, reads a body of that media type. */
    private static AnnotationSpec mapping(String annotation, String path, CodeBlock consumes) {
        var mapping = AnnotationSpec.builder(ClassName.get(WEB, annotation));
        if (path != null) {
            mapping.addMember("value", "$S", path);
        }
        if (consumes != null) {
            mapping.addMember("consumes", consumes);
        }
        return mapping.addMember("produces", JSON_VALUE).build();
    }

    private static ParameterSpec header(String constant, String name) {
        return ParameterSpec.builder(String.class, name)
                .addAnnotation(AnnotationSpec.builder(REQUEST_HEADER)
                        .addMember("name", "$T.$L", HTTP_HEADERS, constant)
                        .addMember("required", "false").build())
                .build();
    }

    private static ParameterSpec idParameter(EntityModel entity) {
        return ParameterSpec.builder(TypeNames.declared(entity.id()), "id")
                .addAnnotation(AnnotationSpec.builder(PATH_VARIABLE).addMember("value", "$S", "id").build())
                .build();
    }

    private static ParameterSpec queryParameter(String name, String defaultValue) {
        return ParameterSpec.builder(int.class, name)
                .addAnnotation(AnnotationSpec.builder(REQUEST_PARAM)
                        .addMember("name", "$S", name)
                        .addMember("defaultValue", "$S", defaultValue).build())
                .build();
    }

    private static TypeName responseEntity(TypeName body) {
        return ParameterizedTypeName.get(RESPONSE_ENTITY, body);
    }
}
