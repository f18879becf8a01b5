package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.processor.Golden;
import dev.stratum.processor.schema.Check.Compare;
import dev.stratum.processor.schema.Check.Compare.Operator;
import dev.stratum.processor.schema.Check.Condition;
import dev.stratum.processor.schema.MigrationPlan.Migration;
import dev.stratum.processor.schema.MigrationPlan.NeedsConsent;
import dev.stratum.processor.schema.SchemaChange.AddCheck;
import dev.stratum.processor.schema.SchemaChange.DropCheck;
import dev.stratum.processor.schema.SchemaChange.RenameColumn;
import dev.stratum.processor.schema.SchemaChange.RenameConstraint;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Check constraints through diff, undo, consent, snapshot and DDL. */
class CheckSchemaTest {

    private static final List<SqlDialect> DIALECTS = SqlDialect.all();

    private static final Check SPECIES = new Check("ck_pets_species", "species", List.of(new Check.In(List.of("CAT", "DOG"))));
    private static final Check MORE_SPECIES = new Check("ck_pets_species", "species",
            List.of(new Check.In(List.of("CAT", "DOG", "RABBIT"))));
    private static final Check CARE = new Check("ck_pets_care_level", "care_level",
            List.of(new Compare(Operator.AT_LEAST, BigDecimal.ONE), new Compare(Operator.AT_MOST, BigDecimal.valueOf(5))));

    @Test
    void knowsWhichChangesLoosenACheck() {
        assertThat(MORE_SPECIES.tightens(SPECIES)).isFalse();
        assertThat(SPECIES.tightens(MORE_SPECIES)).isTrue();
        Check wider = care(0, 10);
        assertThat(wider.tightens(CARE)).isFalse();
        assertThat(CARE.tightens(wider)).isTrue();
        Check atLeastZero = new Check("c", "n", List.of(new Compare(Operator.AT_LEAST, BigDecimal.ZERO)));
        Check aboveZero = new Check("c", "n", List.of(new Compare(Operator.ABOVE, BigDecimal.ZERO)));
        assertThat(aboveZero.tightens(atLeastZero)).as("@Positive after @PositiveOrZero").isTrue();
        assertThat(atLeastZero.tightens(aboveZero)).as("@PositiveOrZero after @Positive").isFalse();
        Check length2 = new Check("c", "s", List.of(new Check.MinLength(2)));
        Check length1 = new Check("c", "s", List.of(new Check.MinLength(1)));
        assertThat(length1.tightens(length2)).isFalse();
        assertThat(length2.tightens(length1)).isTrue();
        assertThat(new Check("c", "s", List.of(new Check.NotBlank())).tightens(length1)).isTrue();
    }

