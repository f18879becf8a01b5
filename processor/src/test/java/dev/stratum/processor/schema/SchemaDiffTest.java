package dev.stratum.processor.schema;

import static dev.stratum.processor.schema.Entities.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaDiffTest {

    private static final SchemaModel CLINIC = schema(Entities.owner(), Entities.pet(), Entities.visit());

    @Test
    void findsNothingBetweenEqualSchemas() {
        assertThat(SchemaDiff.between(CLINIC, schema(Entities.visit(), Entities.pet(), Entities.owner()))).isEmpty();
    }

    @Test
    void createsNewTablesInNameOrder() {
        assertThat(SchemaDiff.between(SchemaModel.empty(), CLINIC)).containsExactly(
                new CreateTable(CLINIC.tables().get(0)),
                new CreateTable(CLINIC.tables().get(1)),
                new CreateTable(CLINIC.tables().get(2)));
    }

    @Test
    void dropsRemovedTablesInReverseNameOrderKeepingTheirDefinitions() {
        assertThat(SchemaDiff.between(CLINIC, SchemaModel.empty())).containsExactly(
                new DropTable(CLINIC.tables().get(2)),
                new DropTable(CLINIC.tables().get(1)),
                new DropTable(CLINIC.tables().get(0)));
    }

    @Test
    void dropsBeforeItCreates() {
        List<SchemaChange> changes = SchemaDiff.between(schema(Entities.visit()), schema(Entities.owner()));

        assertThat(changes).extracting(change -> change.getClass().getSimpleName() + " " + change.tableName())
                .containsExactly("DropTable visits", "CreateTable owners");
    }

    @Test
    void ignoresAnEntityClassMovedToAnotherPackage() {
        TableModel moved = CLINIC.tables().get(1).withEntity("com.example.other.Pet");

        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, moved))).isEmpty();
    }

    @Test
    void ignoresReorderedColumns() {
        TableModel pets = CLINIC.tables().get(1);
        var columns = new ArrayList<>(pets.columns());
        Collections.reverse(columns);
        var reordered = new TableModel("pets", columns, pets.primaryKey(), pets.uniques(), pets.entity());

        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, reordered))).isEmpty();
    }

    @Test
    void reportsAnAddedColumnAsUnsupported() {
        EntityModel owner = ownerWith(column("nickname", true).length(40));

        assertThat(SchemaDiff.between(schema(Entities.owner()), schema(owner))).containsExactly(
                new UnsupportedChange("owners", "column nickname (VARCHAR(40) NULL) was added"));
    }

    @Test
    void reportsARemovedColumnAsUnsupported() {
        assertThat(SchemaDiff.between(schema(ownerWith(column("nickname", true).length(40))), schema(Entities.owner())))
                .containsExactly(new UnsupportedChange("owners", "column nickname (VARCHAR(40) NULL) was removed"));
    }

    @Test
    void reportsAChangedTypeOrNullabilityAsUnsupported() {
        SchemaModel before = schema(ownerWith(column("nickname", true).length(40)));
        SchemaModel wider = schema(ownerWith(column("nickname", true).length(80)));
        SchemaModel required = schema(ownerWith(column("nickname", false).length(40)));

        assertThat(SchemaDiff.between(before, wider)).containsExactly(new UnsupportedChange("owners",
                "column nickname changed from VARCHAR(40) NULL to VARCHAR(80) NULL"));
        assertThat(SchemaDiff.between(before, required)).containsExactly(new UnsupportedChange("owners",
                "column nickname changed from VARCHAR(40) NULL to VARCHAR(40) NOT NULL"));
    }

    @Test
    void reportsUniqueConstraintChangesAsUnsupported() {
        SchemaModel plain = schema(ownerWith(column("nickname", true).length(40)));
        SchemaModel unique = schema(ownerWith(column("nickname", true).length(40).asUnique()));

        assertThat(SchemaDiff.between(plain, unique)).containsExactly(new UnsupportedChange("owners",
                "unique constraint uk_owners_nickname on (nickname) was added"));
        assertThat(SchemaDiff.between(unique, plain)).containsExactly(new UnsupportedChange("owners",
                "unique constraint uk_owners_nickname on (nickname) was removed"));
    }

    @Test
    void reportsAChangedPrimaryKeyAsUnsupported() {
        TableModel owners = CLINIC.tables().get(0);
        var byEmail = new TableModel("owners", owners.columns(), new PrimaryKey("pk_owners", List.of("email")),
                owners.uniques(), owners.entity());

        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, byEmail))).containsExactly(
                new UnsupportedChange("owners", "primary key changed from (id) to (email)"));
    }

    @Test
    void keepsNewTablesBesideUnsupportedChanges() {
        SchemaModel current = schema(ownerWith(column("nickname", true).length(40)), Entities.pet());

        assertThat(SchemaDiff.between(schema(Entities.owner()), current)).containsExactly(
                new CreateTable(current.tables().get(1)),
                new UnsupportedChange("owners", "column nickname (VARCHAR(40) NULL) was added"));
    }

    private static EntityModel ownerWith(Entities.ColumnSpec extra) {
        return Entities.entity("Owner", "owners", IdStrategy.RANDOM_UUID)
                .field("email", ValueType.of(ValueKind.STRING, false), column("email", false).length(254).asUnique())
                .field("fullName", ValueType.of(ValueKind.STRING, false), column("full_name", false).length(100))
                .field("nickname", ValueType.of(ValueKind.STRING, false), extra)
                .build();
    }

    private static SchemaModel schema(EntityModel... entities) {
        return SchemaMapper.map(List.of(entities));
    }

    private static SchemaModel replace(SchemaModel schema, TableModel table) {
        return new SchemaModel(schema.tables().stream().map(t -> t.name().equals(table.name()) ? table : t).toList());
    }
}
