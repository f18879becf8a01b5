package dev.stratum.processor.schema;

import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.JoinTableModel;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.Reference;
import dev.stratum.processor.model.TableIndex;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps entities to the schema they need: one table per entity, one column per persistent property, a foreign key and
 * an index per {@code @ManyToOne} and per {@code @OwnedBy} column, and a join table per owning {@code @ManyToMany}.
 */
public final class SchemaMapper {

    private SchemaMapper() {
    }

    /**
     * The schema of these entities. Expects entities that passed the rules and {@link IdentifierRules}; throws
     * {@link IllegalArgumentException} for a model no table can represent (e.g. a decimal without precision).
     */
    public static SchemaModel map(List<EntityModel> entities) {
        var tables = new java.util.ArrayList<TableModel>();
        for (EntityModel entity : entities) {
            tables.add(table(entity));
            entity.joinTables().forEach(joinTable -> tables.add(joinTable(entity, joinTable)));
        }
        return new SchemaModel(tables);
    }

    /** The previous table and column names the entities declare with {@code @RenamedFrom}. */
    public static Renames renames(List<EntityModel> entities) {
        var tables = new HashMap<String, String>();
        var columns = new HashMap<String, Map<String, String>>();
        for (EntityModel entity : entities) {
            entity.renamedFrom().ifPresent(from -> tables.put(entity.table(), from));
            var renamed = new HashMap<String, String>();
            entity.storedColumns().forEach(p -> p.column().renamedFrom().ifPresent(from -> renamed.put(p.column().name(), from)));
            if (!renamed.isEmpty()) {
                columns.put(entity.table(), renamed);
            }
        }
        return new Renames(tables, columns);
    }

    static TableModel table(EntityModel entity) {
        String table = entity.table();
        List<ColumnDef> columns = entity.storedColumns().stream().map(p -> column(entity, p)).toList();
        var primaryKey = new PrimaryKey(ConstraintNames.primaryKey(table), List.of(entity.id().column().name()));
        var uniques = new java.util.ArrayList<UniqueKey>(entity.storedFields().stream()
                .map(PropertyModel::column)
                .filter(ColumnModel::unique)
                .map(c -> new UniqueKey(ConstraintNames.unique(table, c.name()), List.of(c.name())))
                .toList());
        var foreignKeys = new java.util.ArrayList<ForeignKey>();
        var indexes = new java.util.ArrayList<Index>();
        for (PropertyModel field : entity.references()) {
            Reference reference = field.reference().orElseThrow();
            String column = field.column().name();
            foreignKeys.add(new ForeignKey(ConstraintNames.foreignKey(table, column), List.of(column),
                    reference.targetTable(), List.of(reference.targetIdColumn()), onDelete(reference.onDelete())));
            if (!field.column().unique()) {
                indexes.add(new Index(ConstraintNames.index(table, column), List.of(column)));
            }
        }
        // Every list of an owner-scoped entity filters on its owner column.
        entity.owner().ifPresent(owner -> indexes.add(
                new Index(ConstraintNames.index(table, owner.column().name()), List.of(owner.column().name()))));
        for (TableIndex declared : entity.tableIndexes()) {
            if (declared.constraint()) {
                var unique = new UniqueKey(declaredName(table, declared), declared.columnNames());
                if (uniques.stream().noneMatch(u -> u.name().equals(unique.name()))) {
                    uniques.add(unique);
                }
            } else {
                String name = declaredName(table, declared);
                List<String> descending = declared.columns().stream().filter(TableIndex.Column::descending)
                        .map(TableIndex.Column::name).toList();
                // a declared index takes the place of the one Stratum would add under the same name
                indexes.removeIf(index -> index.name().equals(name));
                indexes.add(new Index(name, declared.columnNames(), declared.unique(), descending));
            }
        }
        List<Check> checks = entity.storedFields().stream()
                .flatMap(field -> check(table, field).stream())
                .toList();
        return new TableModel(table, columns, primaryKey, uniques, entity.qualifiedName(), foreignKeys, indexes,
                checks);
    }

    /**
     * The name of an index or unique constraint declared on {@code @Table}: as written, else {@code ix_<table>_<columns>}
     * for an index and {@code uk_<table>_<columns>} for a unique constraint. Generated repositories map the unique ones
     * back to the fields they guard.
     */
    public static String declaredName(String table, TableIndex declared) {
        return declared.name().orElse(declared.constraint()
                ? ConstraintNames.unique(table, declared.columnNames())
                : ConstraintNames.index(table, declared.columnNames()));
    }