    @Test
    void readsBackEveryConditionItWrites() {
        for (Condition condition : List.of(new Check.In(List.of("A", "B_2")), new Compare(Operator.BELOW,
                new BigDecimal("-2.50")), new Check.MinLength(3), new Check.NotBlank())) {
            assertThat(Condition.parse(condition.text())).isEqualTo(condition);
        }
        assertThat(new Compare(Operator.BELOW, new BigDecimal("-2.50")).sql("x")).isEqualTo("x < -2.5");
        assertThatThrownBy(() -> Condition.parse("between:1,2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsChecksInTheSnapshotAndReadsSnapshotsWithoutThem() {
        var snapshot = new SchemaSnapshot(1, new SchemaModel(List.of(pets(SPECIES, CARE))), List.of());

        assertThat(SchemaSnapshot.fromJson(snapshot.toJson())).isEqualTo(snapshot);
        assertThat(snapshot.toJson()).contains(
                "{\"name\": \"ck_pets_care_level\", \"column\": \"care_level\", \"conditions\": [\">=:1\", \"<=:5\"]}");
        var without = new SchemaSnapshot(1, new SchemaModel(List.of(pets())), List.of());
        assertThat(without.toJson()).doesNotContain("checks");
    }

    @Test
    void addsDropsAndReplacesChecksWithAnExactUndo() {
        SchemaModel none = schema(pets());
        SchemaModel some = schema(pets(SPECIES, CARE));
        SchemaModel changed = schema(pets(MORE_SPECIES, CARE));

        assertThat(SchemaDiff.between(none, some)).containsExactly(
                new AddCheck("pets", SPECIES), new AddCheck("pets", CARE));
        assertThat(SchemaDiff.between(some, none)).containsExactly(
                new DropCheck("pets", SPECIES), new DropCheck("pets", CARE));
        List<SchemaChange> change = SchemaDiff.between(some, changed);
        assertThat(change).containsExactly(new DropCheck("pets", SPECIES), new AddCheck("pets", MORE_SPECIES));
        for (var pair : List.of(List.of(none, some), List.of(some, none), List.of(some, changed))) {
            List<SchemaChange> changes = SchemaDiff.between(pair.get(0), pair.get(1));
            SchemaModel after = SchemaChanges.apply(pair.get(0), changes);
            assertThat(SchemaDiff.between(after, pair.get(1))).isEmpty();
            assertThat(SchemaDiff.between(SchemaChanges.apply(after, SchemaChanges.undo(changes)), pair.get(0)))
                    .isEmpty();
        }
    }

    @Test
    void renamesTheCheckWithItsColumn() {
        SchemaModel before = schema(pets(CARE));
        var renames = new Renames(java.util.Map.of(), java.util.Map.of("pets", java.util.Map.of("care", "care_level")));
        TableModel after = new TableModel("pets", List.of(column("id"), column("species"), column("care")),
                new PrimaryKey("pk_pets", List.of("id")), List.of(), "com.example.Pet", List.of(), List.of(),
                List.of(new Check("ck_pets_care", "care", CARE.conditions())));

        List<SchemaChange> changes = SchemaDiff.between(before, schema(after), renames);

        assertThat(changes).containsExactly(new RenameColumn("pets", "care_level", "care"),
                new RenameConstraint("pets", "ck_pets_care_level", "ck_pets_care"));
        assertThat(SchemaChanges.apply(before, changes)).isEqualTo(schema(after));
        assertThat(SchemaChanges.apply(SchemaChanges.apply(before, changes), SchemaChanges.undo(changes)))
                .isEqualTo(before);
    }

    @Test
    void asksConsentForATighterCheckButNotForALooserOne() {
        var v1 = new SchemaSnapshot(1, schema(pets(SPECIES, CARE)), List.of());

        assertThat(MigrationPlanner.plan(v1, schema(pets(MORE_SPECIES, CARE)), DIALECTS)).isInstanceOf(Migration.class);
        assertThat(MigrationPlanner.plan(v1, schema(pets(SPECIES, care(0, 5))), DIALECTS))
                .isInstanceOf(Migration.class);
        assertThat(MigrationPlanner.plan(v1, schema(pets(SPECIES, care(2, 5))), DIALECTS))
                .isInstanceOfSatisfying(NeedsConsent.class, needs -> assertThat(needs.losses())
                        .extracting(DataLoss::consent).containsExactly("add check ck_pets_care_level"));
        var none = new SchemaSnapshot(1, schema(pets()), List.of());
        assertThat(MigrationPlanner.plan(none, schema(pets(SPECIES)), DIALECTS))
                .isInstanceOfSatisfying(NeedsConsent.class, needs -> assertThat(needs.losses())
                        .extracting(DataLoss::consent).containsExactly("add check ck_pets_species"));
        assertThat(MigrationPlanner.plan(null, schema(pets(SPECIES)), DIALECTS))
                .as("a new table holds no rows").isInstanceOf(Migration.class);
    }

    @Test
    void writesTheChangedCheckAsDropAndAddInBothDialects() {
        var v1 = new SchemaSnapshot(1, schema(pets(SPECIES, CARE)), List.of());
        var plan = (Migration) MigrationPlanner.plan(v1, schema(pets(MORE_SPECIES, care(2, 5))), Renames.none(),
                Set.of("add check ck_pets_care_level"), DIALECTS);

        assertThat(plan.description())
                .isEqualTo("change_check_pets_species_and_change_check_pets_care_level");
        var files = new LinkedHashMap<String, String>();
        plan.files().forEach(file -> files.put(file.path(), file.content()));
        Golden.assertMatches(Golden.ROOT.resolve("schema/change_checks/expected"), files);
    }

    @Test
    void namesSeveralChecksOfOneTableAsOnePart() {
        var none = new SchemaSnapshot(1, schema(pets()), List.of());
        var v1 = new SchemaSnapshot(1, schema(pets(SPECIES)), List.of());
        Set<String> consents = Set.of("add check ck_pets_species", "add check ck_pets_care_level");

        assertThat(((Migration) MigrationPlanner.plan(none, schema(pets(SPECIES, CARE)), Renames.none(), consents,
                DIALECTS)).description()).isEqualTo("add_checks_pets");
        assertThat(((Migration) MigrationPlanner.plan(v1, schema(pets(MORE_SPECIES, CARE)), Renames.none(), consents,
                DIALECTS)).description()).isEqualTo("change_check_pets_species_and_add_check_pets_care_level");
        assertThat(((Migration) MigrationPlanner.plan(new SchemaSnapshot(1, schema(pets(SPECIES, CARE)), List.of()),
                schema(pets()), DIALECTS)).description()).isEqualTo("drop_checks_pets");
    }

    private static Check care(int min, int max) {
        return new Check("ck_pets_care_level", "care_level", List.of(new Compare(Operator.AT_LEAST, BigDecimal.valueOf(min)),
                new Compare(Operator.AT_MOST, BigDecimal.valueOf(max))));
    }

    private static SchemaModel schema(TableModel table) {
        return new SchemaModel(List.of(table));
    }

    private static TableModel pets(Check... checks) {
        return new TableModel("pets", List.of(column("id"), column("species"), column("care_level")),
                new PrimaryKey("pk_pets", List.of("id")), List.of(), "com.example.Pet", List.of(), List.of(),
                List.of(checks));
    }

    private static ColumnDef column(String name) {
        return new ColumnDef(name, name.equals("species") ? new SqlType.Varchar(20) : SqlType.Scalar.INTEGER,
                !name.equals("id"), false);
    }
}
