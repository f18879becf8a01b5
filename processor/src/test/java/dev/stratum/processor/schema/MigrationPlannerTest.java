package dev.stratum.processor.schema;

import dev.stratum.processor.Golden;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.model.EntityModel;
import dev.stratum.processor.schema.MigrationPlan.Migration;
import dev.stratum.processor.schema.MigrationPlan.NoChange;
import dev.stratum.processor.schema.MigrationPlan.Unsupported;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropTable;
import dev.stratum.processor.schema.SchemaChange.UnsupportedChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {

    private static final java.nio.file.Path SCHEMA_GOLDEN = Golden.ROOT.resolve("schema");

    private static final List<SqlDialect> DIALECTS = SqlDialect.all();

    @Test
    void writesV1ForAFirstModel() {
        Migration v1 = first();

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.description()).isEqualTo("create_owners_and_pets");
        assertThat(v1.files()).extracting(MigrationFile::path).containsExactly(
                "h2/V1__create_owners_and_pets.sql", "h2/U1__drop_owners_and_pets.sql",
                "postgresql/V1__create_owners_and_pets.sql", "postgresql/U1__drop_owners_and_pets.sql");
        Golden.assertMatches(SCHEMA_GOLDEN.resolve("first_migration/expected"), filesAndSnapshot(v1));
    }

    @Test
    void writesV2AfterANewEntity() {
        Migration v2 = second();

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.changes()).singleElement().isInstanceOf(CreateTable.class);
        assertThat(v2.snapshot().version()).isEqualTo(2);
        assertThat(v2.snapshot().schema()).isEqualTo(schema(Entities.owner(), Entities.pet(), Entities.visit()));
        assertThat(v2.snapshot().migrations()).extracting(RecordedMigration::path).containsExactly(
                "h2/V1__create_owners_and_pets.sql", "h2/U1__drop_owners_and_pets.sql",
                "postgresql/V1__create_owners_and_pets.sql", "postgresql/U1__drop_owners_and_pets.sql",
                "h2/V2__create_visits.sql", "h2/U2__drop_visits.sql",
                "postgresql/V2__create_visits.sql", "postgresql/U2__drop_visits.sql");
        Golden.assertMatches(SCHEMA_GOLDEN.resolve("second_migration/expected"), filesAndSnapshot(v2));
    }

    @Test
    void writesADropWhoseUndoRecreatesTheTableAsItWas() {
        Migration v3 = third();

        assertThat(v3.description()).isEqualTo("drop_visits");
        assertThat(v3.changes()).extracting(SchemaChange::tableName).containsExactly("visits");
        assertThat(v3.consented()).extracting(DataLoss::consent).containsExactly("drop table visits");
        assertThat(v3.files()).extracting(MigrationFile::path).contains("h2/U3__create_visits.sql");
        Golden.assertMatches(SCHEMA_GOLDEN.resolve("drop_table/expected"), filesAndSnapshot(v3));
    }

    @Test
    void plansNothingWhenTheModelIsUnchanged() {
        MigrationPlan plan = MigrationPlanner.plan(first().snapshot(), schema(Entities.pet(), Entities.owner()), DIALECTS);

        assertThat(plan).isEqualTo(new NoChange(Optional.empty()));
    }

    @Test
    void plansNothingForAModelWithoutEntities() {
        assertThat(MigrationPlanner.plan(null, SchemaModel.empty(), DIALECTS)).isEqualTo(new NoChange(Optional.empty()));
    }

    @Test
    void refreshesOnlyTheSnapshotWhenAnEntityClassMoved() {
        SchemaSnapshot previous = first().snapshot();
        TableModel movedPets = previous.schema().table("pets").orElseThrow().withEntity("com.example.vet.Pet");
        var current = new SchemaModel(List.of(previous.schema().table("owners").orElseThrow(), movedPets));

        MigrationPlan plan = MigrationPlanner.plan(previous, current, DIALECTS);

        assertThat(plan).isEqualTo(new NoChange(Optional.of(
                new SchemaSnapshot(1, current, previous.migrations()))));
    }

    @Test
    void writesNoFilesWhenAChangeIsUnsupported() {
        SchemaModel current = new SchemaModel(List.of(
                retyped(first().snapshot().schema().table("pets").orElseThrow(), "lives", SqlType.Scalar.BOOLEAN),
                first().snapshot().schema().table("owners").orElseThrow(),
                schema(Entities.visit()).tables().get(0)));

        MigrationPlan plan = MigrationPlanner.plan(first().snapshot(), current, DIALECTS);

        assertThat(plan).isEqualTo(new Unsupported(List.of(
                new UnsupportedChange("pets", "column lives changed from INTEGER NOT NULL to BOOLEAN NOT NULL"))));
    }

    @Test
    void writesOnlyTheRequestedDialectsInTheirOrder() {
        var plan = (Migration) MigrationPlanner.plan(null, schema(Entities.owner()), List.of(new PostgresDialect()));

        assertThat(plan.files()).extracting(MigrationFile::path)
                .containsExactly("postgresql/V1__create_owners.sql", "postgresql/U1__drop_owners.sql");
    }

    @Test
    void isDeterministic() {
        assertThat(first()).isEqualTo(first());
        assertThat(second().snapshot().toJson()).isEqualTo(second().snapshot().toJson());
    }

    @Test
    void describesOneTwoOrManyTables() {
        TableModel a = table("alpha");
        TableModel b = table("bravo");
        TableModel c = table("charlie");

        assertThat(MigrationPlanner.describe(List.of(new CreateTable(a)))).isEqualTo("create_alpha");
        assertThat(MigrationPlanner.describe(List.of(new CreateTable(b), new CreateTable(a))))
                .isEqualTo("create_alpha_and_bravo");
        assertThat(MigrationPlanner.describe(List.of(new CreateTable(a), new CreateTable(b), new CreateTable(c))))
                .isEqualTo("create_3_tables");
        assertThat(MigrationPlanner.describe(List.of(new DropTable(c), new DropTable(b), new DropTable(a))))
                .isEqualTo("drop_3_tables");
        assertThat(MigrationPlanner.describe(List.of(new DropTable(a), new CreateTable(b), new CreateTable(c))))
                .isEqualTo("drop_alpha_and_create_bravo_and_charlie");
    }

    @Test
    void namesTheUndoAfterTheInverseChanges() {
        var plan = (Migration) MigrationPlanner.plan(third().snapshot(), schema(Entities.owner(), Entities.visit()),
                Renames.none(), java.util.Set.of("drop table pets"), DIALECTS);

        assertThat(plan.description()).isEqualTo("drop_pets_and_create_visits");
        assertThat(plan.files()).extracting(MigrationFile::path)
                .contains("h2/V4__drop_pets_and_create_visits.sql", "h2/U4__drop_visits_and_create_pets.sql");
    }

    @Test
    void headsEveryFileWithWhatWhyRiskAndRollBack() {
        Map<String, String> files = second().files().stream()
                .collect(Collectors.toMap(MigrationFile::path, MigrationFile::content));

        assertThat(files.get("postgresql/V2__create_visits.sql")).startsWith("""
                -- V2__create_visits.sql (postgresql)
                -- Written by Stratum from the entity model. Do not edit: Flyway rejects a changed migration it has
                -- applied. Change the entities instead, and the next compile writes the next migration.
                --
                -- What:
                --   create table visits (4 columns)
                -- Why:
                --   table visits is new: entity com.example.clinic.Visit maps to it
                -- Risk:
                --   creates a new empty table; no existing data is touched
                -- Roll back:
                --   run U2__drop_visits.sql; it restores exactly the schema before V2

                create table visits (
                """);
        assertThat(files.get("h2/U2__drop_visits.sql"))
                .contains("--   reverts V2 (V2__create_visits.sql), which was written because:\n")
                .contains("--   drops table visits: its rows are lost and cannot be restored by this script\n")
                .endsWith("\ndrop table visits;\n");
    }

    @Test
    void backfillsNullsWithTheDefaultAndSaysTheUndoKeepsThem() {
        SchemaSnapshot previous = first().snapshot();
        TableModel pets = previous.schema().table("pets").orElseThrow();
        ColumnDef name = pets.column("name").orElseThrow();
        var optional = new ColumnDef("name", name.type(), true, false);
        var required = new ColumnDef("name", name.type(), false, false, Optional.of("'unnamed'"));
        SchemaSnapshot nullable = ((Migration) MigrationPlanner.plan(previous, withColumn(previous, pets, optional),
                DIALECTS)).snapshot();

        var plan = (Migration) MigrationPlanner.plan(nullable, withColumn(nullable, pets, required), DIALECTS);

        Map<String, String> files = plan.files().stream()
                .collect(Collectors.toMap(MigrationFile::path, MigrationFile::content));
        assertThat(plan.description()).isEqualTo("require_pets_name");
        assertThat(files.get("postgresql/V3__require_pets_name.sql"))
                .contains("NULLs in pets.name are replaced by 'unnamed' before NOT NULL is set")
                .contains("update pets set name = 'unnamed' where name is null;\n");
        assertThat(files.get("postgresql/U3__allow_null_pets_name.sql"))
                .contains("so the NULLs V3 replaced with 'unnamed' keep that value");
    }

    private static SchemaModel withColumn(SchemaSnapshot snapshot, TableModel table, ColumnDef column) {
        var changed = new TableModel(table.name(), table.columns().stream()
                .map(c -> c.name().equals(column.name()) ? column : c).toList(),
                table.primaryKey(), table.uniques(), table.entity());
        return new SchemaModel(snapshot.schema().tables().stream()
                .map(t -> t.name().equals(table.name()) ? changed : t).toList());
    }

    @Test
    void verifiesThatRecordedFilesAreUntouched() {
        Migration v1 = first();
        Map<String, String> onDisk = contents(v1);

        assertThat(MigrationPlanner.verify(v1.snapshot(), onDisk)).isEmpty();
    }

    @Test
    void namesAFileEditedByHand() {
        Migration v1 = first();
        Map<String, String> onDisk = contents(v1);
        onDisk.computeIfPresent("postgresql/V1__create_owners_and_pets.sql",
                (path, content) -> content.replace("varchar(80)", "varchar(90)"));

        assertThat(MigrationPlanner.verify(v1.snapshot(), onDisk)).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("postgresql/V1__create_owners_and_pets.sql");
            assertThat(problem.message()).startsWith(
                    "migration postgresql/V1__create_owners_and_pets.sql was edited after Stratum wrote it");
        });
    }

    @Test
    void namesAMissingFile() {
        Migration v1 = first();
        Map<String, String> onDisk = contents(v1);
        onDisk.remove("h2/U1__drop_owners_and_pets.sql");

        assertThat(MigrationPlanner.verify(v1.snapshot(), onDisk)).singleElement()
                .extracting(MigrationFileProblem::message).asString()
                .startsWith("migration h2/U1__drop_owners_and_pets.sql is recorded in the schema snapshot but missing");
    }

    @Test
    void acceptsFilesWhoseLineEndingsACheckoutConverted() {
        Migration v1 = first();
        Map<String, String> onDisk = contents(v1);
        onDisk.replaceAll((path, content) -> "\uFEFF" + content.replace("\n", "\r\n"));

        assertThat(MigrationPlanner.verify(v1.snapshot(), onDisk)).isEmpty();
    }

    static Migration first() {
        return (Migration) MigrationPlanner.plan(null, schema(Entities.pet(), Entities.owner()), DIALECTS);
    }

    static Migration second() {
        return (Migration) MigrationPlanner.plan(first().snapshot(),
                schema(Entities.pet(), Entities.owner(), Entities.visit()), DIALECTS);
    }

    static Migration third() {
        return (Migration) MigrationPlanner.plan(second().snapshot(), schema(Entities.pet(), Entities.owner()),
                Renames.none(), java.util.Set.of("drop table visits"), DIALECTS);
    }

    static SchemaModel schema(EntityModel... entities) {
        return SchemaMapper.map(List.of(entities));
    }

    private static Map<String, String> filesAndSnapshot(Migration migration) {
        Map<String, String> files = contents(migration);
        files.put("snapshot.json", migration.snapshot().toJson());
        return files;
    }

    private static Map<String, String> contents(Migration migration) {
        var files = new LinkedHashMap<String, String>();
        migration.files().forEach(file -> files.put(file.path(), file.content()));
        return files;
    }

    private static TableModel table(String name) {
        return new TableModel(name, List.of(new ColumnDef("id", SqlType.Scalar.BIGINT, false, true)),
                new PrimaryKey("pk_" + name, List.of("id")), List.of(), "a." + name);
    }

    private static TableModel retyped(TableModel table, String column, SqlType type) {
        return new TableModel(table.name(), table.columns().stream().map(c -> c.name().equals(column)
                ? new ColumnDef(c.name(), type, c.nullable(), c.identity()) : c).toList(),
                table.primaryKey(), table.uniques(), table.entity());
    }
}
