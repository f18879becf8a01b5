package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.stratum.processor.model.Criterion;
import dev.stratum.processor.model.Criterion.Condition;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.FinderDeclaration.Parameter;
import dev.stratum.processor.model.FinderMethod;
import dev.stratum.processor.model.FinderMethod.Result;
import dev.stratum.processor.model.FinderModel;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.TypeRef;
import dev.stratum.processor.model.ValueKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * Writes {@code JdbcPetFinders}, the implementation of a {@code @Finders} interface: one SQL constant per finder,
 * bind parameters only, rows read by the entity repository's own {@code map}. It lives in the entity's package, beside
 * that repository. Without a transaction each finder commits on its own; inside one, a {@code deleteBy} joins it.
 */
public final class FinderRepositoryWriter {

    private static final ClassName SQL_ERRORS = ClassName.get("dev.stratum.runtime.jdbc", "SqlErrors");
    private static final ClassName LIKE_PATTERNS = ClassName.get("dev.stratum.runtime.jdbc", "LikePatterns");
    private static final ClassName SQL_ARRAYS = ClassName.get("dev.stratum.runtime.jdbc", "SqlArrays");
    private static final ClassName PAGE = ClassName.get("dev.stratum.runtime.paging", "Page");
    private static final ClassName CURRENT_PRINCIPAL = ClassName.get("dev.stratum.runtime.security", "CurrentPrincipal");

    /** The generated class: {@code JdbcPetFinders} for {@code PetFinders}, in the entity's package. */
    public static ClassName implementation(FinderModel finders) {
        return ClassName.get(finders.entity().packageName(), "Jdbc" + finders.simpleName());
    }

    public static ClassName declared(FinderModel finders) {
        return ClassName.get(finders.packageName(), finders.simpleName());
    }

