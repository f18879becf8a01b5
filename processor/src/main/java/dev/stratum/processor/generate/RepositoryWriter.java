package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.TableIndex;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.schema.ConstraintNames;
import dev.stratum.processor.schema.SchemaMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Writes {@code PetRepository}: plain JDBC against a {@link DataSource}, SQL in constants, bind parameters only,
 * optimistic locking on update and a capped page of rows.
 */
public final class RepositoryWriter implements EntityWriter {

    private static final ClassName SQL_ERRORS = ClassName.get("dev.stratum.runtime.jdbc", "SqlErrors");
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName PAGE_REQUEST = ClassName.get("dev.stratum.runtime.paging", "PageRequest");

    @Override
    public JavaFile write(EntityModel entity) {
        var sql = new RepositorySql(entity);
        TypeSpec.Builder repository = TypeSpec.classBuilder(TypeNames.repository(entity))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(constant("INSERT", sql.insert()))
                .addField(constant("SELECT_BY_ID", sql.selectById()))
                .addField(constant("UPDATE", sql.update()))
                .addField(constant("DELETE_BY_ID", sql.deleteById()))
                .addField(constant("DELETE", sql.delete()))
                .addField(constant("SELECT_PAGE", sql.selectPage()))
                .addField(constant("COUNT", sql.count()))
                .addFields(KeysetRepositoryCode.constants(entity))
                .addFields(ListQueryRepositoryCode.constants(entity))
                .addFields(RelationCode.constants(entity))
                .addFields(BulkRepositoryCode.constants(entity))
                .addFields(uniqueFields(entity))
                .addFields(referenceFields(entity))
                .addFields(referrers(entity))
                .addField(DataSource.class, "dataSource", Modifier.PRIVATE, Modifier.FINAL)
                .addFields(OwnerScoping.fields(entity))
                .addMethod(OwnerScoping.constructor(entity))
                .addMethod(insert(entity))
                .addMethod(findById(entity))
                .addMethod(update(entity))
                .addMethod(deleteById(entity))
                .addMethod(delete(entity))
                .addMethod(findPage(entity))
                .addMethod(KeysetRepositoryCode.findPageAfter(entity))
                .addMethods(ListQueryRepositoryCode.methods(entity))
                .addMethods(BulkRepositoryCode.methods(entity))
                .addMethod(bindFields(entity, "bindFields", entity.fields()))
                .addMethods(OwnerScoping.methods(entity))
                .addMethods(RelationCode.methods(entity))
                .addMethod(map(entity));
        String updateBinder = updateBinder(entity);
        if (!updateBinder.equals("bindFields")) {
            repository.addMethod(bindFields(entity, updateBinder, entity.updatableFields()));
        }
        Sources.mark(repository, entity, "Reads and writes " + entity.simpleName()
                + " rows with plain JDBC and bind parameters; updates check the version"
                + (entity.owner().isPresent() ? ", and every statement sees only the caller's own rows." : "."));
        return Sources.file(entity, repository.build());
    }

    /** A SQL constant; the finders' writer shares it, so all generated SQL reads alike. */
    static FieldSpec constant(String name, String sql) {
        return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", textBlock(sql))
                .build();
    }

    /** A text block, so the SQL reads as SQL; single lines stay plain string literals. */
    private static String textBlock(String sql) {
        if (!sql.contains("\n")) {
            return "\"" + sql + "\"";
        }
        return "\"\"\"\n" + sql.indent(8).stripTrailing() + "\"\"\"";
    }

