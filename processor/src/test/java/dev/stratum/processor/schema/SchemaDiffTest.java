package dev.stratum.processor.schema;

import static dev.stratum.processor.schema.Entities.column;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.model.IdStrategy;
import dev.stratum.processor.model.ValueKind;
import dev.stratum.processor.model.ValueType;
import dev.stratum.processor.schema.SchemaChange.AddColumn;
import dev.stratum.processor.schema.SchemaChange.AddUnique;
import dev.stratum.processor.schema.SchemaChange.AlterColumn;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropColumn;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.DropUnique;
import dev.stratum.processor.schema.SchemaChange.RenameColumn;
import dev.stratum.processor.schema.SchemaChange.RenameConstraint;
import dev.stratum.processor.schema.SchemaChange.RenameTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
        var reordered = new TableModel("pets", columns, pets.primaryKey(), pets.uniques(), pets.entity(),
                pets.foreignKeys(), pets.indexes(), pets.checks());

        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, reordered))).isEmpty();
    }

    @Test
    void addsAColumn() {
        EntityModel owner = ownerWith(column("nickname", true).length(40));

        assertThat(SchemaDiff.between(schema(Entities.owner()), schema(owner))).containsExactly(
                new AddColumn("owners", new ColumnDef("nickname", new SqlType.Varchar(40), true, false)));
    }

    @Test
    void dropsARemovedColumnKeepingItsDefinition() {
        assertThat(SchemaDiff.between(schema(ownerWith(column("nickname", true).length(40))), schema(Entities.owner())))
                .containsExactly(new DropColumn("owners", new ColumnDef("nickname", new SqlType.Varchar(40), true, false)));
    }

    @Test
    void altersAChangedTypeNullabilityOrDefault() {
        SchemaModel before = schema(ownerWith(column("nickname", true).length(40)));
        SchemaModel wider = schema(ownerWith(column("nickname", true).length(80)));
        SchemaModel required = schema(ownerWith(column("nickname", false).length(40)));
        var old = new ColumnDef("nickname", new SqlType.Varchar(40), true, false);

        assertThat(SchemaDiff.between(before, wider)).containsExactly(new AlterColumn("owners", old,
                new ColumnDef("nickname", new SqlType.Varchar(80), true, false)));
        assertThat(SchemaDiff.between(before, required)).containsExactly(new AlterColumn("owners", old,
                new ColumnDef("nickname", new SqlType.Varchar(40), false, false)));
    }

    @Test
    void reportsATypeChangeNoDatabaseConvertsAsUnsupported() {
        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, retyped("birth_date", SqlType.Scalar.BOOLEAN))))
                .singleElement()
                .isInstanceOf(UnsupportedChange.class)
                .extracting(SchemaChange::tableName).isEqualTo("pets");
    }

    @Test
    void altersATypeBetweenFamiliesInPlace() {
        TableModel pets = CLINIC.tables().get(1);
        ColumnDef name = pets.column("name").orElseThrow();

        assertThat(SchemaDiff.between(CLINIC, replace(CLINIC, retyped("name", SqlType.Scalar.INTEGER))))
                .containsExactly(new SchemaChange.AlterColumn("pets", name,
                        new ColumnDef("name", SqlType.Scalar.INTEGER, name.nullable(), false)));
    }

    @Test
    void castsOnlyOnPostgresqlAndOnlyBetweenFamilies() {
        var from = new ColumnDef("code", new SqlType.Varchar(10), true, false);
        var toInteger = new SchemaChange.AlterColumn("pets", from,
                new ColumnDef("code", SqlType.Scalar.INTEGER, true, false));
        var longer = new SchemaChange.AlterColumn("pets", from,
                new ColumnDef("code", new SqlType.Varchar(20), true, false));

        assertThat(new PostgresDialect().render(toInteger))
                .isEqualTo("alter table pets alter column code set data type integer using code::integer;\n");
        assertThat(new H2Dialect().render(toInteger))
                .isEqualTo("alter table pets alter column code set data type integer;\n");
        assertThat(new PostgresDialect().render(longer))
                .isEqualTo("alter table pets alter column code set data type varchar(20);\n");
    }

    @Test
    void tellsWideningFromLossyConversions() {
        assertThat(SqlTypes.widens(SqlType.Scalar.SMALLINT, SqlType.Scalar.INTEGER)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, SqlType.Scalar.DOUBLE_PRECISION)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.BIGINT, SqlType.Scalar.DOUBLE_PRECISION)).isFalse();
        assertThat(SqlTypes.widens(SqlType.Scalar.REAL, SqlType.Scalar.DOUBLE_PRECISION)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.DOUBLE_PRECISION, SqlType.Scalar.INTEGER)).isFalse();
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, new SqlType.Varchar(11))).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, new SqlType.Varchar(10))).isFalse();
        assertThat(SqlTypes.widens(new SqlType.Varchar(10), SqlType.Scalar.INTEGER)).isFalse();
        assertThat(SqlTypes.widens(new SqlType.Varchar(10), SqlType.Scalar.CLOB)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, new SqlType.Numeric(12, 2))).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, new SqlType.Numeric(10, 2))).isFalse();
        assertThat(SqlTypes.widens(SqlType.Scalar.DATE, SqlType.Scalar.TIMESTAMP)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.TIMESTAMP, SqlType.Scalar.DATE)).isFalse();
        assertThat(SqlTypes.narrowingEffect(SqlType.Scalar.TIMESTAMP, SqlType.Scalar.DATE))
                .isEqualTo("the time of day is cut off");
        assertThat(SqlTypes.narrowingEffect(SqlType.Scalar.DOUBLE_PRECISION, SqlType.Scalar.INTEGER))
                .isEqualTo("a value outside the range of INTEGER makes the migration fail, and fractions are rounded");
        assertThat(SqlTypes.convertible(SqlType.Scalar.TIME, SqlType.Scalar.DATE)).isFalse();
        assertThat(SqlTypes.convertible(SqlType.Scalar.UUID, SqlType.Scalar.BIGINT)).isFalse();
    }

    @Test
    void matchesDeclaredIndexesByShape() {
        TableModel pets = CLINIC.tables().get(1);
        var ascending = new Index("ix_pets_name_birth_date", List.of("name", "birth_date"));
        var descending = new Index("ix_pets_name_birth_date", List.of("name", "birth_date"), false, List.of("name"));
        var renamed = new Index("ix_pets_by_name", List.of("name", "birth_date"));

        SchemaModel before = replace(CLINIC, withIndex(pets, ascending));
        assertThat(SchemaDiff.between(before, replace(CLINIC, withIndex(pets, descending)))).containsExactly(
                new SchemaChange.DropIndex("pets", ascending), new SchemaChange.AddIndex("pets", descending));
        assertThat(SchemaDiff.between(before, replace(CLINIC, withIndex(pets, renamed)))).containsExactly(
                new SchemaChange.RenameIndex("pets", "ix_pets_name_birth_date", "ix_pets_by_name"));
    }

    private static TableModel withIndex(TableModel table, Index index) {
        var indexes = new java.util.ArrayList<>(table.indexes());
        indexes.add(index);
        return new TableModel(table.name(), table.columns(), table.primaryKey(), table.uniques(), table.entity(),
                table.foreignKeys(), indexes, table.checks());
    }

    private static TableModel retyped(String column, SqlType type) {
        TableModel pets = CLINIC.tables().get(1);
        return new TableModel("pets", pets.columns().stream().map(c -> c.name().equals(column)
                ? new ColumnDef(column, type, c.nullable(), false) : c).toList(),
                pets.primaryKey(), pets.uniques(), pets.entity(), pets.foreignKeys(), pets.indexes(), pets.checks());
    }

    @Test
    void addsAndDropsUniqueConstraints() {
        SchemaModel plain = schema(ownerWith(column("nickname", true).length(40)));
        SchemaModel unique = schema(ownerWith(column("nickname", true).length(40).asUnique()));
        var key = new UniqueKey("uk_owners_nickname", List.of("nickname"));

        assertThat(SchemaDiff.between(plain, unique)).containsExactly(new AddUnique("owners", key));
        assertThat(SchemaDiff.between(unique, plain)).containsExactly(new DropUnique("owners", key));
    }

    @Test
    void renamesAColumnAndTheConstraintNamedAfterIt() {
        SchemaModel before = schema(ownerWith(column("nick", true).length(40).asUnique()));
        SchemaModel after = schema(ownerWith(column("nickname", true).length(40).asUnique()));
        var renames = new Renames(Map.of(), Map.of("owners", Map.of("nickname", "nick")));

        assertThat(SchemaDiff.between(before, after, renames)).containsExactly(
                new RenameColumn("owners", "nick", "nickname"),
                new RenameConstraint("owners", "uk_owners_nick", "uk_owners_nickname"));
        assertThat(SchemaDiff.between(before, after)).as("without the marker a rename is a drop and an add")
                .hasAtLeastOneElementOfType(DropColumn.class).hasAtLeastOneElementOfType(AddColumn.class);
    }

    @Test
    void renamesATableAndItsPrimaryKey() {
        TableModel owners = CLINIC.tables().get(0);
        TableModel clients = SchemaChanges.apply(new SchemaModel(List.of(owners)),
                List.of(new RenameTable("owners", "clients"))).tables().get(0);
        var renamedModel = new TableModel("clients", clients.columns(), new PrimaryKey("pk_clients", List.of("id")),
                List.of(new UniqueKey("uk_clients_email", List.of("email"))), owners.entity());
        SchemaModel after = replaceAll(CLINIC, "owners", renamedModel);

        assertThat(SchemaDiff.between(CLINIC, after, new Renames(Map.of("clients", "owners"), Map.of())))
                .containsExactly(new RenameTable("owners", "clients"),
                        new RenameConstraint("clients", "pk_owners", "pk_clients"),
                        new RenameConstraint("clients", "uk_owners_email", "uk_clients_email"));
    }

    @Test
    void ignoresARenameMarkerOnceTheSnapshotHasTheNewName() {
        SchemaModel renamed = schema(ownerWith(column("nickname", true).length(40)));
        var renames = new Renames(Map.of("owners", "clients"), Map.of("owners", Map.of("nickname", "nick")));

        assertThat(SchemaDiff.between(renamed, renamed, renames)).isEmpty();
    }

    @Test
    void theUndoOfEveryChangeRestoresTheSchemaExactly() {
        SchemaModel before = schema(ownerWith(column("nick", true).length(40).asUnique()), Entities.visit());
        SchemaModel after = schema(ownerWith(column("nickname", false).length(80).withDefault("'x'")), Entities.pet());
        var renames = new Renames(Map.of(), Map.of("owners", Map.of("nickname", "nick")));

        List<SchemaChange> changes = SchemaDiff.between(before, after, renames);
        SchemaModel applied = SchemaChanges.apply(before, changes);

        assertThat(SchemaDiff.between(applied, after)).isEmpty();
        assertThat(SchemaDiff.between(SchemaChanges.apply(applied, SchemaChanges.undo(changes)), before)).isEmpty();
    }

    @Test
    void namesTheDataEachChangeRisks() {
        var nickname = new ColumnDef("nickname", new SqlType.Varchar(40), true, false);
        var shorter = new ColumnDef("nickname", new SqlType.Varchar(20), true, false);
        var required = new ColumnDef("nickname", new SqlType.Varchar(40), false, false);
        var requiredWithDefault = new ColumnDef("nickname", new SqlType.Varchar(40), false, false,
                java.util.Optional.of("'x'"));

        assertThat(DataLoss.of(new DropColumn("owners", nickname))).extracting(DataLoss::consent)
                .containsExactly("drop column owners.nickname");
        assertThat(DataLoss.of(new AlterColumn("owners", nickname, shorter))).extracting(DataLoss::consent)
                .containsExactly("narrow column owners.nickname to VARCHAR(20)");
        assertThat(DataLoss.of(new AlterColumn("owners", shorter, nickname))).isEmpty();
        assertThat(DataLoss.of(new AlterColumn("owners", nickname, required))).extracting(DataLoss::consent)
                .containsExactly("set not null owners.nickname");
        assertThat(DataLoss.of(new AlterColumn("owners", nickname, requiredWithDefault))).isEmpty();
        assertThat(DataLoss.of(new AddColumn("owners", required))).extracting(DataLoss::consent)
                .containsExactly("add not null column owners.nickname");
        assertThat(DataLoss.of(new AddColumn("owners", requiredWithDefault))).isEmpty();
        assertThat(DataLoss.of(new DropTable(CLINIC.tables().get(2)))).extracting(DataLoss::consent)
                .containsExactly("drop table visits");
    }

    @Test
    void widensOnlyWhenEveryValueFits() {
        assertThat(SqlTypes.widens(SqlType.Scalar.INTEGER, SqlType.Scalar.BIGINT)).isTrue();
        assertThat(SqlTypes.widens(SqlType.Scalar.BIGINT, SqlType.Scalar.INTEGER)).isFalse();
        assertThat(SqlTypes.widens(new SqlType.Numeric(10, 2), new SqlType.Numeric(12, 2))).isTrue();
        assertThat(SqlTypes.widens(new SqlType.Numeric(10, 2), new SqlType.Numeric(10, 3))).as("one integer digit less")
                .isFalse();
        assertThat(SqlTypes.widens(new SqlType.Numeric(10, 2), new SqlType.Numeric(12, 1))).as("rounds").isFalse();
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
    void keepsNewTablesBesideChangedOnes() {
        SchemaModel current = schema(ownerWith(column("nickname", true).length(40)), Entities.pet());

        assertThat(SchemaDiff.between(schema(Entities.owner()), current)).containsExactly(
                new AddColumn("owners", new ColumnDef("nickname", new SqlType.Varchar(40), true, false)),
                new CreateTable(current.tables().get(1)));
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

    private static SchemaModel replaceAll(SchemaModel schema, String name, TableModel table) {
        var tables = new ArrayList<>(schema.tables().stream().filter(t -> !t.name().equals(name)).toList());
        tables.add(table);
        return new SchemaModel(tables);
    }

    private static SchemaModel replace(SchemaModel schema, TableModel table) {
        return new SchemaModel(schema.tables().stream().map(t -> t.name().equals(table.name()) ? table : t).toList());
    }
}
