package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The bulk operations of a repository: {@code insertAll} and {@code updateAll} as one JDBC batch each, all or nothing
 * (in the caller's transaction, or in one of their own), with the version, owner and audit fields handled as the
 * single-row methods handle them, the audit times of a whole batch from one reading of the clock; and
 * {@code streamAll}, which reads every row lazily with a fetch size, and the expanded lists of a chunk of rows at a time.
 */
final class BulkRepositoryCode {

    private static final ClassName BATCHES = ClassName.get("dev.stratum.runtime.jdbc", "JdbcBatches");
    private static final ClassName STREAMS = ClassName.get("dev.stratum.runtime.jdbc", "JdbcStreams");

    private static final String READ_ONCE = "The clock and the caller are read once: every row of the batch gets the"
            + " same stamps.\n";

    private BulkRepositoryCode() {
    }

    static List<FieldSpec> constants(EntityModel entity) {
        String where = OwnerScoping.where(entity);
        return List.of(RepositoryWriter.constant("SELECT_ALL", "SELECT " + RepositoryWriter.RepositorySql.selectList(entity)
                + "\nFROM " + RelationCode.from(entity) + where
                + "\nORDER BY " + RelationCode.column(entity, entity.id()) + "\n"));
    }

    static List<MethodSpec> methods(EntityModel entity) {
        return List.of(insertAll(entity), updateAll(entity), streamAll(entity), streamAllWithFetchSize(entity));
    }

    private static MethodSpec insertAll(EntityModel entity) {
        String variable = variable(entity);
        String rows = rows(entity);
        PropertyModel version = entity.version().orElseThrow();
        int fields = entity.storedFields().size();
        boolean identity = entity.idStrategy() == IdStrategy.IDENTITY;
        var body = CodeBlock.builder()
                .beginControlFlow("if ($L.isEmpty())", rows)
                .addStatement("return")
                .endControlFlow()
                .add(OwnerScoping.readStampsForInsert(entity))
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = $L)$<$<",
                        Connection.class, PreparedStatement.class,
                        identity ? CodeBlock.of("connection.prepareStatement(INSERT, new String[] {$S})", entity.id().column().name())
                                : CodeBlock.of("connection.prepareStatement(INSERT)"))
                .beginControlFlow("for ($T $L : $L)", TypeNames.entity(entity), variable, rows)
                .addStatement("$L.$L($L)", variable, version.setter(), version.type().kind() == ValueKind.LONG ? "0L" : "0")
                .add(OwnerScoping.fillInsertStamps(entity, variable))
                .addStatement("bindFields(statement, $L)", variable)
                .addStatement(JdbcCode.bind(version, "statement", CodeBlock.of("$L", fields + 1),
                        CodeBlock.of("$L.$L()", variable, version.getter())));
        if (!identity) {
            body.addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("$L", fields + 2),
                    CodeBlock.of("$L.$L()", variable, entity.id().getter())));
        }
        body.addStatement("statement.addBatch()")
                .endControlFlow()
                .addStatement("$T.execute(statement)", BATCHES);
        if (identity) {
            body.beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
                    .beginControlFlow("for ($T $L : $L)", TypeNames.entity(entity), variable, rows)
                    .addStatement("keys.next()")
                    .addStatement("$L.$L(keys.getLong(1))", variable, entity.id().setter())
                    .endControlFlow()
                    .endControlFlow();
        }
        body.add(RepositoryWriter.catchSqlExceptionOfWrite(entity)).endControlFlow();
        return MethodSpec.methodBuilder("insertAll")
                .addJavadoc("Inserts {@code $L} in one JDBC batch, each with version 0$L; all or nothing.\n$L", rows,
                        identity ? ",\nand sets the ids the database assigned" : "",
                        OwnerScoping.readStampsForInsert(entity).isEmpty() ? "" : READ_ONCE)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(list(entity), rows)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec updateAll(EntityModel entity) {
        String variable = variable(entity);
        String rows = rows(entity);
        PropertyModel version = entity.version().orElseThrow();
        int fields = entity.storedUpdatableFields().size();
        var body = CodeBlock.builder()
                .beginControlFlow("if ($L.isEmpty())", rows)
                .addStatement("return")
                .endControlFlow()
                .add(OwnerScoping.readStampsForUpdate(entity))
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(UPDATE))$<$<",
                        Connection.class, PreparedStatement.class)
                .beginControlFlow("for ($T $L : $L)", TypeNames.entity(entity), variable, rows)
                .add(OwnerScoping.fillUpdateStamps(entity, variable))
                .addStatement("$L(statement, $L)", RepositoryWriter.updateBinder(entity),
                        variable)
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("$L", fields + 1),
                        CodeBlock.of("$L.$L()", variable, entity.id().getter())))
                .addStatement(JdbcCode.bind(version, "statement", CodeBlock.of("$L", fields + 2),
                        CodeBlock.of("$L.$L()", variable, version.getter())))
                .add(OwnerScoping.bind(entity, fields + 3))
                .addStatement("statement.addBatch()")
                .endControlFlow()
                .addStatement("$T.executeChecked(statement, $S, $L, $T::$L)", BATCHES, entity.simpleName(), rows,
                        TypeNames.entity(entity), entity.id().getter())
                .beginControlFlow("for ($T $L : $L)", TypeNames.entity(entity), variable, rows)
                .addStatement("$L.$L($L.$L() + 1)", variable, version.setter(), variable, version.getter())
                .endControlFlow()
                .add(RepositoryWriter.catchSqlExceptionOfWrite(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("updateAll")
                .addJavadoc("Writes {@code $L} in one JDBC batch if every version is still current, then increments"
                        + " the versions;\nall or nothing.\n$L\n"
                        + "@throws $T when a row has another version or is gone: then no row is written\n", rows,
                        OwnerScoping.readStampsForUpdate(entity).isEmpty() ? "" : READ_ONCE,
                        ClassName.get("dev.stratum.runtime.problem", "VersionConflictException"))
                .addModifiers(Modifier.PUBLIC)
                .addParameter(list(entity), rows)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec streamAll(EntityModel entity) {
        return MethodSpec.methodBuilder("streamAll")
                .addJavadoc("Every row in id order, read lazily {@link $T#DEFAULT_FETCH_SIZE} at a time; close the"
                        + " stream to release\nthe connection.\n", STREAMS)
                .addModifiers(Modifier.PUBLIC)
                .returns(stream(entity))
                .addStatement("return streamAll($T.DEFAULT_FETCH_SIZE)", STREAMS)
                .build();
    }

    private static MethodSpec streamAllWithFetchSize(EntityModel entity) {
        CodeBlock binder = entity.owner().isEmpty()
                ? CodeBlock.of("statement -> { }")
                : CodeBlock.of("statement -> bindOwnerScope(statement, 1)");
        var method = MethodSpec.methodBuilder("streamAll")
                .addJavadoc("Every row in id order, read lazily {@code fetchSize} at a time; close the stream to release"
                        + " the connection.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(stream(entity))
                .addParameter(int.class, "fetchSize");
        if (entity.childSummaries().isEmpty()) {
            return method.addStatement("return $T.stream(dataSource, SELECT_ALL, fetchSize,\n$L, $T::map, $S)", STREAMS,
                    binder, TypeNames.repository(entity), entity.simpleName()).build();
        }
        return method.addJavadoc("The expanded lists of each chunk of {@code fetchSize} rows are read in one more statement"
                        + " per list,\nbefore the chunk's rows are returned.\n")
                .addStatement("return $T.stream(dataSource, SELECT_ALL, fetchSize,\n$L, $T::map, $T::$L, $S)", STREAMS,
                        binder, TypeNames.repository(entity), TypeNames.repository(entity), RelationCode.LOAD_ALL,
                        entity.simpleName())
                .build();
    }

    private static ParameterizedTypeName list(EntityModel entity) {
        return ParameterizedTypeName.get(ClassName.get(List.class), TypeNames.entity(entity));
    }

    private static ParameterizedTypeName stream(EntityModel entity) {
        return ParameterizedTypeName.get(ClassName.get(Stream.class), TypeNames.entity(entity));
    }

    private static String variable(EntityModel entity) {
        return Naming.decapitalize(entity.simpleName());
    }

    private static String rows(EntityModel entity) {
        return Naming.plural(variable(entity));
    }
}
