package dev.stratum.processor.schema;

import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps entities to the schema they need: one table per entity, one column per persistent property. */
public final class SchemaMapper {

    private SchemaMapper() {
    }

    /**
     * The schema of these entities. Expects entities that passed the rules and {@link IdentifierRules}; throws
     * {@link IllegalArgumentException} for a model no table can represent (e.g. a decimal without precision).
     */
    public static SchemaModel map(List<EntityModel> entities) {
        return new SchemaModel(entities.stream().map(SchemaMapper::table).toList());
    }

    /** The previous table and column names the entities declare with {@code @RenamedFrom}. */
    public static Renames renames(List<EntityModel> entities) {
        var tables = new HashMap<String, String>();
        var columns = new HashMap<String, Map<String, String>>();
        for (EntityModel entity : entities) {
            entity.renamedFrom().ifPresent(from -> tables.put(entity.table(), from));
            var renamed = new HashMap<String, String>();
            entity.columns().forEach(p -> p.column().renamedFrom().ifPresent(from -> renamed.put(p.column().name(), from)));
            if (!renamed.isEmpty()) {
                columns.put(entity.table(), renamed);
            }
        }
        return new Renames(tables, columns);
    }

    static TableModel table(EntityModel entity) {
        String table = entity.table();
        List<ColumnDef> columns = entity.columns().stream().map(p -> column(entity, p)).toList();
        var primaryKey = new PrimaryKey(ConstraintNames.primaryKey(table), List.of(entity.id().column().name()));
        List<UniqueKey> uniques = entity.fields().stream()
                .map(PropertyModel::column)
                .filter(ColumnModel::unique)
                .map(c -> new UniqueKey(ConstraintNames.unique(table, c.name()), List.of(c.name())))
                .toList();
        return new TableModel(table, columns, primaryKey, uniques, entity.qualifiedName());
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
            case STRING, ENUM -> new SqlType.Varchar(column.length());
            case BOOLEAN -> SqlType.Scalar.BOOLEAN;
            case INT -> SqlType.Scalar.INTEGER;
            case LONG -> SqlType.Scalar.BIGINT;
            case BIG_DECIMAL -> new SqlType.Numeric(column.precision(), column.scale());
            case LOCAL_DATE -> SqlType.Scalar.DATE;
            case INSTANT -> SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE;
            case UUID -> SqlType.Scalar.UUID;
        };
    }
}
