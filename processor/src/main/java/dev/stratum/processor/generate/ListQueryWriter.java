package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.ExposureModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code PetListQuery}, for an entity whose list declares sortable or filterable fields: the sort a request
 * picked (an enum of every allowed order, so nothing else can reach the SQL) and the typed values of its filters,
 * read from the query parameters with a 400 for anything the model does not allow. For keyset pages the sort also
 * writes and reads the cursor key of a row: its sort value and its id.
 */
public final class ListQueryWriter implements EntityWriter {

    static final ClassName LIST_QUERIES = ClassName.get("dev.stratum.runtime.paging", "ListQueries");
    static final ClassName KEYSET = ClassName.get("dev.stratum.runtime.paging", "Keyset");

    @Override
    public boolean appliesTo(EntityModel entity) {
        return queryable(entity);
    }

    /** Whether the entity's list takes a sort or filters, and so gets a list query. */
    static boolean queryable(EntityModel entity) {
        return entity.exposure().map(ExposureModel::queryable).orElse(false);
    }

    @Override
    public JavaFile write(EntityModel entity) {
        ExposureModel exposure = entity.exposure().orElseThrow();
        ClassName name = TypeNames.listQuery(entity);
        var constructor = MethodSpec.constructorBuilder()
                .addParameter(ParameterSpec.builder(sortType(entity), "sort").build());
        filters(entity).forEach(filter -> constructor.addParameter(TypeNames.boxed(filter.type()), filter.name()));
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .recordConstructor(constructor.build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(Set.class, String.class), "PAGING",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The list's own query parameters, beside its filters.\n")
                        .initializer("$T.of($L)", Set.class, exposure.keysetPaging()
                                ? "\"cursor\", \"size\", \"sort\"" : "\"page\", \"size\", \"sort\"")
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(List.class, String.class), "FILTERS",
                                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The fields a list request may filter on, as {@code @Expose(filterable)} names them.\n")
                        .initializer("$T.of($L)", List.class, filters(entity).stream()
                                .map(filter -> CodeBlock.of("$S", filter.name())).collect(CodeBlock.joining(", ")))
                        .build())
                .addMethod(of(entity))
                .addType(sortEnum(entity, exposure));
        Sources.mark(record, entity, CodeBlock.of("The sort and the filters of a request for a list of {@link $T};"
                + " a null filter matches every row.", TypeNames.entity(entity)));
        return Sources.file(entity, record.build());
    }

    /** The sort keys: the id, then each sortable field in the order {@code @Expose(sortable)} names them. */
    static List<PropertyModel> sortKeys(EntityModel entity) {
        List<PropertyModel> keys = new ArrayList<>();
        keys.add(entity.id());
        for (String name : entity.exposure().orElseThrow().sortable()) {
            entity.columns().stream().filter(p -> p.name().equals(name) && !keys.contains(p)).findFirst()
                    .ifPresent(keys::add);
        }
        return keys;
    }

    /** The filterable fields, in the order {@code @Expose(filterable)} names them. */
    static List<PropertyModel> filters(EntityModel entity) {
        return entity.exposure().orElseThrow().filterable().stream().distinct()
                .flatMap(name -> entity.columns().stream().filter(p -> p.name().equals(name)))
                .toList();
    }

    static ClassName sortType(EntityModel entity) {
        return TypeNames.listQuery(entity).nestedClass("Sort");
    }

    /** {@code LAST_NAME} or {@code LAST_NAME_DESC}: the enum constant of a sort key and direction. */
    static String sortConstant(PropertyModel key, boolean descending) {
        return Naming.snakeCase(key.name()).toUpperCase(Locale.ROOT) + (descending ? "_DESC" : "");
    }

    /** {@code lastName} or {@code -lastName}: the value of the sort parameter. */
    static String sortParameter(PropertyModel key, boolean descending) {
        return (descending ? "-" : "") + key.name();
    }

    private static MethodSpec of(EntityModel entity) {
        ClassName name = TypeNames.listQuery(entity);
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$T.sort(parameters.get($S), Sort.values(), Sort::parameter)", LIST_QUERIES, "sort"));
        filters(entity).forEach(filter -> arguments.add(parse(filter)));
        return MethodSpec.methodBuilder("of")
                .addJavadoc("Reads a list request's query parameters.\n\n@throws $T naming the first parameter,"
                        + " sort or filter value the list does not\n        accept\n",
                        ClassName.get("dev.stratum.runtime.problem", "InvalidParameterException"))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(ParameterizedTypeName.get(Map.class, String.class, String.class), "parameters")
                .addStatement("$T.requireKnown(parameters, PAGING, FILTERS)", LIST_QUERIES)
                .addStatement("return new $T(\n$L)", name, CodeBlock.join(arguments, ",\n"))
                .build();
    }

    /** The filter's value as its field's type; a malformed one is a 400 naming the parameter. */
    private static CodeBlock parse(PropertyModel filter) {
        CodeBlock text = CodeBlock.of("parameters.get($S)", filter.name());
        return switch (filter.type().kind()) {
            case STRING -> text;
            case ENUM -> CodeBlock.of("$T.constant($S, $L, $T::valueOf, $T.values())", LIST_QUERIES, filter.name(), text,
                    TypeNames.boxed(filter.type()), TypeNames.boxed(filter.type()));
            default -> CodeBlock.of("$T.$L($S, $L)", LIST_QUERIES, parser(filter.type().kind()), filter.name(), text);
        };
    }

