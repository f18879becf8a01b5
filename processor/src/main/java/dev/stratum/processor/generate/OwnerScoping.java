package dev.stratum.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Stamp;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.sql.DataSource;

/**
 * The repository's part of owner scoping and audit fields, kept apart from the rest of its SQL: the condition that
 * limits rows to the caller's own ({@code AND owner = ?}, or {@code AND (? OR owner = ?)} when bypass roles may see
 * every row), its binding, and the statements that fill the owner and audit fields on insert and update. Entities
 * without {@code @OwnedBy} or audit fields get none of it.
 */
final class OwnerScoping {

    private static final ClassName CURRENT_PRINCIPAL = ClassName.get("dev.stratum.runtime.security", "CurrentPrincipal");
    private static final ClassName OWNER_SCOPE = ClassName.get("dev.stratum.runtime.security", "OwnerScope");
    private static final ClassName ACCESS_CHECKS = ClassName.get("dev.stratum.runtime.security", "AccessChecks");
    private static final ClassName STAMPS = ClassName.get("dev.stratum.runtime.security", "Stamps");

    private OwnerScoping() {
    }

    /** How many bind parameters the owner condition takes: none, the owner, or the bypass flag and the owner. */
    static int parameters(EntityModel entity) {
        if (entity.owner().isEmpty()) {
            return 0;
        }
        return entity.bypassRoles().isEmpty() ? 1 : 2;
    }

    /** The owner condition after another one: {@code " AND owner_name = ?"}, or nothing for an unscoped entity. */
    static String and(EntityModel entity) {
        return entity.owner().map(owner -> " AND " + condition(entity, owner)).orElse("");
    }

    /** The owner condition as a clause of its own, on a new line, or nothing for an unscoped entity. */
    static String where(EntityModel entity) {
        return entity.owner().map(owner -> "\nWHERE " + condition(entity, owner)).orElse("");
    }

    /** The owner condition alone, {@code "(? OR author = ?)"}, for an owner-scoped entity. */
    static String condition(EntityModel entity) {
        return condition(entity, entity.owner().orElseThrow());
    }

    private static String condition(EntityModel entity, PropertyModel owner) {
        String column = RelationCode.column(entity, owner);
        return entity.bypassRoles().isEmpty() ? column + " = ?" : "(? OR " + column + " = ?)";
    }

    /** {@code bindOwnerScope(statement, 2);}, or nothing for an unscoped entity. */
    static CodeBlock bind(EntityModel entity, int index) {
        return entity.owner().isEmpty() ? CodeBlock.of("") : CodeBlock.of("bindOwnerScope(statement, $L);\n", index);
    }

    /** The principal and the clock, for the entities that need them. */
    static List<FieldSpec> fields(EntityModel entity) {
        List<FieldSpec> fields = new ArrayList<>();
        if (entity.repositoryNeedsPrincipal()) {
            fields.add(FieldSpec.builder(CURRENT_PRINCIPAL, "principal", Modifier.PRIVATE, Modifier.FINAL).build());
        }
        if (entity.repositoryNeedsClock()) {
            fields.add(FieldSpec.builder(Clock.class, "clock", Modifier.PRIVATE, Modifier.FINAL).build());
        }
        return fields;
    }

    /** The constructor: the data source, then the principal and the clock when the entity needs them. */
    static MethodSpec constructor(EntityModel entity) {
        var constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(DataSource.class, "dataSource")
                .addStatement("this.dataSource = dataSource");
        if (entity.repositoryNeedsPrincipal()) {
            constructor.addParameter(CURRENT_PRINCIPAL, "principal").addStatement("this.principal = principal");
        }
        if (entity.repositoryNeedsClock()) {
            constructor.addParameter(Clock.class, "clock").addStatement("this.clock = clock");
        }
        return constructor.build();
    }

