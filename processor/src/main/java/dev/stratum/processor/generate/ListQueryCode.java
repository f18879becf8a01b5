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
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The list methods of the service and the controller of an entity whose list sorts and filters: the controller reads
 * the {@code PetListQuery} from every query parameter (so an unknown one is refused), binds a cursor to the sort it
 * was issued for, and the service passes the query to the repository.
 */
final class ListQueryCode {

    private static final ClassName CURSOR_PAGE = ClassName.get("dev.stratum.runtime.paging", "CursorPage");
    private static final ClassName KEYSET_REQUEST = ClassName.get("dev.stratum.runtime.paging", "KeysetRequest");
    private static final ClassName WINDOW = ClassName.get("dev.stratum.runtime.paging", "Window");
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");
    private static final ClassName REQUEST_PARAM = ClassName.get("org.springframework.web.bind.annotation", "RequestParam");

    private ListQueryCode() {
    }

    static MethodSpec serviceList(EntityModel entity, CodeBlock accessCheck) {
        ClassName response = TypeNames.response(entity);
        var method = MethodSpec.methodBuilder("list")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.listQuery(entity), "query");
        if (entity.exposure().orElseThrow().keysetPaging()) {
            return method
                    .addJavadoc("The $L responses that match {@code query}, in its sort, after {@code request.after()};"
                            + " one page of them.\n", entity.simpleName())
                    .returns(ParameterizedTypeName.get(WINDOW, response))
                    .addParameter(ParameterizedTypeName.get(KEYSET_REQUEST, ListQueryWriter.keyset(entity)), "request")
                    .addCode(accessCheck)
                    .addStatement("return transactions.read(() -> $T.of(repository.findPageAfter(query, request.after(),"
                            + " request.limit()),\nrequest).map($T::from))", WINDOW, response)
                    .build();
        }
        return method
                .addJavadoc("One page of the $L responses that match {@code query}, in its sort.\n", entity.simpleName())
                .returns(ParameterizedTypeName.get(PAGE, response))
                .addParameter(PAGE_REQUEST, "request")
                .addCode(accessCheck)
                .addStatement("return transactions.read(() -> repository.findPage(query, request).map($T::from))",
                        response)
                .build();
    }

    static MethodSpec controllerList(EntityModel entity, ExposureModel exposure, AnnotationSpec mapping,
            ParameterSpec size, ParameterSpec page) {
        TypeName response = TypeNames.response(entity);
        ClassName query = TypeNames.listQuery(entity);
        var method = MethodSpec.methodBuilder("list")
                .addAnnotation(mapping)
                .addModifiers(Modifier.PUBLIC);
        if (!exposure.keysetPaging()) {
            return method
                    .addJavadoc("{@code GET $L?page=&size=&sort=&<filter>=}: one page; {@code size} is at most $L.\n",
                            exposure.path(), exposure.maxPageSize())
                    .returns(ParameterizedTypeName.get(PAGE, response))
                    .addParameter(page)
                    .addParameter(size)
                    .addParameter(parameters())
                    .addStatement("return service.list($T.of(parameters), $T.of(page, size, $L))", query, PAGE_REQUEST,
                            exposure.maxPageSize())
                    .build();
        }
        String resource = entity.simpleName();
        return method
                .addJavadoc("{@code GET $L?cursor=&size=&sort=&<filter>=}: one page in the requested sort with the"
                        + " cursor of the next,\nabsent on the last page; a cursor continues only the sort it was"
                        + " issued for; {@code size} is at most $L.\n", exposure.path(), exposure.maxPageSize())
                .returns(ParameterizedTypeName.get(CURSOR_PAGE, response))
                .addParameter(ParameterSpec.builder(String.class, "cursor")
                        .addAnnotation(AnnotationSpec.builder(REQUEST_PARAM)
                                .addMember("name", "$S", "cursor")
                                .addMember("required", "false").build())
                        .build())
                .addParameter(size)
                .addParameter(parameters())
                .addStatement("$T query = $T.of(parameters)", query, query)
                .addStatement("$T sort = query.sort()", ListQueryWriter.sortType(entity))
                .addStatement("$T after = cursor == null ? null : sort.after(cursors.decode($S, sort.parameter(), cursor))",
                        ListQueryWriter.keyset(entity), resource)
                .addStatement("$T window = service.list(query, $T.of(after, size, $L))",
                        ParameterizedTypeName.get(WINDOW, response), KEYSET_REQUEST, exposure.maxPageSize())
                .addStatement("String next = window.hasMore()\n? cursors.encode($S, sort.parameter(), sort.key(window.last()))"
                        + "\n: null", resource)
                .addStatement("return new $T<>(window.items(), next)", CURSOR_PAGE)
                .build();
    }

    /** Every query parameter, so that one the list does not take is refused rather than ignored. */
    private static ParameterSpec parameters() {
        return ParameterSpec.builder(ParameterizedTypeName.get(Map.class, String.class, String.class), "parameters")
                .addAnnotation(REQUEST_PARAM)
                .build();
    }
}