    private static String parser(ValueKind kind) {
        return switch (kind) {
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
            case STRING, ENUM -> throw new IllegalArgumentException("read without a parser: " + kind);
            default -> throw new IllegalArgumentException("no filter of " + kind + ": entities do not store it");
        };
    }

    private static TypeSpec sortEnum(EntityModel entity, ExposureModel exposure) {
        var sort = TypeSpec.enumBuilder("Sort")
                .addJavadoc("The orders a list may be sorted in: a field ascending ({@code ?sort=name}) or descending"
                        + "\n({@code ?sort=-name}), ties broken by the id in the same direction; nulls come last either"
                        + " way.\nThe first is the default.\n")
                .addModifiers(Modifier.PUBLIC);
        for (PropertyModel key : sortKeys(entity)) {
            for (boolean descending : new boolean[] {false, true}) {
                sort.addEnumConstant(sortConstant(key, descending),
                        TypeSpec.anonymousClassBuilder("$S", sortParameter(key, descending)).build());
            }
        }
        sort.addField(String.class, "parameter", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "parameter")
                        .addStatement("this.parameter = parameter")
                        .build())
                .addMethod(MethodSpec.methodBuilder("parameter")
                        .addJavadoc("The value of the {@code sort} parameter that selects this order; a cursor is"
                                + " bound to it.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement("return parameter")
                        .build());
        if (exposure.keysetPaging()) {
            sort.addMethod(key(entity)).addMethod(after(entity));
        }
        return sort.build();
    }

    /** {@code Keyset<Long>}: where a keyset page of the entity continues. */
    static TypeName keyset(EntityModel entity) {
        return ParameterizedTypeName.get(KEYSET, TypeNames.boxed(entity.id().type()));
    }

    /** The cursor key that continues after a row: its sort value and its id. */
    private static MethodSpec key(EntityModel entity) {
        var cases = CodeBlock.builder().beginControlFlow("return switch (this)");
        for (PropertyModel key : sortKeys(entity)) {
            CodeBlock value = key == entity.id() ? CodeBlock.of("null") : CodeBlock.of("last.$L()", key.name());
            cases.addStatement("case $L, $L -> $T.key(last.$L(), $L)", sortConstant(key, false),
                    sortConstant(key, true), KEYSET, entity.id().name(), value);
        }
        return MethodSpec.methodBuilder("key")
                .addJavadoc("The cursor key that continues this order after {@code last}.\n")
                .returns(String.class)
                .addParameter(TypeNames.response(entity), "last")
                .addCode(cases.unindent().addStatement("}").build())
                .build();
    }

    /** The position a verified cursor key continues after, with the sort value back in its Java type. */
    private static MethodSpec after(EntityModel entity) {
        TypeName id = TypeNames.boxed(entity.id().type());
        var body = CodeBlock.builder()
                .addStatement("$T id = $L", id, KeysetListCode.parse(entity, CodeBlock.of("$T.id(key)", KEYSET)))
                .addStatement("String value = $T.value(key)", KEYSET)
                .beginControlFlow("return switch (this)");
        for (PropertyModel key : sortKeys(entity)) {
            body.addStatement("case $L, $L -> new $T<>(id, $L)", sortConstant(key, false), sortConstant(key, true),
                    KEYSET, key == entity.id() ? CodeBlock.of("null") : value(key));
        }
        return MethodSpec.methodBuilder("after")
                .addJavadoc("Where this order continues after the row a verified cursor {@code key} names.\n")
                .returns(keyset(entity))
                .addParameter(String.class, "key")
                .addCode(body.unindent().addStatement("}").build())
                .build();
    }

    private static CodeBlock value(PropertyModel key) {
        return switch (key.type().kind()) {
            case STRING -> CodeBlock.of("value");
            case SHORT -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Short.class);
            case INT -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Integer.class);
            case LONG -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Long.class);
            case FLOAT -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Float.class);
            case DOUBLE -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Double.class);
            case BYTE -> CodeBlock.of("value == null ? null : $T.valueOf(value)", Byte.class);
            case BIG_DECIMAL -> CodeBlock.of("value == null ? null : new $T(value)", BigDecimal.class);
            case BIG_INTEGER -> CodeBlock.of("value == null ? null : new $T(value)", java.math.BigInteger.class);
            case LOCAL_DATE -> CodeBlock.of("value == null ? null : $T.parse(value)", LocalDate.class);
            case LOCAL_TIME -> CodeBlock.of("value == null ? null : $T.parse(value)", LocalTime.class);
            case LOCAL_DATE_TIME -> CodeBlock.of("value == null ? null : $T.parse(value)", LocalDateTime.class);
            case OFFSET_DATE_TIME -> CodeBlock.of("value == null ? null : $T.parse(value)", OffsetDateTime.class);
            case INSTANT -> CodeBlock.of("value == null ? null : $T.parse(value)", Instant.class);
            default -> throw new IllegalArgumentException("not a sort key: " + key.name());
        };
    }
}
