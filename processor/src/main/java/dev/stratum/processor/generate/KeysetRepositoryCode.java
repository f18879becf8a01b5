package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.EntityModel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The keyset read of a repository: rows in id order after a given id, {@code WHERE id > ?} instead of an
 * {@code OFFSET}, so every page costs one index range scan whatever its depth; scoped to the caller's rows like every
 * other read of an owner-scoped entity. The id is the only sort key, so it is
 * never null and ties cannot occur.
 */
final class KeysetRepositoryCode {

    private KeysetRepositoryCode() {
    }

    static List<FieldSpec> constants(EntityModel entity) {
        return List.of(
                RepositoryWriter.constant("SELECT_FIRST_ROWS", select(entity, ownerOnly(entity))),
                RepositoryWriter.constant("SELECT_ROWS_AFTER",
                        select(entity, "WHERE " + id(entity) + " > ?" + OwnerScoping.and(entity) + "\n")));
    }

    static MethodSpec findPageAfter(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        var body = CodeBlock.builder()
                .addStatement("String sql = after == null ? SELECT_FIRST_ROWS : SELECT_ROWS_AFTER")
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(sql))$<$<",
                        Connection.class, PreparedStatement.class)
                .beginControlFlow("if (after == null)")
                .add(OwnerScoping.bind(entity, 1))
                .addStatement("statement.setInt($L, limit)", 1 + OwnerScoping.parameters(entity))
                .nextControlFlow("else")
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("1"), CodeBlock.of("after")))
                .add(OwnerScoping.bind(entity, 2))
                .addStatement("statement.setInt($L, limit)", 2 + OwnerScoping.parameters(entity))
                .endControlFlow()
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
                .addJavadoc("Up to {@code limit} rows in id order that follow the row with id {@code after}, or the first"
                        + " rows\nwhen it is null.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(list)
                .addParameter(TypeNames.boxed(entity.id().type()), "after")
                .addParameter(int.class, "limit")
                .addCode(body.build())
                .build();
    }

    private static String select(EntityModel entity, String where) {
        return "SELECT " + RepositoryWriter.RepositorySql.selectList(entity) + "\nFROM " + RelationCode.from(entity) + "\n" + where + "ORDER BY " + id(entity)
                + "\nFETCH FIRST ? ROWS ONLY\n";
    }

    /** The first page's condition: the caller's own rows on an owner-scoped entity, none otherwise. */
    private static String ownerOnly(EntityModel entity) {
        String where = OwnerScoping.where(entity).strip();
        return where.isEmpty() ? "" : where + "\n";
    }

    private static String id(EntityModel entity) {
        return RelationCode.column(entity, entity.id());
    }
}