    /** {@code bindOwnerScope}, for an owner-scoped entity. */
    static List<MethodSpec> methods(EntityModel entity) {
        if (entity.owner().isEmpty()) {
            return List.of();
        }
        CodeBlock roles = entity.bypassRoles().stream().map(role -> CodeBlock.of(", $S", role))
                .collect(CodeBlock.joining(""));
        var method = MethodSpec.methodBuilder("bindOwnerScope")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(PreparedStatement.class, "statement")
                .addParameter(int.class, "index")
                .addException(SQLException.class)
                .addStatement("$T scope = $T.of(principal, $S$L)", OWNER_SCOPE, OWNER_SCOPE, entity.simpleName(), roles);
        if (entity.bypassRoles().isEmpty()) {
            return List.of(method
                    .addJavadoc("Binds the owner condition at {@code index}: only the caller's own rows.\n")
                    .addStatement("statement.setString(index, scope.owner())")
                    .build());
        }
        return List.of(method
                .addJavadoc("Binds the owner condition from {@code index} on: the caller's own rows, or every row for"
                        + "\n$L.\n", entity.bypassRoles().size() == 1 ? "the bypass role " + entity.bypassRoles().get(0)
                        : "the bypass roles " + String.join(", ", entity.bypassRoles()))
                .addStatement("statement.setBoolean(index, scope.everyOwner())")
                .addStatement("statement.setString(index + 1, scope.owner())")
                .build());
    }

    /** Fills the owner from the caller and the audit fields from the clock and the caller, before an insert. */
    static CodeBlock stampInsert(EntityModel entity, String variable) {
        return CodeBlock.builder().add(readStampsForInsert(entity)).add(fillInsertStamps(entity, variable)).build();
    }

    /** Fills the updated-at and updated-by fields before an update; the rest keep what the insert wrote. */
    static CodeBlock stampUpdate(EntityModel entity, String variable) {
        return CodeBlock.builder().add(readStampsForUpdate(entity)).add(fillUpdateStamps(entity, variable)).build();
    }

    /**
     * What an insert stamps, read into locals before its rows, or nothing: {@code Instant now = Stamps.now(clock);},
     * the owner's {@code callerId} (refusing an anonymous caller) and the {@code callerName} of created-by and
     * updated-by. A batch reads them once, so every row of one batch gets the same instant, as it would get the same
     * transaction time, and the principal is asked once, not once per row.
     */
    static CodeBlock readStampsForInsert(EntityModel entity) {
        return readStamps(entity, insertStamped(entity), "create");
    }

    /** What an update stamps, read into locals before its rows, or nothing. */
    static CodeBlock readStampsForUpdate(EntityModel entity) {
        return readStamps(entity, updateStamped(entity), "update");
    }

    /** Sets the owner and audit fields of one row to be inserted from the locals of {@link #readStampsForInsert}. */
    static CodeBlock fillInsertStamps(EntityModel entity, String variable) {
        return stamps(variable, insertStamped(entity));
    }

    /**
     * Sets the updated-at and updated-by fields of one row to be updated from the locals of
     * {@link #readStampsForUpdate}.
     */
    static CodeBlock fillUpdateStamps(EntityModel entity, String variable) {
        return stamps(variable, updateStamped(entity));
    }

    private static List<PropertyModel> insertStamped(EntityModel entity) {
        return entity.stampedFields();
    }

    private static List<PropertyModel> updateStamped(EntityModel entity) {
        return entity.stampedFields().stream().filter(field -> !field.stamp().insertOnly()).toList();
    }

    private static CodeBlock readStamps(EntityModel entity, List<PropertyModel> fields, String operation) {
        var code = CodeBlock.builder();
        if (fields.stream().anyMatch(field -> field.stamp().fromClock())) {
            code.addStatement("$T now = $T.now(clock)", Instant.class, STAMPS);
        }
        if (fields.stream().anyMatch(field -> field.stamp() == Stamp.OWNER)) {
            code.addStatement("$T callerId = $T.requireAuthenticated(principal, $S).id()", String.class, ACCESS_CHECKS,
                    operation + " " + entity.simpleName());
        }
        if (fields.stream().anyMatch(field -> field.stamp() == Stamp.CREATED_BY || field.stamp() == Stamp.UPDATED_BY)) {
            code.addStatement("$T callerName = $T.callerName(principal)", String.class, STAMPS);
        }
        return code.build();
    }

    private static CodeBlock stamps(String variable, List<PropertyModel> fields) {
        var code = CodeBlock.builder();
        for (PropertyModel field : fields) {
            String value = switch (field.stamp()) {
                case OWNER -> "callerId";
                case CREATED_AT, UPDATED_AT -> "now";
                case CREATED_BY, UPDATED_BY -> "callerName";
                case NONE -> throw new IllegalArgumentException("not stamped: " + field.name());
            };
            code.addStatement(Accessors.set(field, variable, CodeBlock.of(value)));
        }
        return code.build();
    }
}