    /**
     * The check of one field: an enum's constants, and the validation constraints the database can enforce too
     * ({@code @Min}, {@code @Max}, the sign constraints, {@code @DecimalMin/Max} on numbers; {@code @Size(min)} and
     * {@code @NotBlank} on strings). Constraints of validation groups are left out: validation checks them only in
     * some operations, so the database must accept values that break them.
     */
    static java.util.Optional<Check> check(String table, PropertyModel field) {
        if (field.hashed()) {
            // The column holds the hash, to which the secret's constraints do not apply.
            return java.util.Optional.empty();
        }
        var conditions = new java.util.ArrayList<Check.Condition>();
        ValueType type = field.type();
        if (type.kind() == ValueKind.ENUM) {
            conditions.add(new Check.In(type.enumConstants()));
        }
        boolean numeric = type.kind().isNumeric();
        for (Constraint constraint : field.constraints()) {
            if (!constraint.defaultOnly()) {
                continue;
            }
            if (numeric) {
                numericCondition(constraint).ifPresent(conditions::add);
            } else if (type.kind() == ValueKind.STRING) {
                if (constraint instanceof Constraint.Size size && size.min() > 0) {
                    conditions.add(new Check.MinLength(size.min()));
                } else if (constraint instanceof Constraint.NotBlank) {
                    conditions.add(new Check.NotBlank());
                }
            }
        }
        String column = field.column().name();
        return conditions.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Check(ConstraintNames.check(table, column), column,
                        conditions.stream().distinct().toList()));
    }

    private static java.util.Optional<Check.Condition> numericCondition(Constraint constraint) {
        Check.Compare.Operator op;
        BigDecimal bound;
        if (constraint instanceof Constraint.Min min) {
            op = Check.Compare.Operator.AT_LEAST;
            bound = BigDecimal.valueOf(min.value());
        } else if (constraint instanceof Constraint.Max max) {
            op = Check.Compare.Operator.AT_MOST;
            bound = BigDecimal.valueOf(max.value());
        } else if (constraint instanceof Constraint.DecimalMin min) {
            op = min.inclusive() ? Check.Compare.Operator.AT_LEAST : Check.Compare.Operator.ABOVE;
            bound = new BigDecimal(min.value());
        } else if (constraint instanceof Constraint.DecimalMax max) {
            op = max.inclusive() ? Check.Compare.Operator.AT_MOST : Check.Compare.Operator.BELOW;
            bound = new BigDecimal(max.value());
        } else if (constraint instanceof Constraint.Sign sign) {
            op = switch (sign.kind()) {
                case POSITIVE -> Check.Compare.Operator.ABOVE;
                case POSITIVE_OR_ZERO -> Check.Compare.Operator.AT_LEAST;
                case NEGATIVE -> Check.Compare.Operator.BELOW;
                case NEGATIVE_OR_ZERO -> Check.Compare.Operator.AT_MOST;
            };
            bound = BigDecimal.ZERO;
        } else {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Check.Compare(op, bound));
    }

    /**
     * A join table: both ids, together the primary key, each a foreign key deleting its links with the row it
     * references. The primary key's index serves lookups by the first column; the second gets its own.
     */
    static TableModel joinTable(EntityModel owner, JoinTableModel joinTable) {
        String table = joinTable.table();
        String ownerColumn = joinTable.ownerColumn();
        String targetColumn = joinTable.targetColumn();
        List<ColumnDef> columns = List.of(
                new ColumnDef(ownerColumn, sqlType(owner.id()), false, false),
                new ColumnDef(targetColumn, idType(joinTable.targetIdType()), false, false));
        var primaryKey = new PrimaryKey(ConstraintNames.primaryKey(table), List.of(ownerColumn, targetColumn));
        List<ForeignKey> foreignKeys = List.of(
                new ForeignKey(ConstraintNames.foreignKey(table, ownerColumn), List.of(ownerColumn), owner.table(),
                        List.of(owner.id().column().name()), ForeignKey.OnDelete.CASCADE),
                new ForeignKey(ConstraintNames.foreignKey(table, targetColumn), List.of(targetColumn),
                        joinTable.targetTable(), List.of(joinTable.targetIdColumn()), ForeignKey.OnDelete.CASCADE));
        List<Index> indexes = List.of(new Index(ConstraintNames.index(table, targetColumn), List.of(targetColumn)));
        return new TableModel(table, columns, primaryKey, List.of(), owner.qualifiedName(), foreignKeys, indexes);
    }

    private static SqlType idType(ValueType type) {
        return type.kind() == ValueKind.UUID ? SqlType.Scalar.UUID : SqlType.Scalar.BIGINT;
    }

    private static ForeignKey.OnDelete onDelete(Reference.DeleteRule rule) {
        return switch (rule) {
            case RESTRICT -> ForeignKey.OnDelete.RESTRICT;
            case CASCADE -> ForeignKey.OnDelete.CASCADE;
            case SET_NULL -> ForeignKey.OnDelete.SET_NULL;
        };
    }

    private static ColumnDef column(EntityModel entity, PropertyModel property) {
        boolean id = property.role() == Role.ID;
        boolean identity = id && entity.idStrategy() == IdStrategy.IDENTITY;
        boolean nullable = property.role() == Role.FIELD && property.column().nullable();
        try {
            return new ColumnDef(property.column().name(), sqlType(property), nullable, identity,
                    property.column().defaultValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(entity.simpleName() + "." + property.name() + ": " + e.getMessage(), e);
        }
    }

    static SqlType sqlType(PropertyModel property) {
        ColumnModel column = property.column();
        return switch (property.type().kind()) {
            case STRING -> column.lob() ? SqlType.Scalar.CLOB : new SqlType.Varchar(column.length());
            case ENUM -> new SqlType.Varchar(column.length());
            case BOOLEAN -> SqlType.Scalar.BOOLEAN;
            case SHORT -> SqlType.Scalar.SMALLINT;
            case INT -> SqlType.Scalar.INTEGER;
            case LONG -> SqlType.Scalar.BIGINT;
            case FLOAT -> SqlType.Scalar.REAL;
            case DOUBLE -> SqlType.Scalar.DOUBLE_PRECISION;
            case BIG_DECIMAL, BIG_INTEGER -> new SqlType.Numeric(column.precision(), column.scale());
            case BYTE -> SqlType.Scalar.SMALLINT;
            case LOCAL_DATE -> SqlType.Scalar.DATE;
            case LOCAL_TIME -> SqlType.Scalar.TIME;
            case LOCAL_DATE_TIME -> SqlType.Scalar.TIMESTAMP;
            case OFFSET_DATE_TIME, INSTANT -> SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE;
            case UUID -> SqlType.Scalar.UUID;
            default -> throw new IllegalArgumentException("no column type for " + property.type().kind()
                    + ": entities do not store it");
        };
    }
}