    private static MethodSpec insert(EntityModel entity) {
        String variable = variable(entity);
        PropertyModel version = entity.version().orElseThrow();
        int fields = entity.storedFields().size();
        boolean identity = entity.idStrategy() == IdStrategy.IDENTITY;
        var body = CodeBlock.builder()
                .addStatement("$L.$L($L)", variable, version.setter(), version.type().kind() == ValueKind.LONG ? "0L" : "0")
                .add(OwnerScoping.stampInsert(entity, variable))
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = $L)$<$<",
                        Connection.class, PreparedStatement.class,
                        identity ? CodeBlock.of("connection.prepareStatement(INSERT, new String[] {$S})", entity.id().column().name())
                                : CodeBlock.of("connection.prepareStatement(INSERT)"))
                .addStatement("bindFields(statement, $L)", variable)
                .addStatement(JdbcCode.bind(version, "statement", CodeBlock.of("$L", fields + 1),
                        CodeBlock.of("$L.$L()", variable, version.getter())));
        if (!identity) {
            body.addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("$L", fields + 2),
                    CodeBlock.of("$L.$L()", variable, entity.id().getter())));
        }
        body.addStatement("statement.executeUpdate()");
        if (identity) {
            body.beginControlFlow("try ($T keys = statement.getGeneratedKeys())", ResultSet.class)
                    .addStatement("keys.next()")
                    .addStatement("$L.$L(keys.getLong(1))", variable, entity.id().setter())
                    .endControlFlow();
        }
        body.add(catchSqlExceptionOfWrite(entity)).endControlFlow();
        return MethodSpec.methodBuilder("insert")
                .addJavadoc(identity
                        ? "Inserts {@code $L} with version 0 and sets the id the database assigned.\n"
                        : "Inserts {@code $L}, whose id is already set, with version 0.\n", variable)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(TypeNames.entity(entity), variable)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec findById(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        var body = CodeBlock.builder()
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(SELECT_BY_ID))$<$<",
                        Connection.class, PreparedStatement.class)
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("1"), CodeBlock.of("id")))
                .add(OwnerScoping.bind(entity, 2))
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .add(readOne(entity))
                .endControlFlow()
                .add(catchSqlException(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("findById")
                .addJavadoc("The $L with the given id, if there is one.\n", Naming.decapitalize(entity.simpleName()))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addCode(body.build())
                .build();
    }

    /** The found row, with its expanded children read on the same connection when it has any. */
    private static CodeBlock readOne(EntityModel entity) {
        if (entity.childSummaries().isEmpty()) {
            return CodeBlock.of("return row.next() ? $T.of(map(row)) : $T.empty();\n", Optional.class, Optional.class);
        }
        String variable = variable(entity);
        return CodeBlock.builder()
                .beginControlFlow("if (!row.next())")
                .addStatement("return $T.empty()", Optional.class)
                .endControlFlow()
                .addStatement("$T $L = map(row)", TypeNames.entity(entity), variable)
                .add(RelationCode.loadChildren(entity, CodeBlock.of("$T.of($L)", List.class, variable)))
                .addStatement("return $T.of($L)", Optional.class, variable)
                .build();
    }

    private static MethodSpec update(EntityModel entity) {
        String variable = variable(entity);
        PropertyModel version = entity.version().orElseThrow();
        int fields = entity.storedUpdatableFields().size();
        CodeBlock currentVersion = CodeBlock.of("$L.$L()", variable, version.getter());
        var body = CodeBlock.builder()
                .add(OwnerScoping.stampUpdate(entity, variable))
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(UPDATE))$<$<",
                        Connection.class, PreparedStatement.class)
                .addStatement("$L(statement, $L)", updateBinder(entity),
                        variable)
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("$L", fields + 1),
                        CodeBlock.of("$L.$L()", variable, entity.id().getter())))
                .addStatement(JdbcCode.bind(version, "statement", CodeBlock.of("$L", fields + 2), currentVersion))
                .add(OwnerScoping.bind(entity, fields + 3))
                .beginControlFlow("if (statement.executeUpdate() == 0)")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$L.$L($L + 1)", variable, version.setter(), currentVersion)
                .addStatement("return true")
                .add(catchSqlExceptionOfWrite(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("update")
                .addJavadoc("Writes {@code $L} if its version is still current, then increments the version.\n\n"
                        + "@return false when no row has this id and version: it was changed or deleted meanwhile\n", variable)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(TypeNames.entity(entity), variable)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec deleteById(EntityModel entity) {
        var body = CodeBlock.builder()
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(DELETE_BY_ID))$<$<",
                        Connection.class, PreparedStatement.class)
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("1"), CodeBlock.of("id")))
                .add(OwnerScoping.bind(entity, 2))
                .addStatement("return statement.executeUpdate() == 1")
                .add(catchSqlExceptionOfDelete(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("deleteById")
                .addJavadoc("Deletes the row with the given id.\n\n@return false when there was none\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(TypeNames.declared(entity.id()), "id")
                .addCode(body.build())
                .build();
    }

    private static MethodSpec delete(EntityModel entity) {
        String variable = variable(entity);
        PropertyModel version = entity.version().orElseThrow();
        var body = CodeBlock.builder()
                .beginControlFlow("try ($T connection = dataSource.getConnection();\n$>$>$T statement = connection.prepareStatement(DELETE))$<$<",
                        Connection.class, PreparedStatement.class)
                .addStatement(JdbcCode.bind(entity.id(), "statement", CodeBlock.of("1"),
                        CodeBlock.of("$L.$L()", variable, entity.id().getter())))
                .addStatement(JdbcCode.bind(version, "statement", CodeBlock.of("2"),
                        CodeBlock.of("$L.$L()", variable, version.getter())))
                .add(OwnerScoping.bind(entity, 3))
                .addStatement("return statement.executeUpdate() == 1")
                .add(catchSqlExceptionOfDelete(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("delete")
                .addJavadoc("Deletes {@code $L} if its version is still current.\n\n"
                        + "@return false when no row has this id and version: it was changed or deleted meanwhile\n", variable)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(TypeNames.entity(entity), variable)
                .addCode(body.build())
                .build();
    }

    private static MethodSpec findPage(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        var body = CodeBlock.builder()
                .beginControlFlow("try ($T connection = dataSource.getConnection())", Connection.class)
                .addStatement("$T items = new $T<>(request.size())", list, ArrayList.class)
                .beginControlFlow("try ($T statement = connection.prepareStatement(SELECT_PAGE))", PreparedStatement.class)
                .add(OwnerScoping.bind(entity, 1))
                .addStatement("statement.setLong($L, request.offset())", 1 + OwnerScoping.parameters(entity))
                .addStatement("statement.setInt($L, request.size())", 2 + OwnerScoping.parameters(entity))
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("while (row.next())")
                .addStatement("items.add(map(row))")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .add(RelationCode.loadChildren(entity, CodeBlock.of("items")))
                .add(count(entity))
                .add(catchSqlException(entity))
                .endControlFlow();
        return MethodSpec.methodBuilder("findPage")
                .addJavadoc("One page of rows in id order, with the total count.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(PAGE, type))
                .addParameter(PAGE_REQUEST, "request")
                .addCode(body.build())
                .build();
    }

    /** The total count; a scoped count binds the owner before it runs. */
    private static CodeBlock count(EntityModel entity) {
        if (OwnerScoping.parameters(entity) == 0) {
            return CodeBlock.builder()
                    .beginControlFlow("try ($T statement = connection.prepareStatement(COUNT);\n$>$>$T row = statement.executeQuery())$<$<",
                            PreparedStatement.class, ResultSet.class)
                    .addStatement("row.next()")
                    .addStatement("return $T.of(items, request, row.getLong(1))", PAGE)
                    .endControlFlow()
                    .build();
        }
        return CodeBlock.builder()
                .beginControlFlow("try ($T statement = connection.prepareStatement(COUNT))", PreparedStatement.class)
                .add(OwnerScoping.bind(entity, 1))
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .addStatement("row.next()")
                .addStatement("return $T.of(items, request, row.getLong(1))", PAGE)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /**
     * Binds fields to parameters 1..n: all non-key fields in the order INSERT lists them, or, when some are written on
     * insert only, the fields UPDATE sets.
     */
    /**
     * The method that binds an UPDATE's values: {@code bindFields} when every field may change, else
     * {@code bindUpdatableFields}, which leaves out those fixed at insert.
     */
    static String updateBinder(EntityModel entity) {
        return entity.updatableFields().equals(entity.fields()) ? "bindFields" : "bindUpdatableFields";
    }

    private static MethodSpec bindFields(EntityModel entity, String name, List<PropertyModel> fields) {
        String variable = variable(entity);
        var method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(PreparedStatement.class, "statement")
                .addParameter(TypeNames.entity(entity), variable)
                .addException(SQLException.class);
        for (int i = 0; i < fields.size(); i++) {
            PropertyModel field = fields.get(i);
            method.addStatement(JdbcCode.bind(field, "statement", CodeBlock.of("$L", i + 1),
                    Accessors.get(field, variable)));
        }
        int index = fields.size();
        for (EmbeddedModel embedded : entity.embedded()) {
            // A null embedded value is stored as NULL in each of its columns, as JPA does.
            method.addStatement("$T $N = $L.$L()", TypeNames.embeddable(embedded), embedded.name(), variable,
                    embedded.getter());
            for (PropertyModel component : embedded.components()) {
                index++;
                method.addStatement(JdbcCode.bind(component, "statement", CodeBlock.of("$L", index),
                        CodeBlock.of("$N == null ? null : $N.$L()", embedded.name(), embedded.name(),
                                component.getter())));
            }
        }
        return method.build();
    }

    /**
     * Reads a row of every column, by position in the order every SELECT of the entity lists them (no name lookups per
     * row); package-private so the entity's finders map rows the same way.
     */
    private static MethodSpec map(EntityModel entity) {
        String variable = variable(entity);
        ClassName type = TypeNames.entity(entity);
        var method = MethodSpec.methodBuilder("map")
                .addModifiers(Modifier.STATIC)
                .returns(type)
                .addParameter(ResultSet.class, "row")
                .addException(SQLException.class)
                .addStatement("$T $L = new $T()", type, variable, type);
        List<PropertyModel> columns = entity.columns();
        for (int i = 0; i < columns.size(); i++) {
            PropertyModel column = columns.get(i);
            method.addCode("$L; // $L\n", Accessors.set(column, variable, JdbcCode.read(column, "row", i + 1)),
                    column.column().name());
        }
        int position = columns.size();
        for (EmbeddedModel embedded : entity.embedded()) {
            method.addCode(readEmbedded(embedded, variable, position));
            position += embedded.components().size();
        }
        return method.addCode(RelationCode.readJoined(entity, variable))
                .addStatement("return $L", variable).build();
    }

    /**
     * Reads an embedded value's columns into locals and sets the value only when one of them is not NULL, so a value
     * stored as all NULLs reads back as null, as JPA does.
     */
    private static CodeBlock readEmbedded(EmbeddedModel embedded, String variable, int position) {
        var code = CodeBlock.builder();
        var locals = new ArrayList<String>();
        for (PropertyModel component : embedded.components()) {
            String local = embedded.name() + Naming.capitalize(component.name());
            locals.add(local);
            position++;
            code.addStatement("$T $N = $L", TypeNames.boxed(component.type()), local,
                    JdbcCode.read(component, "row", position));
        }
        code.beginControlFlow("if ($L)", locals.stream().map(local -> local + " != null")
                .collect(Collectors.joining(" || ")));
        ClassName type = TypeNames.embeddable(embedded);
        if (embedded.record()) {
            code.addStatement("$L.$L(new $T($L))", variable, embedded.setter(), type, String.join(", ", locals));
        } else {
            code.addStatement("$T $N = new $T()", type, embedded.name(), type);
            for (int i = 0; i < locals.size(); i++) {
                code.addStatement("$N.$L($N)", embedded.name(), embedded.components().get(i).setter(), locals.get(i));
            }
            code.addStatement("$L.$L($N)", variable, embedded.setter(), embedded.name());
        }
        return code.endControlFlow().build();
    }

    static CodeBlock catchSqlException(EntityModel entity) {
        return CodeBlock.builder()
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw $T.translate(e, $S)", SQL_ERRORS, entity.simpleName())
                .build();
    }

    /**
     * Only inserts and updates can break a unique constraint or reference a missing row, so only they name the
     * duplicated or dangling field.
     */
    static CodeBlock catchSqlExceptionOfWrite(EntityModel entity) {
        boolean unique = !uniqueFields(entity).isEmpty();
        if (!unique && referenceFields(entity).isEmpty()) {
            return catchSqlException(entity);
        }
        CodeBlock maps = referenceFields(entity).isEmpty()
                ? CodeBlock.of("UNIQUE_FIELDS")
                : CodeBlock.of("$L, REFERENCE_FIELDS", unique ? CodeBlock.of("UNIQUE_FIELDS") : CodeBlock.of("$T.of()", Map.class));
        return CodeBlock.builder()
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw $T.translate(e, $S, $L)", SQL_ERRORS, entity.simpleName(), maps)
                .build();
    }

    /** A delete fails while another row references this one; the problem names the relation that does. */
    private static CodeBlock catchSqlExceptionOfDelete(EntityModel entity) {
        if (entity.referrers().isEmpty()) {
            return catchSqlException(entity);
        }
        return CodeBlock.builder()
                .nextControlFlow("catch ($T e)", SQLException.class)
                .addStatement("throw $T.translateDelete(e, $S, REFERRERS)", SQL_ERRORS, entity.simpleName())
                .build();
    }

    /** Which request field each foreign key of the table is set from, so a dangling reference is reported on it. */
    private static List<FieldSpec> referenceFields(EntityModel entity) {
        List<PropertyModel> references = entity.references();
        if (references.isEmpty()) {
            return List.of();
        }
        return List.of(constantMap("REFERENCE_FIELDS", references.stream()
                .map(field -> CodeBlock.of("$S, $S", ConstraintNames.foreignKey(entity.table(), field.column().name()),
                        field.name()))
                .toList()));
    }

    /** Which relation of another entity each foreign key referencing this table belongs to, e.g. Pet.ownerId. */
    private static List<FieldSpec> referrers(EntityModel entity) {
        if (entity.referrers().isEmpty()) {
            return List.of();
        }
        return List.of(constantMap("REFERRERS", entity.referrers().stream()
                .map(referrer -> CodeBlock.of("$S, $S", ConstraintNames.foreignKey(referrer.table(), referrer.column()),
                        referrer.entity() + "." + referrer.property()))
                .toList()));
    }

    private static FieldSpec constantMap(String name, List<CodeBlock> entries) {
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
        return FieldSpec.builder(map, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$L$<$<)", Map.class, CodeBlock.join(entries, ",\n"))
                .build();
    }

    /**
     * Which request fields each unique constraint or unique index guards, so a duplicate is reported on them: one
     * field, or several separated by commas for a composite one.
     */
    private static List<FieldSpec> uniqueFields(EntityModel entity) {
        var entries = new ArrayList<CodeBlock>();
        var names = new java.util.HashSet<String>();
        entity.fields().stream().filter(field -> field.column().unique()).forEach(field -> {
            String name = ConstraintNames.unique(entity.table(), field.column().name());
            names.add(name);
            entries.add(CodeBlock.of("$S, $S", name, field.name()));
        });
        // A field of an embedded value is named by its path, which the problem turns into its pointer.
        for (EmbeddedModel embedded : entity.embedded()) {
            embedded.components().stream().filter(component -> component.column().unique()).forEach(component -> {
                String name = ConstraintNames.unique(entity.table(), component.column().name());
                names.add(name);
                entries.add(CodeBlock.of("$S, $S", name, embedded.name() + "." + component.name()));
            });
        }
        entity.tableIndexes().stream().filter(TableIndex::unique).forEach(declared -> {
            String fields = declared.columnNames().stream().map(column -> fieldPath(entity, column))
                    .collect(Collectors.joining(","));
            String name = SchemaMapper.declaredName(entity.table(), declared);
            if (names.add(name)) {
                entries.add(CodeBlock.of("$S, $S", name, fields));
            }
        });
        if (entries.isEmpty()) {
            return List.of();
        }
        CodeBlock joined = CodeBlock.join(entries, ",\n");
        TypeName map = ParameterizedTypeName.get(Map.class, String.class, String.class);
        return List.of(FieldSpec.builder(map, "UNIQUE_FIELDS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of(\n$>$>$L$<$<)", Map.class, joined)
                .build());
    }

    /** The field that maps {@code column}: its name, or its path ({@code address.city}) in an embedded value. */
    private static String fieldPath(EntityModel entity, String column) {
        for (PropertyModel field : entity.columns()) {
            if (field.column().name().equals(column)) {
                return field.name();
            }
        }
        for (EmbeddedModel embedded : entity.embedded()) {
            for (PropertyModel component : embedded.components()) {
                if (component.column().name().equals(column)) {
                    return embedded.name() + "." + component.name();
                }
            }
        }
        return column;
    }

    private static String variable(EntityModel entity) {
        return Naming.decapitalize(entity.simpleName());
    }

    /** The SQL of the repository, built from the model; identifiers come from the model, values are parameters. */
    record RepositorySql(EntityModel entity) {

        String insert() {
            List<PropertyModel> columns = new ArrayList<>(entity.storedFields());
            columns.add(entity.version().orElseThrow());
            if (entity.idStrategy() != IdStrategy.IDENTITY) {
                columns.add(entity.id());
            }
            return "INSERT INTO " + entity.table() + " (" + names(columns) + ")\nVALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")\n";
        }

        String selectById() {
            return "SELECT " + selectList(entity) + "\nFROM " + RelationCode.from(entity) + "\nWHERE "
                    + RelationCode.column(entity, entity.id()) + " = ?" + OwnerScoping.and(entity) + "\n";
        }

        String update() {
            String version = entity.version().orElseThrow().column().name();
            String assignments = entity.storedUpdatableFields().stream()
                    .map(field -> field.column().name() + " = ?")
                    .collect(Collectors.joining(",\n    "));
            return "UPDATE " + entity.table() + "\nSET " + assignments
                    + (entity.storedUpdatableFields().isEmpty() ? "" : ",\n    ")
                    + version + " = " + version + " + 1\nWHERE " + idAndVersion() + OwnerScoping.and(entity) + "\n";
        }

        String deleteById() {
            return "DELETE FROM " + entity.table() + " WHERE " + RelationCode.column(entity, entity.id()) + " = ?"
                    + OwnerScoping.and(entity);
        }

        String delete() {
            return "DELETE FROM " + entity.table() + " WHERE " + idAndVersion() + OwnerScoping.and(entity);
        }

        private String idAndVersion() {
            return RelationCode.column(entity, entity.id()) + " = ? AND "
                    + RelationCode.column(entity, entity.version().orElseThrow()) + " = ?";
        }

        String selectPage() {
            return "SELECT " + selectList(entity) + "\nFROM " + RelationCode.from(entity) + OwnerScoping.where(entity)
                    + "\nORDER BY " + RelationCode.column(entity, entity.id())
                    + "\nOFFSET ? ROWS FETCH NEXT ? ROWS ONLY\n";
        }

        String count() {
            return "SELECT COUNT(*) FROM " + entity.table() + OwnerScoping.where(entity).replace('\n', ' ');
        }

        /**
         * The columns every SELECT of the entity lists, its finders' and keyset pages' too: {@code map} reads them by
         * position in this order, the joined summaries of expanded relations last. Such a SELECT reads
         * {@code FROM} {@link RelationCode#from}.
         */
        static String selectList(EntityModel entity) {
            return wrapped(entity.storedColumns().stream().map(column -> RelationCode.column(entity, column)).toList(),
                    "SELECT ".length()) + RelationCode.joinedColumns(entity);
        }

        /**
         * Comma-separated from column {@code start} of a line on, with a new line indented by four before a column
         * that would pass the hundredth character.
         */
        static String wrapped(List<String> columns, int start) {
            var list = new StringBuilder();
            int line = start;
            for (String column : columns) {
                if (list.length() > 0) {
                    list.append(',');
                    line++;
                    if (line + 1 + column.length() > 100) {
                        list.append("\n    ");
                        line = 4;
                    } else {
                        list.append(' ');
                        line++;
                    }
                }
                list.append(column);
                line += column.length();
            }
            return list.toString();
        }

        private static String names(List<PropertyModel> columns) {
            return columns.stream().map(c -> c.column().name()).collect(Collectors.joining(", "));
        }
    }
}
