package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.PropertyModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The reads of a repository behind a list that sorts and filters ({@code findPageAfter(query, after, limit)} or
 * {@code findPage(query, request)}). Every piece of SQL is a constant: one condition per filter, one {@code ORDER BY}
 * and one keyset condition per allowed sort; a request only chooses which constants are joined, and every value is a
 * bind parameter. The owner condition of an owner-scoped entity is always the first condition.
 *
 * <p>A keyset page sorted by a field continues after (value, id) of the previous page's last row: a row-value
 * comparison {@code (name, id) > (?, ?)} for a NOT NULL field; for a nullable one, whose nulls come last in either
 * direction, {@code (name > ? OR name = ? AND id > ? OR name IS NULL)} after a value and {@code name IS NULL AND id > ?}
 * after a null. Descending orders turn every comparison around, the id's included.
 */
final class ListQueryRepositoryCode {

    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");

    private ListQueryRepositoryCode() {
    }

    static List<FieldSpec> constants(EntityModel entity) {
        if (!ListQueryWriter.queryable(entity)) {
            return List.of();
        }
        List<FieldSpec> constants = new ArrayList<>();
        constants.add(RepositoryWriter.constant("SELECT_LIST",
                "SELECT " + RepositoryWriter.RepositorySql.selectList(entity) + "\nFROM " + RelationCode.from(entity)));
        if (!keyset(entity)) {
            constants.add(RepositoryWriter.constant("COUNT_LIST", "SELECT COUNT(*) FROM " + entity.table()));
        }
        entity.owner().ifPresent(owner -> constants.add(RepositoryWriter.constant("OWNER_SCOPE",
                OwnerScoping.condition(entity))));
        for (PropertyModel filter : ListQueryWriter.filters(entity)) {
            constants.add(RepositoryWriter.constant(filterConstant(filter),
                    RelationCode.column(entity, filter) + " = ?"));
        }
        for (PropertyModel key : ListQueryWriter.sortKeys(entity)) {
            for (boolean descending : new boolean[] {false, true}) {
                constants.add(RepositoryWriter.constant("ORDER_BY_" + ListQueryWriter.sortConstant(key, descending),
                        orderBy(entity, key, descending)));
            }
        }
        if (keyset(entity)) {
            for (PropertyModel key : ListQueryWriter.sortKeys(entity)) {
                for (boolean descending : new boolean[] {false, true}) {
                    String suffix = ListQueryWriter.sortConstant(key, descending);
                    constants.add(RepositoryWriter.constant("AFTER_" + suffix, after(entity, key, descending)));
                    if (nullable(entity, key)) {
                        constants.add(RepositoryWriter.constant("AFTER_NULL_" + suffix, RelationCode.column(entity, key)
                                + " IS NULL AND " + id(entity) + (descending ? " < ?" : " > ?")));
                    }
                }
            }
        }
        return constants;
    }

    static List<MethodSpec> methods(EntityModel entity) {
        if (!ListQueryWriter.queryable(entity)) {
            return List.of();
        }
        if (keyset(entity)) {
            return List.of(findPageAfter(entity), where(entity), orderBy(entity), bindFilters(entity),
                    afterCondition(entity), bindAfter(entity));
        }
        return List.of(findPage(entity), where(entity), orderBy(entity), bindFilters(entity));
    }

    private static boolean keyset(EntityModel entity) {
        return entity.exposure().orElseThrow().keysetPaging();
    }

    private static boolean nullable(EntityModel entity, PropertyModel key) {
        return key != entity.id() && !key.type().primitive() && key.column().nullable();
    }

    private static String id(EntityModel entity) {
        return RelationCode.column(entity, entity.id());
    }

    private static String filterConstant(PropertyModel filter) {
        return "FILTER_" + ListQueryWriter.sortConstant(filter, false);
    }

    private static String orderBy(EntityModel entity, PropertyModel key, boolean descending) {
        String direction = descending ? " DESC" : "";
        if (key == entity.id()) {
            return "ORDER BY " + id(entity) + direction;
        }
        return "ORDER BY " + RelationCode.column(entity, key) + direction
                + (nullable(entity, key) ? " NULLS LAST" : "") + ", " + id(entity) + direction;
    }

    private static String after(EntityModel entity, PropertyModel key, boolean descending) {
        String comparison = descending ? " < " : " > ";
        if (key == entity.id()) {
            return id(entity) + comparison + "?";
        }
        String column = RelationCode.column(entity, key);
        if (!nullable(entity, key)) {
            return "(" + column + ", " + id(entity) + ")" + comparison + "(?, ?)";
        }
        return "(" + column + comparison + "? OR " + column + " = ? AND " + id(entity) + comparison + "? OR " + column
                + " IS NULL)";
    }

