package dev.stratum.processor.schema;

import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.Naming;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.PropertyModel.Role;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-built entity models for the schema tests, as the scanner would produce them. */
final class Entities {

    static final String PACKAGE = "com.example.clinic";

    private Entities() {
    }

    /** A pet with a column of every value kind. */
    static EntityModel pet() {
        return entity("Pet", "pets", IdStrategy.IDENTITY)
                .field("name", ValueType.of(ValueKind.STRING, false), column("name", false).length(80))
                .field("species", ValueType.ofEnum(PACKAGE + ".Species", List.of("CAT", "DOG")),
                        column("species", false).length(32))
                .field("birthDate", ValueType.of(ValueKind.LOCAL_DATE, false), column("birth_date", true))
                .field("weightKg", ValueType.of(ValueKind.BIG_DECIMAL, false), column("weight_kg", true).decimal(5, 2))
                .field("neutered", ValueType.of(ValueKind.BOOLEAN, true), column("neutered", false))
                .field("lives", ValueType.of(ValueKind.INT, true), column("lives", false))
                .field("microchip", ValueType.of(ValueKind.UUID, false), column("microchip", true).asUnique())
                .field("ownerId", ValueType.of(ValueKind.LONG, false), column("owner_id", true))
                .field("registeredAt", ValueType.of(ValueKind.INSTANT, false), column("registered_at", false))
                .build();
    }

    /** An owner whose id the application assigns. */
    static EntityModel owner() {
        return entity("Owner", "owners", IdStrategy.RANDOM_UUID)
                .field("email", ValueType.of(ValueKind.STRING, false), column("email", false).length(254).asUnique())
                .field("fullName", ValueType.of(ValueKind.STRING, false), column("full_name", false).length(100))
                .build();
    }

    static EntityModel visit() {
        return entity("Visit", "visits", IdStrategy.IDENTITY)
                .field("petId", ValueType.of(ValueKind.LONG, true), column("pet_id", false))
                .field("notes", ValueType.of(ValueKind.STRING, false), column("notes", true).length(2000))
                .build();
    }

    static Builder entity(String simpleName, String table, IdStrategy strategy) {
        return new Builder(simpleName, table, strategy);
    }

    static ColumnSpec column(String name, boolean nullable) {
        return new ColumnSpec(name, nullable, 0, 0, 0, false);
    }

    /** A column under construction; defaults are what the scanner gives a plain, non-unique column. */
    record ColumnSpec(String name, boolean nullable, int length, int precision, int scale, boolean unique,
            Optional<String> defaultValue) {

        ColumnSpec(String name, boolean nullable, int length, int precision, int scale, boolean unique) {
            this(name, nullable, length, precision, scale, unique, Optional.empty());
        }

        ColumnSpec length(int newLength) {
            return new ColumnSpec(name, nullable, newLength, precision, scale, unique, defaultValue);
        }

        ColumnSpec decimal(int newPrecision, int newScale) {
            return new ColumnSpec(name, nullable, length, newPrecision, newScale, unique, defaultValue);
        }

        ColumnSpec asUnique() {
            return new ColumnSpec(name, nullable, length, precision, scale, true, defaultValue);
        }

        ColumnSpec withDefault(String literal) {
            return new ColumnSpec(name, nullable, length, precision, scale, unique, Optional.of(literal));
        }

        ColumnModel toModel() {
            return new ColumnModel(name, nullable, length, precision, scale, unique, defaultValue, Optional.empty());
        }
    }

    static final class Builder {

        private final String simpleName;
        private final String table;
        private final IdStrategy strategy;
        private final List<PropertyModel> fields = new ArrayList<>();
        private boolean versioned = true;

        private Builder(String simpleName, String table, IdStrategy strategy) {
            this.simpleName = simpleName;
            this.table = table;
            this.strategy = strategy;
        }

        Builder field(String name, ValueType type, ColumnSpec column) {
            fields.add(property(name, type, column.toModel(), Role.FIELD));
            return this;
        }

        Builder withoutVersion() {
            versioned = false;
            return this;
        }

        EntityModel build() {
            ValueType idType = strategy == IdStrategy.IDENTITY
                    ? ValueType.of(ValueKind.LONG, false)
                    : ValueType.of(ValueKind.UUID, false);
            // The scanner marks id and version nullable=false already; true here proves the mapper does not rely on it.
            PropertyModel id = property("id", idType, new ColumnModel("id", true, 0, 0, 0, false), Role.ID);
            Optional<PropertyModel> version = versioned
                    ? Optional.of(property("version", ValueType.of(ValueKind.LONG, true),
                            new ColumnModel("version", true, 0, 0, 0, false), Role.VERSION))
                    : Optional.empty();
            return new EntityModel(PACKAGE, simpleName, table, id, strategy, version, fields, Optional.empty());
        }

        private static PropertyModel property(String name, ValueType type, ColumnModel column, Role role) {
            String suffix = Naming.capitalize(name);
            return new PropertyModel(name, column, type, "get" + suffix, "set" + suffix, role,
                    role != Role.FIELD, false, List.of());
        }
    }
}
