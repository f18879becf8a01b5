package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.diagnostics.Code;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration step across builds: a committed folder evolves, and history is never rewritten. */
class MigrationStepTest {

    @TempDir
    Path folder;

    private final EntitySource pet = pets();
    private final EntitySource owner = entity("Owner").annotate("@Table(name = \"owners\")")
            .field("@Size(max = 80)", "String", "fullName");

    @Test
    void theFirstBuildWritesV1AndTheSnapshot() {
        assertThat(build(pet.file())).succeeded();

        assertThat(Golden.read(folder).keySet()).containsExactly(
                "h2/U1__drop_pets.sql", "h2/V1__create_pets.sql",
                "postgresql/U1__drop_pets.sql", "postgresql/V1__create_pets.sql",
                MigrationStep.INDEX, MigrationStep.SNAPSHOT);
        assertThat(Golden.read(folder).get(MigrationStep.INDEX)).isEqualTo("""
                h2/U1__drop_pets.sql
                h2/V1__create_pets.sql
                postgresql/U1__drop_pets.sql
                postgresql/V1__create_pets.sql
                """);
    }

    @Test
    void anUnchangedModelWritesNothing() {
        build(pet.file());
        Map<String, String> before = Golden.read(folder);

        Compilation again = build(pet.file());

        assertThat(again).succeeded();
        assertThat(Golden.read(folder)).isEqualTo(before);
        assertThat(again.generatedFiles()).noneMatch(file -> file.getName().endsWith(".sql"));
    }

    @Test
    void aNewEntityGetsTheNextVersionAndOldFilesStayAsTheyWere() {
        build(pet.file());
        Map<String, String> before = Golden.read(folder);

        assertThat(build(pet.file(), owner.file())).succeeded();

        Map<String, String> after = Golden.read(folder);
        assertThat(after).containsKeys("h2/V2__create_owners.sql", "h2/U2__drop_owners.sql",
                "postgresql/V2__create_owners.sql", "postgresql/U2__drop_owners.sql");
        before.forEach((path, content) -> {
            if (!path.startsWith("stratum-")) {
                assertThat(after.get(path)).as(path).isEqualTo(content);
            }
        });
        assertThat(after.get(MigrationStep.INDEX)).contains("h2/V1__create_pets.sql\nh2/U2__drop_owners.sql\n");
    }

    @Test
    void anEditedMigrationIsACompileErrorNamingTheFile() throws IOException {
        build(pet.file());
        Path v1 = folder.resolve("postgresql/V1__create_pets.sql");
        Files.writeString(v1, Files.readString(v1) + "\n-- a hand edit\n");

        Compilation edited = build(pet.file());

        assertThat(edited).failed();
        assertThat(edited).hadErrorContaining(Code.MIGRATION_CHANGED.tag() + " migration postgresql/V1__create_pets.sql"
                + " was edited after Stratum wrote it");
    }

    @Test
    void aDeletedMigrationIsACompileError() throws IOException {
        build(pet.file());
        Files.delete(folder.resolve("h2/U1__drop_pets.sql"));

        assertThat(build(pet.file())).hadErrorContaining(Code.MIGRATION_CHANGED.tag() + " migration h2/U1__drop_pets.sql"
                + " is recorded in the schema snapshot but missing");
    }

