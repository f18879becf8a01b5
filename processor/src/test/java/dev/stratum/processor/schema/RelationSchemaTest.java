package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.Golden;
import dev.stratum.processor.schema.ForeignKey.OnDelete;
import dev.stratum.processor.schema.MigrationPlan.Migration;
import dev.stratum.processor.schema.SchemaChange.AddForeignKey;
import dev.stratum.processor.schema.SchemaChange.AddIndex;
import dev.stratum.processor.schema.SchemaChange.CreateTable;
import dev.stratum.processor.schema.SchemaChange.DropForeignKey;
import dev.stratum.processor.schema.SchemaChange.RenameColumn;
import dev.stratum.processor.schema.SchemaChange.RenameConstraint;
import dev.stratum.processor.schema.SchemaChange.RenameIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Foreign keys, their indexes and join tables: diff order, exact undo, snapshot form and the migration text. */
class RelationSchemaTest {

    private static final List<SqlDialect> DIALECTS = SqlDialect.all();

    private static final TableModel OWNERS = table("owners", List.of(), List.of());
    private static final TableModel PETS = table("pets", List.of(), List.of(), bigint("owner_id", true));
    private static final TableModel PETS_WITH_OWNER = table("pets",
            List.of(foreignKey("pets", "owner_id", "owners", OnDelete.RESTRICT)), List.of(index("pets", "owner_id")),
            bigint("owner_id", true));
    private static final TableModel TAGS = table("tags", List.of(), List.of());
    private static final TableModel PETS_TAGS = new TableModel("pets_tags",
            List.of(bigint("pet_id", false), bigint("tag_id", false)),
            new PrimaryKey("pk_pets_tags", List.of("pet_id", "tag_id")), List.of(), "example.Pet",
            List.of(foreignKey("pets_tags", "pet_id", "pets", OnDelete.CASCADE),
                    foreignKey("pets_tags", "tag_id", "tags", OnDelete.CASCADE)),
            List.of(index("pets_tags", "tag_id")));

    @Test
    void createsReferencedTablesFirstAndDropsReferencingTablesFirst() {
        var all = new SchemaModel(List.of(PETS_TAGS, TAGS, PETS_WITH_OWNER, OWNERS));

        assertThat(SchemaDiff.between(SchemaModel.empty(), all)).extracting(SchemaChange::tableName)
                .containsExactly("owners", "pets", "tags", "pets_tags");
        assertThat(SchemaDiff.between(all, SchemaModel.empty())).extracting(SchemaChange::tableName)
                .containsExactly("pets_tags", "tags", "pets", "owners");
    }

    @Test
    void tablesThatReferenceEachOtherGetTheClosingForeignKeyOnceBothExist() {
        var owners = table("owners", List.of(foreignKey("owners", "favourite_pet_id", "pets", OnDelete.SET_NULL)),
                List.of(index("owners", "favourite_pet_id")), bigint("favourite_pet_id", true));
        var both = new SchemaModel(List.of(owners, PETS_WITH_OWNER));

        List<SchemaChange> changes = SchemaDiff.between(SchemaModel.empty(), both);

        assertThat(changes).extracting(change -> change.getClass().getSimpleName() + " " + change.tableName())
                .containsExactly("CreateTable owners", "CreateTable pets", "AddForeignKey owners");
        assertThat(((CreateTable) changes.get(0)).table().foreignKeys()).isEmpty();
        assertThat(SchemaChanges.apply(SchemaModel.empty(), changes).table("owners").orElseThrow().foreignKeys())
                .isEqualTo(owners.foreignKeys());
        assertThat(SchemaChanges.apply(SchemaChanges.apply(SchemaModel.empty(), changes), SchemaChanges.undo(changes)))
                .isEqualTo(SchemaModel.empty());
        assertThat(SchemaDiff.between(SchemaChanges.apply(SchemaModel.empty(), changes), both)).isEmpty();
    }

