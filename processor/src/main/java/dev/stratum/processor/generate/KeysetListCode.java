package dev.stratum.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.ValueKind;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * The list method of a controller with keyset paging: it checks the signed cursor, asks the service for the window
 * after it, and signs the cursor of the next page from the last item's id.
 */
final class KeysetListCode {

    static final ClassName CURSORS = ClassName.get("dev.stratum.runtime.paging", "Cursors");
    /** The sort a cursor is bound to; a cursor of another sort is refused. */
    static final String SORT = "id";

    private static final ClassName CURSOR_PAGE = ClassName.get("dev.stratum.runtime.paging", "CursorPage");
    private static final ClassName KEYSET_REQUEST = ClassName.get("dev.stratum.runtime.paging", "KeysetRequest");
    private static final ClassName WINDOW = ClassName.get("dev.stratum.runtime.paging", "Window");
    private static final ClassName REQUEST_PARAM = ClassName.get("org.springframework.web.bind.annotation", "RequestParam");

    private KeysetListCode() {
    }

    static MethodSpec list(EntityModel entity, ExposureModel exposure, AnnotationSpec mapping, ParameterSpec size) {
        TypeName response = TypeNames.response(entity);
        TypeName id = TypeNames.boxed(entity.id().type());
        String resource = entity.simpleName();
        return MethodSpec.methodBuilder("list")
                .addJavadoc("{@code GET $L?cursor=&size=}: one page in id order with the cursor of the next, absent on"
                        + " the last page;\n{@code size} is at most $L.\n", exposure.path(), exposure.maxPageSize())
                .addAnnotation(mapping)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(CURSOR_PAGE, response))
                .addParameter(ParameterSpec.builder(String.class, "cursor")
                        .addAnnotation(AnnotationSpec.builder(REQUEST_PARAM)
                                .addMember("name", "$S", "cursor")
                                .addMember("required", "false").build())
                        .build())
                .addParameter(size)
                .addStatement("$T after = cursor == null ? null : $L", id,
                        parse(entity, CodeBlock.of("cursors.decode($S, $S, cursor)", resource, SORT)))
                .addStatement("$T window = service.list($T.of(after, size, $L))",
                        ParameterizedTypeName.get(WINDOW, response), KEYSET_REQUEST, exposure.maxPageSize())
                .addStatement("String next = window.hasMore()\n? cursors.encode($S, $S, $T.valueOf(window.last().$L()))\n: null",
                        resource, SORT, String.class, entity.id().name())
                .addStatement("return new $T<>(window.items(), next)", CURSOR_PAGE)
                .build();
    }

    /** The id a verified cursor carries, back in its Java type. */
    static CodeBlock parse(EntityModel entity, CodeBlock key) {
        ValueKind type = entity.id().type().kind();
        return switch (type) {
            case LONG -> CodeBlock.of("$T.valueOf($L)", Long.class, key);
            case INT -> CodeBlock.of("$T.valueOf($L)", Integer.class, key);
            case UUID -> CodeBlock.of("$T.fromString($L)", UUID.class, key);
            case STRING -> key;
            default -> throw new IllegalStateException("no keyset cursor for an id of type " + type);
        };
    }
}
