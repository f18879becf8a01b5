package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.annotations.Operation;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import java.net.URI;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetController} for Spring MVC: HTTP binding only, one method per published operation, each delegating
 * to the service. Errors become problem documents in the runtime's advice; authorization is the route policies'.
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
    private static final ClassName ETAGS = ClassName.get("dev.stratum.runtime.http", "ETags");
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");

    @Override
    public boolean appliesTo(EntityModel entity) {
        return entity.exposure().isPresent();
    }

    @Override
    public JavaFile write(EntityModel entity) {
        ExposureModel exposure = entity.exposure().orElseThrow();
        TypeSpec.Builder controller = TypeSpec.classBuilder(TypeNames.controller(entity))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(REST_CONTROLLER)
                .addAnnotation(AnnotationSpec.builder(REQUEST_MAPPING).addMember("value", "$S", exposure.path()).build())
                .addField(TypeNames.service(entity), "service", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(TypeNames.service(entity), "service")
                        .addStatement("this.service = service")
                        .build());
        if (exposure.publishes(Operation.CREATE)) {
            controller.addMethod(create(entity, exposure));
        }
        if (exposure.publishes(Operation.READ)) {
            controller.addMethod(read(entity));
        }
        if (exposure.publishes(Operation.UPDATE)) {
            controller.addMethod(update(entity));
        }
        if (exposure.publishes(Operation.DELETE)) {
            controller.addMethod(delete(entity));
        }
        if (exposure.publishes(Operation.LIST)) {
            controller.addMethod(list(entity, exposure));
        }
        Sources.mark(controller, entity, "The HTTP binding of " + entity.simpleName() + " at {@code "
                + exposure.path() + "}; every method delegates to the service.");
        return Sources.file(entity, controller.build());
    }

    private static MethodSpec create(EntityModel entity, ExposureModel exposure) {
        return MethodSpec.methodBuilder("create")
                .addJavadoc("{@code POST $L}: 201 with the new resource's location and ETag.\n", exposure.path())
                .addAnnotation(mapping("PostMapping", null, true))
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
        return MethodSpec.methodBuilder("read")
                .addJavadoc("{@code GET .../{id}}: the resource with its ETag.\n")
                .addAnnotation(mapping("GetMapping", "/{id}", false))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(idParameter(entity))
                .addStatement("$T found = service.read(id)", TypeNames.response(entity))
                .addStatement("return $T.ok().eTag($T.of(found.$L())).body(found)",
                        RESPONSE_ENTITY, ETAGS, entity.version().orElseThrow().name())
                .build();
    }

    private static MethodSpec update(EntityModel entity) {
        return MethodSpec.methodBuilder("update")
                .addJavadoc("{@code PUT .../{id}} with {@code If-Match}: replaces the editable fields if the version"
                        + " still matches.\n")
                .addAnnotation(mapping("PutMapping", "/{id}", true))
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(TypeNames.response(entity)))
                .addParameter(idParameter(entity))
                .addParameter(ParameterSpec.builder(String.class, "ifMatch")
                        .addAnnotation(AnnotationSpec.builder(REQUEST_HEADER)
                                .addMember("name", "$T.IF_MATCH", HTTP_HEADERS)
                                .addMember("required", "false").build())
                        .build())
                .addParameter(ParameterSpec.builder(TypeNames.updateRequest(entity), "request")
                        .addAnnotation(REQUEST_BODY).build())
                .addStatement("$T updated = service.update(id, $T.requireVersion(ifMatch), request)",
                        TypeNames.response(entity), ETAGS)
                .addStatement("return $T.ok().eTag($T.of(updated.$L())).body(updated)",
                        RESPONSE_ENTITY, ETAGS, entity.version().orElseThrow().name())
                .build();
    }

    private static MethodSpec delete(EntityModel entity) {
        return MethodSpec.methodBuilder("delete")
                .addJavadoc("{@code DELETE .../{id}}: 204 once deleted.\n")
                .addAnnotation(AnnotationSpec.builder(ClassName.get(WEB, "DeleteMapping")).addMember("value", "$S", "/{id}").build())
                .addModifiers(Modifier.PUBLIC)
                .returns(responseEntity(ClassName.get(Void.class)))
                .addParameter(idParameter(entity))
                .addStatement("service.delete(id)")
                .addStatement("return $T.noContent().build()", RESPONSE_ENTITY)
                .build();
    }

    private static MethodSpec list(EntityModel entity, ExposureModel exposure) {
        return MethodSpec.methodBuilder("list")
                .addJavadoc("{@code GET $L?page=&size=}: one page; {@code size} is at most $L.\n",
                        exposure.path(), exposure.maxPageSize())
                .addAnnotation(mapping("GetMapping", null, false))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(PAGE, TypeNames.response(entity)))
                .addParameter(queryParameter("page", "0"))
                .addParameter(queryParameter("size", String.valueOf(exposure.defaultPageSize())))
                .addStatement("return service.list($T.of(page, size, $L))", PAGE_REQUEST, exposure.maxPageSize())
                .build();
    }

    private static AnnotationSpec mapping(String annotation, String path, boolean consumesJson) {
        var mapping = AnnotationSpec.builder(ClassName.get(WEB, annotation));
        if (path != null) {
            mapping.addMember("value", "$S", path);
        }
        if (consumesJson) {
            mapping.addMember("consumes", "$T.APPLICATION_JSON_VALUE", MEDIA_TYPE);
        }
        return mapping.addMember("produces", "$T.APPLICATION_JSON_VALUE", MEDIA_TYPE).build();
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
