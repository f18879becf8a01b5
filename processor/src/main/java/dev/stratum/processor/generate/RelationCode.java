package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.Expansion;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.SummaryModel;
import dev.stratum.processor.model.ValueKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The repository's part of expanded relations ({@code @Expand}), kept apart from the rest of its SQL.
 *
 * <p>A {@code @ManyToOne} summary is joined into every statement that reads whole rows: the related table under the
 * relation's alias ({@code LEFT JOIN owners owner__ ON owner__.id = pets.owner_id}). The entity's own columns are then
 * named with its table ({@code pets.name}, {@link #column}) in every statement of its repository, its finders and its
 * list queries, so none becomes ambiguous with a joined one. A plain join, not a derived table of the summary's columns:
 * H2 runs a derived table as a view, which made a read by id about an eighth slower (the benchmark's findById).
 *
 * <p>A {@code @OneToMany} list is read for a whole page of rows in one more statement, {@code fk = ANY(?)} with the
 * page's ids bound as one array, and grouped in memory; at most the expansion's limit of children per row, the first
 * ones in id order. The repository's own reads call {@code loadPets}; the finders and {@code streamAll}, which read rows
 * elsewhere, call the package-private {@code loadChildren}, which loads every expanded list of a list of rows.
 */
final class RelationCode {

    private static final ClassName SQL_ARRAYS = ClassName.get("dev.stratum.runtime.jdbc", "SqlArrays");

    /** The repository's package-private method that loads every expanded list of some rows. */
    static final String LOAD_ALL = "loadChildren";

    private RelationCode() {
    }

    /** The FROM clause of a statement that reads whole rows: the table, then one join per expanded many-to-one. */
    static String from(EntityModel entity) {
        var from = new StringBuilder(entity.table());
        for (Expansion joined : entity.joinedSummaries()) {
            SummaryModel target = joined.target();
            String alias = joined.alias();
            from.append("\nLEFT JOIN ").append(target.table()).append(' ').append(alias).append(" ON ").append(alias)
                    .append('.').append(target.id().column().name()).append(" = ")
                    .append(column(entity, joined.foreignKey()));
        }
        return from.toString();
    }

    /**
     * How the entity's statements name one of its own columns: qualified by its table when its reads join expanded
     * summaries ({@code pets.name}), bare otherwise. Every condition and ordering uses it, in reads and writes alike, so
     * one fragment serves a joined SELECT and the COUNT, UPDATE or DELETE beside it.
     */
    static String column(EntityModel entity, PropertyModel property) {
        return column(entity, property.column().name());
    }

    static String column(EntityModel entity, String column) {
        return entity.joinedSummaries().isEmpty() ? column : entity.table() + "." + column;
    }

    /** The joined summary columns after the entity's own, on a line of their own ({@code owner__.name}), or nothing. */
    static String joinedColumns(EntityModel entity) {
        List<String> columns = entity.joinedSummaries().stream()
                .flatMap(joined -> joined.target().fields().stream().map(field -> joinedColumn(joined, field)))
                .toList();
        return columns.isEmpty() ? "" : ",\n    " + RepositoryWriter.RepositorySql.wrapped(columns, 4);
    }

    private static String joinedColumn(Expansion joined, PropertyModel field) {
        return joined.alias() + "." + field.column().name();
    }

    /** In {@code map}, after the entity's own columns: fills each joined reference's summary fields. */
    static CodeBlock readJoined(EntityModel entity, String variable) {
        var code = CodeBlock.builder();
        int position = entity.storedColumns().size();
        for (Expansion joined : entity.joinedSummaries()) {
            SummaryModel target = joined.target();
            ClassName type = ClassName.get(target.packageName(), target.simpleName());
            String local = joined.field().equals(variable) ? "joined" + Naming.capitalize(joined.field()) : joined.field();
            code.addStatement("$T $L = $L.$L()", type, local, variable, joined.getter())
                    .beginControlFlow("if ($L != null)", local);
            for (PropertyModel field : target.fields()) {
                position++;
                code.add("$L; // $L\n", Accessors.set(field, local, JdbcCode.read(field, "row", position)),
                        joinedColumn(joined, field));
            }
            code.endControlFlow();
        }
        return code.build();
    }

    /** One SQL constant per expanded one-to-many: {@code SELECT_PETS}. */
    static List<FieldSpec> constants(EntityModel entity) {
        return entity.childSummaries().stream()
                .map(children -> RepositoryWriter.constant(constantName(children), selectChildren(children)))
                .toList();
    }

    private static String selectChildren(Expansion children) {
        SummaryModel child = children.target();
        String columns = children.foreignKey() + ", " + child.properties().stream()
                .map(property -> property.column().name()).collect(Collectors.joining(", "));
        return "SELECT " + columns + "\nFROM (SELECT " + columns + ",\n"
                + "        ROW_NUMBER() OVER (PARTITION BY " + children.foreignKey() + " ORDER BY "
                + child.id().column().name() + ") AS child_rank\n"
                + "    FROM " + child.table() + "\n"
                + "    WHERE " + children.foreignKey() + " = ANY(?)) children\n"
                + "WHERE child_rank <= " + children.limit() + "\n"
                + "ORDER BY " + children.foreignKey() + ", " + child.id().column().name() + "\n";
    }

    /** {@code loadPets(connection, items);} for each expanded one-to-many, or nothing. */
    static CodeBlock loadChildren(EntityModel entity, CodeBlock rows) {
        return entity.childSummaries().stream()
                .map(children -> CodeBlock.of("$L(connection, $L);\n", methodName(children), rows))
                .collect(CodeBlock.joining(""));
    }

    /**
     * {@code loadPets}: reads the children of a page of rows in one statement and sets them on each row; then
     * {@code loadChildren}, which does so for every expanded list, for the finders and streams beside the repository.
     */
    static List<MethodSpec> methods(EntityModel entity) {
        if (entity.childSummaries().isEmpty()) {
            return List.of();
        }
        List<MethodSpec> methods = new ArrayList<>();
        entity.childSummaries().forEach(children -> methods.add(load(entity, children)));
        methods.add(loadAll(entity));
        return methods;
    }

    /** {@code PetRepository.loadChildren(connection, rows);} for an entity with expanded lists, or nothing. */
    static CodeBlock loadChildrenFromBeside(EntityModel entity, String connection, String rows) {
        return entity.childSummaries().isEmpty() ? CodeBlock.of("")
                : CodeBlock.of("$T.$L($L, $L);\n", TypeNames.repository(entity), LOAD_ALL, connection, rows);
    }

    private static MethodSpec loadAll(EntityModel entity) {
        String lists = entity.childSummaries().stream().map(Expansion::field).collect(Collectors.joining(", "));
        return MethodSpec.methodBuilder(LOAD_ALL)
                .addJavadoc("Reads the $L of {@code rows} on {@code connection}, one statement per list, and sets them;"
                        + "\nfor the finders and streams, which read the rows themselves.\n", lists)
                .addModifiers(Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), TypeNames.entity(entity)), "rows")
                .addException(SQLException.class)
                .addCode(loadChildren(entity, CodeBlock.of("rows")))
                .build();
    }

    private static MethodSpec load(EntityModel entity, Expansion children) {
        SummaryModel child = children.target();
        ClassName parentType = TypeNames.entity(entity);
        ClassName childType = ClassName.get(child.packageName(), child.simpleName());
        TypeName id = TypeNames.boxed(entity.id().type());
        TypeName childList = ParameterizedTypeName.get(ClassName.get(List.class), childType);
        TypeName byParent = ParameterizedTypeName.get(ClassName.get(Map.class), id, childList);
        var read = CodeBlock.builder().addStatement("$T child = new $T()", childType, childType);
        List<PropertyModel> properties = child.properties();
        for (int i = 0; i < properties.size(); i++) {
            read.addStatement(Accessors.set(properties.get(i), "child", JdbcCode.read(properties.get(i), "row", i + 2)));
        }
        read.addStatement("children.get($L).add(child)", JdbcCode.read(entity.id(), "row", 1));
        return MethodSpec.methodBuilder(methodName(children))
                .addJavadoc("Reads the $L of {@code rows} in one statement, at most $L each in id order, and sets them.\n",
                        children.field(), children.limit())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(Connection.class, "connection")
                .addParameter(ParameterizedTypeName.get(ClassName.get(List.class), parentType), "rows")
                .addException(SQLException.class)
                .beginControlFlow("if (rows.isEmpty())")
                .addStatement("return")
                .endControlFlow()
                .addStatement("$T children = new $T<>()", byParent, HashMap.class)
                .beginControlFlow("for ($T parent : rows)", parentType)
                .addStatement("children.put(parent.$L(), new $T<>())", entity.id().getter(), ArrayList.class)
                .endControlFlow()
                .beginControlFlow("try ($T statement = connection.prepareStatement($L))", PreparedStatement.class,
                        constantName(children))
                .addStatement("$T.set(statement, 1, $S, children.keySet())", SQL_ARRAYS,
                        entity.id().type().kind() == ValueKind.UUID ? "uuid" : "bigint")
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("while (row.next())")
                .addCode(read.build())
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T parent : rows)", parentType)
                .addStatement("parent.$L(children.get(parent.$L()))", children.setter(), entity.id().getter())
                .endControlFlow()
                .build();
    }

    private static String constantName(Expansion children) {
        return "SELECT_" + Naming.snakeCase(children.field()).toUpperCase(java.util.Locale.ROOT);
    }

    private static String methodName(Expansion children) {
        return "load" + Naming.capitalize(children.field());
    }
}