    @Test
    void aMigrationTheSnapshotDoesNotRecordStopsTheBuild() throws IOException {
        build(pet.file());
        Files.writeString(folder.resolve("h2/V2__by_hand.sql"), "create table notes (id bigint);\n");

        Compilation withStranger = build(pet.file(), owner.file());

        assertThat(withStranger).hadErrorContaining(Code.MIGRATION_CHANGED.tag() + " migration h2/V2__by_hand.sql in");
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("owners"));
    }

    @Test
    void columnsTakeTheirShapeFromBothStandards() {
        EntitySource account = entity("Account").annotate("@Table(name = \"accounts\")")
                .field("@Column(precision = 10, scale = 0)", "java.math.BigDecimal", "balance")
                .field("@Digits(integer = 4, fraction = 3)", "java.math.BigDecimal", "rate")
                .field("@NotBlank @Size(max = 30)", "String", "holder")
                .field("@Column(name = \"iban_code\", length = 34, nullable = false, unique = true)", "String", "iban")
                .field("@Size(max = 10) @Column(length = 12)", "String", "code")
                .field("", "int", "openings")
                .field("@NotNull", "java.time.Instant", "openedAt");

        assertThat(build(account.file())).succeeded();

        assertThat(Golden.read(folder).get("postgresql/V1__create_accounts.sql"))
                .contains("balance   numeric(10,0),", "rate      numeric(7,3),", "holder    varchar(30) not null,",
                        "iban_code varchar(34) not null,", "code      varchar(12),", "openings  integer not null,",
                        "opened_at timestamp with time zone not null,",
                        "constraint uk_accounts_iban_code unique (iban_code)");
    }

    @Test
    void aNewFieldAddsAColumnInTheNextVersion() {
        build(pet.file());
        EntitySource withNickname = pets().field("@Size(max = 20)", "String", "nickname");

        assertThat(build(withNickname.file())).succeeded();

        Map<String, String> files = Golden.read(folder);
        assertThat(files.get("postgresql/V2__add_pets_nickname.sql"))
                .contains("--   add column pets.nickname VARCHAR(20) NULL\n")
                .endsWith("\nalter table pets add column nickname varchar(20);\n");
        assertThat(files.get("h2/U2__drop_pets_nickname.sql")).endsWith("\nalter table pets drop column nickname;\n");
    }

    @Test
    void aTypeChangeNoAlterCanMakeIsRefused() {
        build(pets().field("", "int", "age").file());
        EntitySource retyped = pets().field("", "boolean", "age");

        Compilation changed = build(retyped.file());

        assertThat(changed).failed();
        assertThat(changed).hadErrorContaining(Code.UNSUPPORTED_SCHEMA_CHANGE.tag() + " table pets: column age changed"
                + " from INTEGER NOT NULL to BOOLEAN NOT NULL").inFile(retyped.file()).onLine(retyped.lineOf("public class Pet"));
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("V2"));
    }

    @Test
    void aLossyConversionBetweenFamiliesNeedsConsentAndCastsOnPostgresql() {
        build(pets().field("", "int", "age").file());
        EntitySource retyped = pets().field("@Size(max = 3)", "String", "age");

        Compilation refused = build(retyped.file());

        assertThat(refused).hadErrorContaining(Code.DESTRUCTIVE_CHANGE.tag() + " table pets: the model asks to convert"
                + " column pets.age to VARCHAR(3), and in pets.age, a value whose text is longer than 3 characters"
                + " makes the migration fail");
        EntitySource consented = pets().annotate("@ConsentToDataLoss(\"convert column pets.age to VARCHAR(3)\")")
                .field("@Size(max = 3)", "String", "age");
        assertThat(build(consented.file())).succeeded();
        Map<String, String> files = Golden.read(folder);
        assertThat(files).containsKeys("postgresql/V2__retype_pets_age.sql", "postgresql/U2__retype_pets_age.sql");
        assertThat(files.get("postgresql/V2__retype_pets_age.sql"))
                .contains("alter table pets alter column age set data type varchar(3) using age::varchar(3);\n")
                .contains("convert column pets.age to VARCHAR(3)");
        assertThat(files.get("postgresql/U2__retype_pets_age.sql"))
                .contains("alter table pets alter column age set data type integer using age::integer;\n");
        assertThat(files.get("h2/V2__retype_pets_age.sql"))
                .contains("alter table pets alter column age set data type character varying(3);\n");
    }

    @Test
    void aRenamedFieldIsRenamedNotDroppedAndTheMarkerIsInertAfterwards() {
        build(pets().field("@Size(max = 20)", "String", "nick").file());
        EntitySource renamed = pets().field("@Size(max = 20) @RenamedFrom(\"nick\")", "String", "nickname");

        assertThat(build(renamed.file())).succeeded();
        assertThat(build(renamed.file())).succeeded();

        Map<String, String> files = Golden.read(folder);
        assertThat(files).containsKey("h2/V2__rename_pets_nick_to_nickname.sql").doesNotContainKey("h2/V3__");
        assertThat(files.get("h2/V2__rename_pets_nick_to_nickname.sql"))
                .endsWith("\nalter table pets rename column nick to nickname;\n");
        assertThat(files.get("h2/U2__rename_pets_nickname_to_nick.sql"))
                .endsWith("\nalter table pets rename column nickname to nick;\n");
    }

    @Test
    void aDestructiveChangeNeedsConsentNamingIt() {
        build(pets().field("@Size(max = 20)", "String", "nickname").file());

        Compilation withoutConsent = build(pet.file());

        assertThat(withoutConsent).failed();
        assertThat(withoutConsent).hadErrorContaining(Code.DESTRUCTIVE_CHANGE.tag() + " table pets: the model asks to drop"
                + " column pets.nickname, and every value of pets.nickname (VARCHAR(20) NULL) is lost; if that is"
                + " intended, add @ConsentToDataLoss(\"drop column pets.nickname\") to test.Pet")
                .inFile(pet.file()).onLine(pet.lineOf("public class Pet"));
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("V2"));
    }

    @Test
    void aConsentForAnotherChangeApprovesNothing() {
        build(pets().field("@Size(max = 20)", "String", "nickname").file());
        EntitySource narrowed = pets().annotate("@ConsentToDataLoss(\"narrow column pets.nickname to VARCHAR(5)\")")
                .field("@Size(max = 10)", "String", "nickname");

        assertThat(build(narrowed.file())).hadErrorContaining(Code.DESTRUCTIVE_CHANGE.tag() + " table pets: the model asks"
                + " to narrow column pets.nickname to VARCHAR(10)");
    }

    @Test
    void aConsentedDropIsWrittenAndTheConsentRecorded() {
        build(pets().field("@Size(max = 20)", "String", "nickname").file());
        EntitySource consenting = pets().annotate("@ConsentToDataLoss(\"drop column pets.nickname\")");

        assertThat(build(consenting.file())).succeeded();

        Map<String, String> files = Golden.read(folder);
        assertThat(files.get("postgresql/V2__drop_pets_nickname.sql")).contains("""
                -- Consent:
                --   @ConsentToDataLoss("drop column pets.nickname") in the model: every value of pets.nickname\
                 (VARCHAR(20) NULL) is lost
                """);
        assertThat(files.get("postgresql/U2__add_pets_nickname.sql"))
                .contains("restores the structure only: the data V2 removed with consent cannot be restored")
                .endsWith("\nalter table pets add column nickname varchar(20);\n");
    }

    @Test
    void aNotNullColumnOnAnExistingTableNeedsADefault() {
        build(pet.file());

        assertThat(build(pets().field("", "int", "lives").file())).hadErrorContaining(Code.DESTRUCTIVE_CHANGE.tag()
                + " table pets: the model asks to add not null column pets.lives");
        assertThat(build(pets().field("@ColumnDefault(\"9\")", "int", "lives").file())).succeeded();
        assertThat(Golden.read(folder).get("h2/V2__add_pets_lives.sql"))
                .endsWith("\nalter table pets add column lives integer default 9 not null;\n");
    }

    @Test
    void aDefaultThatIsNotALiteralIsRefused() {
        EntitySource injected = pets().field("@ColumnDefault(\"1; drop table pets\")", "int", "lives");

        assertThat(build(injected.file())).hadErrorContaining(Code.INVALID_COLUMN.tag() + " @ColumnDefault(\"1; drop table"
                + " pets\") on Pet.lives is not a SQL literal");
    }

    @Test
    void twoBranchesWritingTheSameVersionIsAConflictWithAWayOut(@TempDir Path otherBranch) throws IOException {
        build(pet.file());
        copy(folder, otherBranch);
        build(pet.file(), owner.file());
        Compilation onTheOtherBranch = buildIn(otherBranch, pets().field("@Size(max = 20)", "String", "nickname").file());
        assertThat(onTheOtherBranch).succeeded();
        Files.copy(otherBranch.resolve("h2/V2__add_pets_nickname.sql"), folder.resolve("h2/V2__add_pets_nickname.sql"));

        Compilation merged = build(pets().field("@Size(max = 20)", "String", "nickname").file(), owner.file());

        assertThat(merged).failed();
        assertThat(merged).hadErrorContaining(Code.MIGRATION_CONFLICT.tag() + " migration h2/V2__add_pets_nickname.sql in");
        assertThat(merged).hadErrorContaining("two branches each wrote V2. Take the migrations folder as the branch"
                + " merged first has it");
    }

    @Test
    void aSnapshotWithMergeConflictMarkersIsAConflict() throws IOException {
        build(pet.file());
        Path snapshot = folder.resolve(MigrationStep.SNAPSHOT);
        Files.writeString(snapshot, "<<<<<<< HEAD\n" + Files.readString(snapshot) + "=======\n>>>>>>> feature\n");

        assertThat(build(pet.file())).hadErrorContaining(Code.MIGRATION_CONFLICT.tag() + " the schema snapshot");
    }

    @Test
    void aPartialCompileReadsTheOtherEntitiesFromTheirClassFiles(@TempDir Path classes) throws IOException {
        Compilation full = build(pet.file(), owner.file());
        CompiledClasses.write(full, classes, path -> path.equals("test/Owner.class"));
        Map<String, String> before = Golden.read(folder);
        var classpath = new java.util.ArrayList<java.io.File>();
        classpath.add(classes.toFile());
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classpath.add(new java.io.File(entry));
        }

        Compilation petOnly = Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + folder)
                .withClasspath(classpath)
                .compile(pet.file());

        assertThat(petOnly).succeeded();
        assertThat(Golden.read(folder)).as("owners is still known; nothing is dropped or rewritten").isEqualTo(before);
    }

    @Test
    void aTableIsNeverDroppedBecauseItsEntityIsAbsent() {
        build(pet.file(), owner.file());

        Compilation withoutOwner = build(pet.file());

        assertThat(withoutOwner).hadErrorContaining(Code.DESTRUCTIVE_CHANGE.tag() + " table owners: the model asks to drop"
                + " table owners, and every row of table owners is lost; if that is intended, add"
                + " @ConsentToDataLoss(\"drop table owners\") to test.Pet");
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("V2"));
    }

    @Test
    void theConsentToDropATableGoesOnAnEntityThatRemains() {
        build(pet.file(), owner.file());

        assertThat(build(pets().annotate("@ConsentToDataLoss(\"drop table owners\")").file())).succeeded();

        assertThat(Golden.read(folder)).containsKeys("h2/V2__drop_owners.sql", "postgresql/U2__create_owners.sql");
    }

    /** A new source each time: {@link EntitySource} adds fields in place. */
    private static EntitySource pets() {
        return entity("Pet").annotate("@Table(name = \"pets\")").field("@NotBlank @Size(max = 40)", "String", "name");
    }

    private Compilation build(JavaFileObject... sources) {
        return buildIn(folder, sources);
    }

    private static Compilation buildIn(Path migrations, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + migrations)
                .compile(Arrays.asList(sources));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
