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

    private final EntitySource pet = entity("Pet").annotate("@Table(name = \"pets\")")
            .field("@NotBlank @Size(max = 40)", "String", "name");
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
    void aChangedTableIsRefusedUntilIncrementalMigrationsExist() {
        build(pet.file());
        EntitySource widened = entity("Pet").annotate("@Table(name = \"pets\")")
                .field("@NotBlank @Size(max = 40)", "String", "name")
                .field("@Size(max = 20)", "String", "nickname");

        Compilation changed = build(widened.file());

        assertThat(changed).failed();
        assertThat(changed).hadErrorContaining(Code.UNSUPPORTED_SCHEMA_CHANGE.tag() + " table pets:")
                .inFile(widened.file()).onLine(widened.lineOf("public class Pet"));
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("V2"));
    }

    @Test
    void aPartialCompileReadsTheOtherEntitiesFromTheirClassFiles(@TempDir Path classes) throws IOException {
        Compilation full = build(pet.file(), owner.file());
        for (JavaFileObject file : full.generatedFiles()) {
            String path = file.toUri().getPath();
            if (path.equals("/CLASS_OUTPUT/test/Owner.class")) {
                Path target = classes.resolve(path.substring("/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (var in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
        }
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

        assertThat(withoutOwner).hadErrorContaining(Code.UNSUPPORTED_SCHEMA_CHANGE.tag() + " table owners is in the"
                + " schema snapshot but no entity maps to it any more");
        assertThat(Golden.read(folder).keySet()).noneMatch(path -> path.contains("V3") || path.contains("drop_owners.sql")
                && path.contains("V"));
    }

    private Compilation build(JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + folder)
                .compile(Arrays.asList(sources));
    }
}