    private static MethodSpec findPageAfter(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        var body = CodeBlock.builder()
                .addStatement("String sql = SELECT_LIST + where(query, after) + $S + orderBy(query.sort()) + $S", "\n",
                        " FETCH FIRST ? ROWS ONLY")
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(sql))$<$<",
                        Connection.class, PreparedStatement.class)
                .addStatement("int index = bindFilters(statement, query)")
                .beginControlFlow("if (after != null)")
                .addStatement("index = bindAfter(statement, index, query.sort(), after)")
                .endControlFlow()
                .addStatement("statement.setInt(index, limit)")
                .addStatement("$T rows = new $T<>()", list, ArrayList.class)
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("while (row.next())")
                .addStatement("rows.add(map(row))")
                .endControlFlow()
                .endControlFlow()
                .add(RelationCode.loadChildren(entity, CodeBlock.of("rows")))
                .addStatement("return rows")
                .add(RepositoryWriter.catchSqlException(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("findPageAfter")
                .addJavadoc("Up to {@code limit} rows that match the query's filters, in its sort, after the row"
                        + " {@code after}\nnames, or the first rows when it is null.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(list)
                .addParameter(TypeNames.listQuery(entity), "query")
                .addParameter(ListQueryWriter.keyset(entity), "after")
                .addParameter(int.class, "limit")
                .addCode(body.build())
                .build();
    }

    private static MethodSpec findPage(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        var body = CodeBlock.builder()
                .addStatement("String where = where(query)")
                .beginControlFlow("try ($T connection = dataSource.getConnection())", Connection.class)
                .addStatement("$T items = new $T<>(request.size())", list, ArrayList.class)
                .beginControlFlow("try ($T statement = connection.prepareStatement(\n$>$>SELECT_LIST + where + $S + orderBy(query.sort()) + $S))$<$<",
                        PreparedStatement.class, "\n", " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")
                .addStatement("int index = bindFilters(statement, query)")
                .addStatement("statement.setLong(index, request.offset())")
                .addStatement("statement.setInt(index + 1, request.size())")
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("while (row.next())")
                .addStatement("items.add(map(row))")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .add(RelationCode.loadChildren(entity, CodeBlock.of("items")))
                .beginControlFlow("try ($T statement = connection.prepareStatement(COUNT_LIST + where))",
                        PreparedStatement.class)
                .addStatement("bindFilters(statement, query)")
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .addStatement("row.next()")
                .addStatement("return $T.of(items, request, row.getLong(1))", PAGE)
                .endControlFlow()
                .endControlFlow()
                .add(RepositoryWriter.catchSqlException(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("findPage")
                .addJavadoc("One page of the rows that match the query's filters, in its sort, with their count.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(PAGE, type))
                .addParameter(TypeNames.listQuery(entity), "query")
                .addParameter(PAGE_REQUEST, "request")
                .addCode(body.build())
                .build();
    }

    /** The WHERE clause: the owner condition, the filters the query sets and, on a later keyset page, the position. */
    private static MethodSpec where(EntityModel entity) {
        var method = MethodSpec.methodBuilder("where")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(TypeNames.listQuery(entity), "query");
        if (keyset(entity)) {
            method.addJavadoc("The conditions of the query and, after a row, the keyset position; joined constants"
                    + " only.\n")
                    .addParameter(ListQueryWriter.keyset(entity), "after");
        } else {
            method.addJavadoc("The conditions of the query; joined constants only.\n");
        }
        method.addStatement("$T conditions = new $T($S, $S, $S).setEmptyValue($S)", StringJoiner.class,
                StringJoiner.class, " AND ", "\nWHERE ", "", "");
        if (entity.owner().isPresent()) {
            method.addStatement("conditions.add(OWNER_SCOPE)");
        }
        for (PropertyModel filter : ListQueryWriter.filters(entity)) {
            method.beginControlFlow("if (query.$L() != null)", filter.name())
                    .addStatement("conditions.add($L)", filterConstant(filter))
                    .endControlFlow();
        }
        if (keyset(entity)) {
            method.beginControlFlow("if (after != null)")
                    .addStatement("conditions.add(afterCondition(query.sort(), after))")
                    .endControlFlow();
        }
        return method.addStatement("return conditions.toString()").build();
    }

    private static MethodSpec orderBy(EntityModel entity) {
        var cases = CodeBlock.builder().beginControlFlow("return switch (sort)");
        for (PropertyModel key : ListQueryWriter.sortKeys(entity)) {
            for (boolean descending : new boolean[] {false, true}) {
                String constant = ListQueryWriter.sortConstant(key, descending);
                cases.addStatement("case $L -> ORDER_BY_$L", constant, constant);
            }
        }
        return MethodSpec.methodBuilder("orderBy")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(ListQueryWriter.sortType(entity), "sort")
                .addCode(cases.unindent().addStatement("}").build())
                .build();
    }

    private static MethodSpec afterCondition(EntityModel entity) {
        var cases = CodeBlock.builder().beginControlFlow("return switch (sort)");
        for (PropertyModel key : ListQueryWriter.sortKeys(entity)) {
            for (boolean descending : new boolean[] {false, true}) {
                String constant = ListQueryWriter.sortConstant(key, descending);
                if (nullable(entity, key)) {
                    cases.addStatement("case $L -> after.value() == null ? AFTER_NULL_$L : AFTER_$L", constant,
                            constant, constant);
                } else {
                    cases.addStatement("case $L -> AFTER_$L", constant, constant);
                }
            }
        }
        return MethodSpec.methodBuilder("afterCondition")
                .addJavadoc("The condition that keeps the rows after {@code after} in this sort.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(String.class)
                .addParameter(ListQueryWriter.sortType(entity), "sort")
                .addParameter(ListQueryWriter.keyset(entity), "after")
                .addCode(cases.unindent().addStatement("}").build())
                .build();
    }

    /** Binds the owner condition and the filters the query sets, in the order {@code where} joins them. */
    private static MethodSpec bindFilters(EntityModel entity) {
        var method = MethodSpec.methodBuilder("bindFilters")
                .addJavadoc("Binds the conditions of {@code where} from parameter 1 on.\n\n"
                        + "@return the index of the next parameter\n")
                .addModifiers(Modifier.PRIVATE)
                .returns(int.class)
                .addParameter(PreparedStatement.class, "statement")
                .addParameter(TypeNames.listQuery(entity), "query")
                .addException(SQLException.class);
        if (entity.owner().isEmpty()) {
            method.addModifiers(Modifier.STATIC);
        }
        method.addStatement("int index = 1");
        if (entity.owner().isPresent()) {
            method.addStatement("bindOwnerScope(statement, index)")
                    .addStatement("index += $L", OwnerScoping.parameters(entity));
        }
        for (PropertyModel filter : ListQueryWriter.filters(entity)) {
            method.beginControlFlow("if (query.$L() != null)", filter.name())
                    .addStatement(JdbcCode.bind(filter, "statement", CodeBlock.of("index++"),
                            CodeBlock.of("query.$L()", filter.name())))
                    .endControlFlow();
        }
        return method.addStatement("return index").build();
    }

    /** Binds the keyset position: the sort value (twice for a nullable field, not at all after a null), then the id. */
    private static MethodSpec bindAfter(EntityModel entity) {
        var method = MethodSpec.methodBuilder("bindAfter")
                .addJavadoc("Binds the condition of {@code afterCondition} from {@code index} on.\n\n"
                        + "@return the index of the next parameter\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(PreparedStatement.class, "statement")
                .addParameter(int.class, "index")
                .addParameter(ListQueryWriter.sortType(entity), "sort")
                .addParameter(ListQueryWriter.keyset(entity), "after")
                .addException(SQLException.class)
                .addStatement("int next = index");
        List<PropertyModel> fields = ListQueryWriter.sortKeys(entity).stream().filter(key -> key != entity.id()).toList();
        if (fields.isEmpty()) {
            return method
                    .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("next++"), CodeBlock.of("after.id()")))
                    .addStatement("return next")
                    .build();
        }
        method.beginControlFlow("switch (sort)");
        for (PropertyModel key : fields) {
            CodeBlock value = CodeBlock.of("($T) after.value()", TypeNames.boxed(key.type()));
            CodeBlock bind = JdbcCode.bind(key, "statement", CodeBlock.of("next++"), value);
            method.beginControlFlow("case $L, $L ->", ListQueryWriter.sortConstant(key, false),
                    ListQueryWriter.sortConstant(key, true));
            if (nullable(entity, key)) {
                method.beginControlFlow("if (after.value() != null)")
                        .addStatement(bind)
                        .addStatement(bind)
                        .endControlFlow();
            } else {
                method.addStatement(bind);
            }
            method.endControlFlow();
        }
        method.addCode("default -> {\n$>// the id alone\n$<}\n")
                .endControlFlow()
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("next++"), CodeBlock.of("after.id()")))
                .addStatement("return next");
        return method.build();
    }
}