    @Test
    void addsTheIndexThenTheForeignKeyAfterTheReferencedTableExists() {
        var before = new SchemaModel(List.of(PETS));
        var after = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS));

        List<SchemaChange> changes = SchemaDiff.between(before, after);

        assertThat(changes).extracting(change -> change.getClass().getSimpleName())
                .containsExactly("CreateTable", "AddIndex", "AddForeignKey");
        assertThat(SchemaChanges.apply(SchemaChanges.apply(before, changes), SchemaChanges.undo(changes)))
                .isEqualTo(before);
    }

    @Test
    void dropsTheForeignKeyAndIndexBeforeTheirColumn() {
        var before = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS));
        var after = new SchemaModel(List.of(table("pets", List.of(), List.of()), OWNERS));

        assertThat(SchemaDiff.between(before, after)).extracting(change -> change.getClass().getSimpleName())
                .containsExactly("DropForeignKey", "DropIndex", "DropColumn");
    }

    @Test
    void aChangedDeleteBehaviourReplacesTheForeignKey() {
        var before = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS));
        var after = new SchemaModel(List.of(table("pets",
                List.of(foreignKey("pets", "owner_id", "owners", OnDelete.CASCADE)),
                List.of(index("pets", "owner_id")), bigint("owner_id", true)), OWNERS));

        List<SchemaChange> changes = SchemaDiff.between(before, after);

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).isInstanceOf(DropForeignKey.class);
        assertThat(((AddForeignKey) changes.get(1)).foreignKey().onDelete()).isEqualTo(OnDelete.CASCADE);
    }

    @Test
    void aRenamedForeignKeyColumnRenamesTheKeyAndItsIndex() {
        var before = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS));
        var after = new SchemaModel(List.of(table("pets",
                List.of(foreignKey("pets", "keeper_id", "owners", OnDelete.RESTRICT)),
                List.of(index("pets", "keeper_id")), bigint("keeper_id", true)), OWNERS));
        var renames = new Renames(Map.of(), Map.of("pets", Map.of("keeper_id", "owner_id")));

        List<SchemaChange> changes = SchemaDiff.between(before, after, renames);

        assertThat(changes).containsExactly(
                new RenameColumn("pets", "owner_id", "keeper_id"),
                new RenameConstraint("pets", "fk_pets_owner_id", "fk_pets_keeper_id"),
                new RenameIndex("pets", "ix_pets_owner_id", "ix_pets_keeper_id"));
        assertThat(SchemaChanges.apply(before, changes)).isEqualTo(after);
        assertThat(SchemaChanges.apply(after, SchemaChanges.undo(changes))).isEqualTo(before);
    }

    @Test
    void aRenamedTableKeepsTheForeignKeysThatReferenceIt() {
        var before = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS));
        var renamed = SchemaChanges.apply(before, List.of(new SchemaChange.RenameTable("owners", "people")));

        assertThat(renamed.table("pets").orElseThrow().foreignKeys()).singleElement()
                .extracting(ForeignKey::referencedTable).isEqualTo("people");
    }

    @Test
    void droppingAJoinTableNeedsConsentButDroppingAForeignKeyDoesNot() {
        var withTags = new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS, TAGS, PETS_TAGS));
        SchemaSnapshot snapshot = ((Migration) MigrationPlanner.plan(null, withTags, DIALECTS)).snapshot();
        var without = new SchemaModel(List.of(PETS, OWNERS, TAGS));

        MigrationPlan refused = MigrationPlanner.plan(snapshot, without, Renames.none(), Set.of(), DIALECTS);
        MigrationPlan consented = MigrationPlanner.plan(snapshot, without, Renames.none(),
                Set.of("drop table pets_tags"), DIALECTS);

        assertThat(refused).isEqualTo(new MigrationPlan.NeedsConsent(List.of(new DataLoss("pets_tags",
                "drop table pets_tags", "every row of table pets_tags is lost"))));
        assertThat(((Migration) consented).changes()).extracting(change -> change.getClass().getSimpleName())
                .containsExactly("DropForeignKey", "DropIndex", "DropTable");
    }

    @Test
    void snapshotsWithoutRelationsReadAndWriteAsBefore() {
        String json = new SchemaSnapshot(1, new SchemaModel(List.of(OWNERS)), List.of()).toJson();

        assertThat(json).doesNotContain("foreignKeys").doesNotContain("indexes");
        assertThat(SchemaSnapshot.fromJson(json).toJson()).isEqualTo(json);
    }

    @Test
    void snapshotsRoundTripForeignKeysAndIndexes() {
        var snapshot = new SchemaSnapshot(1, new SchemaModel(List.of(PETS_TAGS, TAGS, PETS_WITH_OWNER, OWNERS)),
                List.of());

        assertThat(SchemaSnapshot.fromJson(snapshot.toJson())).isEqualTo(snapshot);
    }

    @Test
    void writesTheRelationMigrationsOfBothDialects() {
        Migration first = (Migration) MigrationPlanner.plan(null, new SchemaModel(List.of(PETS, OWNERS)), DIALECTS);
        Migration second = (Migration) MigrationPlanner.plan(first.snapshot(),
                new SchemaModel(List.of(PETS_WITH_OWNER, OWNERS, TAGS, PETS_TAGS)), DIALECTS);

        assertThat(second.description())
                .isEqualTo("create_pets_tags_and_tags_and_add_index_pets_owner_id_and_add_foreign_key_pets_owner_id");
        Map<String, String> files = new TreeMap<>();
        second.files().forEach(file -> files.put(file.path(), file.content()));
        files.put("snapshot.json", second.snapshot().toJson());
        Golden.assertMatches(Golden.ROOT.resolve("schema/add_relations/expected"), files);
    }

    private static TableModel table(String name, List<ForeignKey> keys, List<Index> indexes, ColumnDef... extra) {
        var columns = new java.util.ArrayList<ColumnDef>();
        columns.add(new ColumnDef("id", SqlType.Scalar.BIGINT, false, true));
        columns.add(new ColumnDef("version", SqlType.Scalar.BIGINT, false, false));
        columns.addAll(List.of(extra));
        String entity = "example." + Character.toUpperCase(name.charAt(0)) + name.substring(1, name.length() - 1);
        return new TableModel(name, columns, new PrimaryKey("pk_" + name, List.of("id")), List.of(), entity, keys,
                indexes);
    }

    private static ColumnDef bigint(String name, boolean nullable) {
        return new ColumnDef(name, SqlType.Scalar.BIGINT, nullable, false);
    }

    private static ForeignKey foreignKey(String table, String column, String referenced, OnDelete onDelete) {
        return new ForeignKey(ConstraintNames.foreignKey(table, column), List.of(column), referenced, List.of("id"),
                onDelete);
    }

    private static Index index(String table, String column) {
        return new Index(ConstraintNames.index(table, column), List.of(column));
    }

}
