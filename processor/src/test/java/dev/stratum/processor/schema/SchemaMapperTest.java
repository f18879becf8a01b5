package dev.stratum.processor.schema;

import static dev.stratum.processor.schema.Entities.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.processor.model.ColumnModel;
import dev.stratum.processor.model.Constraint;
import dev.stratum.processor.model.EmbeddedModel;
import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.PropertyModel;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaMapperTest {

    static Stream<Arguments> valueKinds() {
        return Stream.of(
                Arguments.of(ValueType.of(ValueKind.STRING, false), column("c", true).length(40), new SqlType.Varchar(40)),
                Arguments.of(ValueType.ofEnum("a.Color", List.of("RED")), column("c", true).length(16),
                        new SqlType.Varchar(16)),
                Arguments.of(ValueType.of(ValueKind.BOOLEAN, true), column("c", false), SqlType.Scalar.BOOLEAN),
                Arguments.of(ValueType.of(ValueKind.INT, true), column("c", false), SqlType.Scalar.INTEGER),
                Arguments.of(ValueType.of(ValueKind.LONG, false), column("c", true), SqlType.Scalar.BIGINT),
                Arguments.of(ValueType.of(ValueKind.BIG_DECIMAL, false), column("c", true).decimal(12, 3),
                        new SqlType.Numeric(12, 3)),
                Arguments.of(ValueType.of(ValueKind.LOCAL_DATE, false), column("c", true), SqlType.Scalar.DATE),
                Arguments.of(ValueType.of(ValueKind.INSTANT, false), column("c", true),
                        SqlType.Scalar.TIMESTAMP_WITH_TIME_ZONE),
                Arguments.of(ValueType.of(ValueKind.UUID, false), column("c", true), SqlType.Scalar.UUID));
    }

    @ParameterizedTest
    @MethodSource("valueKinds")
    void mapsEachValueKindToItsSqlType(ValueType type, Entities.ColumnSpec column, SqlType expected) {
        EntityModel entity = Entities.entity("Thing", "things", IdStrategy.IDENTITY).field("c", type, column).build();

        assertThat(table(entity).column("c")).get().extracting(ColumnDef::type).isEqualTo(expected);
    }

    @Test
    void listsColumnsInDeclarationOrderWithIdAndVersionFirst() {
        assertThat(table(Entities.pet()).columns()).extracting(ColumnDef::name).containsExactly(
                "id", "version", "name", "species", "birth_date", "weight_kg", "neutered", "lives", "microchip",
                "owner_id", "registered_at");
    }

    @Test
    void makesAnIdentityIdADatabaseAssignedBigintPrimaryKey() {
        TableModel pets = table(Entities.pet());

        assertThat(pets.columns().get(0)).isEqualTo(new ColumnDef("id", SqlType.Scalar.BIGINT, false, true));
        assertThat(pets.primaryKey()).isEqualTo(new PrimaryKey("pk_pets", List.of("id")));
    }

    @Test
    void leavesAnApplicationAssignedUuidIdToTheApplication() {
        assertThat(table(Entities.owner()).columns().get(0))
                .isEqualTo(new ColumnDef("id", SqlType.Scalar.UUID, false, false));
    }

    @Test
    void makesIdAndVersionNotNullWhateverTheColumnSays() {
        // The fixture's id and version ColumnModels say nullable = true.
        TableModel pets = table(Entities.pet());

        assertThat(pets.column("id")).get().extracting(ColumnDef::nullable).isEqualTo(false);
        assertThat(pets.column("version")).get().isEqualTo(new ColumnDef("version", SqlType.Scalar.BIGINT, false, false));
    }

    @Test
    void takesFieldNullabilityFromTheColumnModel() {
        TableModel pets = table(Entities.pet());

        assertThat(pets.column("name")).get().extracting(ColumnDef::nullable).isEqualTo(false);
        assertThat(pets.column("birth_date")).get().extracting(ColumnDef::nullable).isEqualTo(true);
    }

    @Test
    void namesOneUniqueConstraintPerUniqueColumn() {
        assertThat(table(Entities.pet()).uniques())
                .containsExactly(new UniqueKey("uk_pets_microchip", List.of("microchip")));
        assertThat(table(Entities.owner()).uniques()).containsExactly(new UniqueKey("uk_owners_email", List.of("email")));
    }

    @Test
    void sortsTablesByNameAndRemembersTheirEntities() {
        SchemaModel schema = SchemaMapper.map(List.of(Entities.visit(), Entities.pet(), Entities.owner()));

        assertThat(schema.tables()).extracting(TableModel::name).containsExactly("owners", "pets", "visits");
        assertThat(schema.tables()).extracting(TableModel::entity).containsExactly(
                "com.example.clinic.Owner", "com.example.clinic.Pet", "com.example.clinic.Visit");
    }

    @Test
    void shortensConstraintNamesBeyondPostgresLimitDistinctlyAndDeterministically() {
        String longTable = "t".repeat(50);
        EntityModel entity = Entities.entity("Long", longTable, IdStrategy.IDENTITY)
                .field("a", ValueType.of(ValueKind.LONG, false), column("reference_number_alpha", true).asUnique())
                .field("b", ValueType.of(ValueKind.LONG, false), column("reference_number_bravo", true).asUnique())
                .build();

        List<String> names = table(entity).uniques().stream().map(UniqueKey::name).toList();

        assertThat(names).allSatisfy(name -> assertThat(name).hasSize(63).startsWith("uk_" + longTable));
        assertThat(names.get(0)).isNotEqualTo(names.get(1));
        assertThat(table(entity).uniques()).isEqualTo(table(entity).uniques());
        assertThat(table(entity).primaryKey().name()).isEqualTo("pk_" + longTable);
    }

    @Test
    void namesTheFieldWhenADecimalHasNoPrecision() {
        EntityModel entity = Entities.entity("Invoice", "invoices", IdStrategy.IDENTITY)
                .field("total", ValueType.of(ValueKind.BIG_DECIMAL, false), column("total", false))
                .build();

        assertThatThrownBy(() -> SchemaMapper.map(List.of(entity)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invoice.total: NUMERIC precision");
    }

    @Test
    void mapsEachFieldOfAnEmbeddedValueToItsPrefixedColumnAfterThePlainFieldsWithItsChecks() {
        EntityModel plain = Entities.entity("Owner", "owners", IdStrategy.IDENTITY)
                .field("name", ValueType.of(ValueKind.STRING, false), column("name", false).length(40)).build();
        var street = new PropertyModel("street", new ColumnModel("address_street", true, 80, 0, 0, false),
                ValueType.of(ValueKind.STRING, false), "street", "", PropertyModel.Role.FIELD, false, false,
                List.of(new Constraint.NotBlank("must not be blank")));
        var floor = new PropertyModel("floor", new ColumnModel("address_floor", true, 0, 0, 0, false),
                ValueType.of(ValueKind.INT, false), "floor", "", PropertyModel.Role.FIELD, false, false, List.of());
        var address = new EmbeddedModel("address", "com.example", "Address", true, "getAddress", "setAddress",
                List.of(), true, false, List.of(street, floor));
        EntityModel owner = new EntityModel(plain.packageName(), plain.simpleName(), plain.table(), plain.id(),
                plain.idStrategy(), plain.version(), plain.fields(), plain.exposure(), Optional.empty(), List.of(),
                List.of(), List.of(), List.of(), List.of(address), List.of(), List.of(), List.of());

        TableModel owners = table(owner);

        assertThat(owners.columns()).extracting(ColumnDef::name)
                .containsExactly("id", "version", "name", "address_street", "address_floor");
        assertThat(owners.column("address_street")).get()
                .isEqualTo(new ColumnDef("address_street", new SqlType.Varchar(80), true, false));
        assertThat(owners.column("address_floor")).get()
                .isEqualTo(new ColumnDef("address_floor", SqlType.Scalar.INTEGER, true, false));
        assertThat(owners.checks()).extracting(Check::name, Check::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ck_owners_address_street", "address_street"));
    }

    private static TableModel table(EntityModel entity) {
        return SchemaMapper.map(List.of(entity)).tables().get(0);
    }
}