    public JavaFile write(FinderModel finders) {
        EntityModel entity = finders.entity();
        TypeSpec.Builder type = TypeSpec.classBuilder(implementation(finders))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(declared(finders));
        Map<FinderMethod, String> constants = constantNames(finders.methods());
        for (FinderMethod method : finders.methods()) {
            var sql = new FinderSql(entity, method);
            type.addField(RepositoryWriter.constant(constants.get(method), sql.statement()));
            if (method.result() == Result.PAGE) {
                type.addField(RepositoryWriter.constant(constants.get(method) + "_COUNT", sql.count()));
            }
        }
        var constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("this.dataSource = dataSource");
        type.addField(DataSource.class, "dataSource", Modifier.PRIVATE, Modifier.FINAL);
        if (entity.owner().isPresent()) {
            type.addField(CURRENT_PRINCIPAL, "principal", Modifier.PRIVATE, Modifier.FINAL);
            constructor.addParameter(CURRENT_PRINCIPAL, "principal").addStatement("this.principal = principal");
        }
        type.addMethod(constructor.build());
        finders.methods().forEach(method -> type.addMethod(finder(entity, method, constants.get(method))));
        type.addMethods(OwnerScoping.methods(entity));
        Set<Result> results = finders.methods().stream().map(FinderMethod::result)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Result.class)));
        if (results.contains(Result.OPTIONAL) || results.contains(Result.LIST) || results.contains(Result.PAGE)) {
            type.addMethod(list(entity));
        }
        if (results.contains(Result.OPTIONAL)) {
            type.addMethod(single(entity));
        }
        if (results.contains(Result.PAGE) || finders.methods().stream().anyMatch(FinderRepositoryWriter::counts)) {
            type.addMethod(count());
        }
        Sources.mark(type, declared(finders), CodeBlock.of("Runs the finders of {@link $T} on $L rows with plain JDBC"
                + " and bind parameters.", declared(finders), entity.simpleName()));
        return Sources.file(entity.packageName(), type.build());
    }

    /** {@code FIND_BY_NAME}; a second overload of a name gets {@code FIND_BY_NAME_2}. */
    private static Map<FinderMethod, String> constantNames(List<FinderMethod> methods) {
        Map<FinderMethod, String> names = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (FinderMethod method : methods) {
            String base = Naming.snakeCase(method.name()).toUpperCase(Locale.ROOT);
            int occurrence = seen.merge(base, 1, Integer::sum);
            names.put(method, occurrence == 1 ? base : base + "_" + occurrence);
        }
        return names;
    }

    private static boolean counts(FinderMethod method) {
        return method.action() == FinderMethod.Action.COUNT;
    }

    private static MethodSpec finder(EntityModel entity, FinderMethod method, String constant) {
        var builder = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returnType(entity, method.result()));
        for (Parameter parameter : method.parameters()) {
            builder.addParameter(typeName(parameter.type()), parameter.name());
            if (!parameter.type().primitive()) {
                builder.addStatement("$T.requireNonNull($N, $S)", Objects.class, parameter.name(), parameter.name());
            }
        }
        var locals = Locals.besides(method.parameters());
        CodeBlock body = method.result() == Result.PAGE
                ? page(entity, method, constant, locals) : single(entity, method, constant, locals);
        return builder.addCode(CodeBlock.builder()
                        .add(body)
                        .nextControlFlow("catch ($T $L)", SQLException.class, locals.exception())
                        .addStatement("throw $T.translate($L, $S)", SQL_ERRORS, locals.exception(), entity.simpleName())
                        .endControlFlow()
                        .build())
                .build();
    }

    /**
     * The names of a finder's locals, chosen so none hides a parameter: a parameter may well be called
     * {@code statement}, and then the statement is {@code statement_}.
     */
    record Locals(String dataSource, String connection, String statement, String items, String row, String exception) {

        static Locals besides(List<Parameter> parameters) {
            var names = new NameAllocator();
            parameters.forEach(parameter -> names.newName(parameter.name()));
            boolean fieldHidden = parameters.stream().anyMatch(parameter -> parameter.name().equals("dataSource"));
            return new Locals(fieldHidden ? "this.dataSource" : "dataSource", names.newName("connection"),
                    names.newName("statement"), names.newName("items"), names.newName("row"), names.newName("e"));
        }
    }

    /** One statement: open, bind, run, return. */
    private static CodeBlock single(EntityModel entity, FinderMethod method, String constant, Locals locals) {
        String statement = locals.statement();
        var code = CodeBlock.builder()
                .beginControlFlow("try ($T $L = $L.getConnection();\n$>$>$T $L = $L.prepareStatement($L))$<$<",
                        Connection.class, locals.connection(), locals.dataSource(), PreparedStatement.class, statement,
                        locals.connection(), constant)
                .add(binds(entity, method, statement));
        switch (method.result()) {
            case OPTIONAL -> code.addStatement("return single($L, $S)", rowsArguments(entity, locals), method.name());
            case LIST -> code.addStatement("return list($L)", rowsArguments(entity, locals));
            case BOOLEAN -> code.beginControlFlow("try ($T $L = $L.executeQuery())", ResultSet.class, locals.row(),
                            statement)
                    .addStatement("return $L.next()", locals.row())
                    .endControlFlow();
            case LONG -> code.addStatement(method.action() == FinderMethod.Action.DELETE
                    ? "return $L.executeUpdate()" : "return count($L)", statement);
            case PAGE -> throw new IllegalArgumentException("a page takes two statements");
        }
        return code.build();
    }

    /** The page's rows, then the count of all matching rows, on one connection. */
    private static CodeBlock page(EntityModel entity, FinderMethod method, String constant, Locals locals) {
        TypeName items = ParameterizedTypeName.get(ClassName.get(List.class), TypeNames.entity(entity));
        String request = method.pageRequest().orElseThrow().name();
        String statement = locals.statement();
        int criteria = criteriaParameters(method) + OwnerScoping.parameters(entity);
        return CodeBlock.builder()
                .beginControlFlow("try ($T $L = $L.getConnection())", Connection.class, locals.connection(),
                        locals.dataSource())
                .addStatement("$T $L", items, locals.items())
                .beginControlFlow("try ($T $L = $L.prepareStatement($L))", PreparedStatement.class, statement,
                        locals.connection(), constant)
                .add(binds(entity, method, statement))
                .addStatement("$L.setLong($L, $N.offset())", statement, criteria + 1, request)
                .addStatement("$L.setInt($L, $N.size())", statement, criteria + 2, request)
                .addStatement("$L = list($L)", locals.items(), rowsArguments(entity, locals))
                .endControlFlow()
                .beginControlFlow("try ($T $L = $L.prepareStatement($L_COUNT))", PreparedStatement.class, statement,
                        locals.connection(), constant)
                .add(binds(entity, method, statement))
                .addStatement("return $T.of($L, $N, count($L))", PAGE, locals.items(), request, statement)
                .endControlFlow()
                .build();
    }

    /**
     * What {@code list} and {@code single} take: the statement, and before it the connection when the entity has
     * expanded lists, which they read on it.
     */
    private static String rowsArguments(EntityModel entity, Locals locals) {
        return entity.childSummaries().isEmpty() ? locals.statement()
                : locals.connection() + ", " + locals.statement();
    }

    private static int criteriaParameters(FinderMethod method) {
        return method.parameters().size() - (method.result() == Result.PAGE ? 1 : 0);
    }

    /**
     * Binds the criteria's parameters in the order the SQL names them, which is the order they are declared, then the
     * owner condition of an owner-scoped entity.
     */
    private static CodeBlock binds(EntityModel entity, FinderMethod method, String statement) {
        var code = CodeBlock.builder();
        int index = 1;
        for (Condition condition : conditions(method.where())) {
            for (String parameter : condition.parameters()) {
                code.addStatement(bind(condition, statement, index++, parameter));
            }
        }
        if (entity.owner().isPresent()) {
            code.addStatement("bindOwnerScope($L, $L)", statement, index);
        }
        return code.build();
    }

    private static CodeBlock bind(Condition condition, String statement, int index, String parameter) {
        PropertyModel property = condition.property();
        return switch (condition.operator()) {
            case STARTS_WITH -> CodeBlock.of("$L.setString($L, $T.startsWith($N))", statement, index, LIKE_PATTERNS,
                    parameter);
            case ENDS_WITH -> CodeBlock.of("$L.setString($L, $T.endsWith($N))", statement, index, LIKE_PATTERNS,
                    parameter);
            case CONTAINING -> CodeBlock.of("$L.setString($L, $T.containing($N))", statement, index, LIKE_PATTERNS,
                    parameter);
            case IN -> CodeBlock.of("$T.set($L, $L, $S, $N)", SQL_ARRAYS, statement, index,
                    arrayType(property.type().kind()), parameter);
            default -> JdbcCode.bind(property, statement, CodeBlock.of("$L", index), CodeBlock.of("$N", parameter));
        };
    }

    /** The SQL element type of an {@code In} array, named as both H2 and PostgreSQL know it. */
    static String arrayType(ValueKind kind) {
        return switch (kind) {
            case STRING, ENUM -> "varchar";
            case BOOLEAN -> "boolean";
            case SHORT -> "smallint";
            case INT -> "integer";
            case LONG -> "bigint";
            case FLOAT -> "float4";
            case DOUBLE -> "float8";
            case BYTE -> "smallint";
            case BIG_DECIMAL, BIG_INTEGER -> "numeric";
            case LOCAL_DATE -> "date";
            case LOCAL_TIME -> "time";
            case LOCAL_DATE_TIME -> "timestamp";
            case OFFSET_DATE_TIME -> "timestamptz";
            case INSTANT -> "timestamptz";
            case UUID -> "uuid";
            default -> throw new IllegalArgumentException("no column of " + kind + ": entities do not store it");
        };
    }

    static List<Condition> conditions(Optional<Criterion> criterion) {
        List<Condition> all = new ArrayList<>();
        criterion.ifPresent(root -> collect(root, all));
        return all;
    }

    private static void collect(Criterion criterion, List<Condition> into) {
        if (criterion instanceof Condition condition) {
            into.add(condition);
        } else if (criterion instanceof Criterion.AllOf all) {
            all.parts().forEach(part -> collect(part, into));
        } else if (criterion instanceof Criterion.AnyOf any) {
            any.parts().forEach(part -> collect(part, into));
        }
    }

    private static MethodSpec list(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        String rows = Naming.decapitalize(entity.simpleName()) + "s";
        var method = MethodSpec.methodBuilder("list");
        if (!entity.childSummaries().isEmpty()) {
            method.addJavadoc("The rows of {@code statement}, then their expanded lists, read for all of them at once.\n");
        }
        return method.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(list)
                .addParameters(rowsParameters(entity))
                .addException(SQLException.class)
                .addStatement("$T $L = new $T<>()", list, rows, ArrayList.class)
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .beginControlFlow("while (row.next())")
                .addStatement("$L.add($T.map(row))", rows, TypeNames.repository(entity))
                .endControlFlow()
                .endControlFlow()
                .addCode(RelationCode.loadChildrenFromBeside(entity, "connection", rows))
                .addStatement("return $L", rows)
                .build();
    }

    /** The parameters of {@code list} and {@code single}: see {@link #rowsArguments}. */
    private static List<ParameterSpec> rowsParameters(EntityModel entity) {
        ParameterSpec statement = ParameterSpec.builder(PreparedStatement.class, "statement").build();
        return entity.childSummaries().isEmpty() ? List.of(statement)
                : List.of(ParameterSpec.builder(Connection.class, "connection").build(), statement);
    }

    private static MethodSpec single(EntityModel entity) {
        ClassName type = TypeNames.entity(entity);
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), type);
        String rows = Naming.decapitalize(entity.simpleName()) + "s";
        return MethodSpec.methodBuilder("single")
                .addJavadoc("The only row, if any; the query fetches two, so a second shows the criteria are not unique.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), type))
                .addParameters(rowsParameters(entity))
                .addParameter(String.class, "finder")
                .addException(SQLException.class)
                .addStatement("$T $L = list($L)", list, rows,
                        rowsParameters(entity).stream().map(ParameterSpec::name).collect(Collectors.joining(", ")))
                .beginControlFlow("if ($L.size() > 1)", rows)
                .addStatement("throw new $T(finder + $S)", IllegalStateException.class, " found more than one "
                        + entity.simpleName() + "; return a List, or select by a unique property")
                .endControlFlow()
                .addStatement("return $L.stream().findFirst()", rows)
                .build();
    }

    private static MethodSpec count() {
        return MethodSpec.methodBuilder("count")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(long.class)
                .addParameter(PreparedStatement.class, "statement")
                .addException(SQLException.class)
                .beginControlFlow("try ($T row = statement.executeQuery())", ResultSet.class)
                .addStatement("row.next()")
                .addStatement("return row.getLong(1)")
                .endControlFlow()
                .build();
    }

    private static TypeName returnType(EntityModel entity, Result result) {
        ClassName type = TypeNames.entity(entity);
        return switch (result) {
            case OPTIONAL -> ParameterizedTypeName.get(ClassName.get(Optional.class), type);
            case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), type);
            case PAGE -> ParameterizedTypeName.get(PAGE, type);
            case BOOLEAN -> TypeName.BOOLEAN;
            case LONG -> TypeName.LONG;
        };
    }

    /** The parameter's type exactly as the interface declares it, so the method overrides it. */
    private static TypeName typeName(TypeRef type) {
        if (type.wildcard()) {
            return type.arguments().isEmpty() ? WildcardTypeName.subtypeOf(Object.class)
                    : WildcardTypeName.subtypeOf(typeName(type.arguments().get(0)));
        }
        TypeName raw = switch (type.name()) {
            case "boolean" -> TypeName.BOOLEAN;
            case "byte" -> TypeName.BYTE;
            case "short" -> TypeName.SHORT;
            case "char" -> TypeName.CHAR;
            case "int" -> TypeName.INT;
            case "long" -> TypeName.LONG;
            case "float" -> TypeName.FLOAT;
            case "double" -> TypeName.DOUBLE;
            default -> ClassName.bestGuess(type.name());
        };
        if (type.arguments().isEmpty()) {
            return raw;
        }
        return ParameterizedTypeName.get((ClassName) raw,
                type.arguments().stream().map(FinderRepositoryWriter::typeName).toArray(TypeName[]::new));
    }
}
