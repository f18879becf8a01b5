package dev.stratum.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.stratum.processor.EntitySource.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.runtime.migration.UndoMigrator;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A model evolves through twenty versions, each compiled against the same migrations folder. After every compile the
 * new migration runs on H2 and on a real PostgreSQL, and the schema read from {@code information_schema} must be the
 * one expected for that version. Then every version is undone, one at a time, down to an empty schema, checking each
 * intermediate schema; then migrating up again must give the last schema once more.
 */
class EvolutionScenarioTest {

    private static final String PG_URL_VARIABLE = "STRATUM_TEST_PG_URL";

    /** Per version: the entities, the files the compile must write, and the schema as lines (kept sorted). */
    record Version(List<EntitySource> entities, String upFile, List<String> schema) {
        Version {
            schema = schema.stream().sorted().toList();
        }
    }

    private static final List<Version> VERSIONS_BEFORE_CHECKS = List.of(
            new Version(List.of(pet()), "V1__create_pets.sql", List.of(
                    "pets ck_pets_name CHECK",
                    "pets pk_pets PRIMARY KEY (id)",
                    "pets.id BIGINT NOT NULL",
                    "pets.name CHARACTER VARYING(40) NOT NULL",
                    "pets.version BIGINT NOT NULL")),
            new Version(List.of(pet()
                    .field("@Size(max = 20)", "String", "nickname")
                    .field("@ColumnDefault(\"9\")", "int", "lives")),
                    "V2__add_pets_nickname_and_add_pets_lives.sql", List.of(
                    "pets ck_pets_name CHECK",
                    "pets pk_pets PRIMARY KEY (id)",
                    "pets.id BIGINT NOT NULL",
                    "pets.lives INTEGER NOT NULL",
                    "pets.name CHARACTER VARYING(40) NOT NULL",
                    "pets.nickname CHARACTER VARYING(20) NULL",
                    "pets.version BIGINT NOT NULL")),
            new Version(List.of(pet()
                    .field("@Size(max = 20) @RenamedFrom(\"nickname\")", "String", "alias")
                    .field("@ColumnDefault(\"9\")", "int", "lives")),
                    "V3__rename_pets_nickname_to_alias.sql", List.of(
                    "pets ck_pets_name CHECK",
                    "pets pk_pets PRIMARY KEY (id)",
                    "pets.alias CHARACTER VARYING(20) NULL",
                    "pets.id BIGINT NOT NULL",
                    "pets.lives INTEGER NOT NULL",
                    "pets.name CHARACTER VARYING(40) NOT NULL",
                    "pets.version BIGINT NOT NULL")),
            new Version(List.of(uniquePet()
                    .field("@Size(max = 60)", "String", "alias")
                    .field("@ColumnDefault(\"9\")", "long", "lives")),
                    "V4__widen_pets_alias_and_widen_pets_lives_and_add_unique_pets_name.sql", List.of(
                    "pets ck_pets_name CHECK",
                    "pets pk_pets PRIMARY KEY (id)",
                    "pets uk_pets_name UNIQUE (name)",
                    "pets.alias CHARACTER VARYING(60) NULL",
                    "pets.id BIGINT NOT NULL",
                    "pets.lives BIGINT NOT NULL",
                    "pets.name CHARACTER VARYING(40) NOT NULL",
                    "pets.version BIGINT NOT NULL")),
            new Version(List.of(animal()
                    .field("@Size(max = 60)", "String", "alias")
                    .field("@ColumnDefault(\"9\")", "long", "lives"), owner("@Size(max = 80)")),
                    "V5__create_owners_and_rename_pets_to_animals.sql", List.of(
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.alias CHARACTER VARYING(60) NULL",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(40) NOT NULL",
                    "animals.version BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL")),
            new Version(List.of(animal()
                    .annotate("@ConsentToDataLoss(\"drop column animals.alias\")")
                    .field("@ColumnDefault(\"9\")", "long", "lives"),
                    owner("@NotNull @Size(max = 80) @ColumnDefault(\"'unknown'\")")),
                    "V6__drop_animals_alias_and_require_owners_full_name.sql", List.of(
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(40) NOT NULL",
                    "animals.version BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NOT NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL")),
            new Version(List.of(entity("Pet")
                    .annotate("@Table(name = \"animals\")")
                    .annotate("@ConsentToDataLoss({\"drop table owners\", \"narrow column animals.name to VARCHAR(30)\"})")
                    .field("@NotBlank @Size(max = 30) @Column(unique = true)", "String", "name")
                    .field("@ColumnDefault(\"9\")", "long", "lives")),
                    "V7__drop_owners_and_narrow_animals_name.sql", List.of(
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(30) NOT NULL",
                    "animals.version BIGINT NOT NULL")),
            new Version(List.of(narrowAnimal().field("@ManyToOne", "Owner", "owner"),
                    owner("@Size(max = 80)").field("@OneToMany(mappedBy = \"owner\")", "java.util.List<Pet>", "pets")),
                    "V8__create_owners_and_add_animals_owner_id_and_add_index_animals_owner_id_and_1_more.sql",
                    List.of(
                    "animals fk_animals_owner_id FOREIGN KEY (owner_id)",
                    "animals fk_animals_owner_id REFERENCES owners ON DELETE RESTRICT",
                    "animals index ix_animals_owner_id",
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(30) NOT NULL",
                    "animals.owner_id BIGINT NULL",
                    "animals.version BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL")),
            new Version(List.of(narrowAnimal().field("@ManyToOne", "Owner", "owner")
                            .field("@ManyToMany", "java.util.Set<Tag>", "tags"),
                    owner("@Size(max = 80)"), tag()),
                    "V9__create_animals_tags_and_tags.sql", List.of(
                    "animals fk_animals_owner_id FOREIGN KEY (owner_id)",
                    "animals fk_animals_owner_id REFERENCES owners ON DELETE RESTRICT",
                    "animals index ix_animals_owner_id",
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(30) NOT NULL",
                    "animals.owner_id BIGINT NULL",
                    "animals.version BIGINT NOT NULL",
                    "animals_tags fk_animals_tags_pet_id FOREIGN KEY (pet_id)",
                    "animals_tags fk_animals_tags_pet_id REFERENCES animals ON DELETE CASCADE",
                    "animals_tags fk_animals_tags_tag_id FOREIGN KEY (tag_id)",
                    "animals_tags fk_animals_tags_tag_id REFERENCES tags ON DELETE CASCADE",
                    "animals_tags index ix_animals_tags_tag_id",
                    "animals_tags pk_animals_tags PRIMARY KEY (pet_id)",
                    "animals_tags pk_animals_tags PRIMARY KEY (tag_id)",
                    "animals_tags.pet_id BIGINT NOT NULL",
                    "animals_tags.tag_id BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL",
                    "tags pk_tags PRIMARY KEY (id)",
                    "tags.id BIGINT NOT NULL",
                    "tags.label CHARACTER VARYING(30) NULL",
                    "tags.version BIGINT NOT NULL")),
            new Version(List.of(narrowAnimal()
                            .field("@ManyToOne @JoinColumn(name = \"keeper_id\") @RenamedFrom(\"owner_id\")", "Owner",
                                    "owner")
                            .field("@ManyToMany", "java.util.Set<Tag>", "tags"),
                    owner("@Size(max = 80)"), tag()),
                    "V10__rename_animals_owner_id_to_keeper_id.sql", List.of(
                    "animals fk_animals_keeper_id FOREIGN KEY (keeper_id)",
                    "animals fk_animals_keeper_id REFERENCES owners ON DELETE RESTRICT",
                    "animals index ix_animals_keeper_id",
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.keeper_id BIGINT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(30) NOT NULL",
                    "animals.version BIGINT NOT NULL",
                    "animals_tags fk_animals_tags_pet_id FOREIGN KEY (pet_id)",
                    "animals_tags fk_animals_tags_pet_id REFERENCES animals ON DELETE CASCADE",
                    "animals_tags fk_animals_tags_tag_id FOREIGN KEY (tag_id)",
                    "animals_tags fk_animals_tags_tag_id REFERENCES tags ON DELETE CASCADE",
                    "animals_tags index ix_animals_tags_tag_id",
                    "animals_tags pk_animals_tags PRIMARY KEY (pet_id)",
                    "animals_tags pk_animals_tags PRIMARY KEY (tag_id)",
                    "animals_tags.pet_id BIGINT NOT NULL",
                    "animals_tags.tag_id BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL",
                    "tags pk_tags PRIMARY KEY (id)",
                    "tags.id BIGINT NOT NULL",
                    "tags.label CHARACTER VARYING(30) NULL",
                    "tags.version BIGINT NOT NULL")),
            new Version(List.of(narrowAnimal()
                            .annotate("@ConsentToDataLoss({\"drop column animals.keeper_id\", \"drop table animals_tags\"})"),
                    owner("@Size(max = 80)"), tag()),
                    "V11__drop_animals_tags_and_drop_foreign_key_animals_keeper_id_and_drop_index_animals_keeper_id"
                            + "_and_1_more.sql", List.of(
                    "animals ck_animals_name CHECK",
                    "animals pk_animals PRIMARY KEY (id)",
                    "animals uk_animals_name UNIQUE (name)",
                    "animals.id BIGINT NOT NULL",
                    "animals.lives BIGINT NOT NULL",
                    "animals.name CHARACTER VARYING(30) NOT NULL",
                    "animals.version BIGINT NOT NULL",
                    "owners pk_owners PRIMARY KEY (id)",
                    "owners.full_name CHARACTER VARYING(80) NULL",
                    "owners.id BIGINT NOT NULL",
                    "owners.version BIGINT NOT NULL",
                    "tags pk_tags PRIMARY KEY (id)",
                    "tags.id BIGINT NOT NULL",
                    "tags.label CHARACTER VARYING(30) NULL",
                    "tags.version BIGINT NOT NULL")));

    /**
     * Checks (an enum added, a constant added with a numeric check, the numeric check loosened), then a composite
     * unique and index on @Table and a consented conversion between type families.
     */
    private static final List<Version> VERSIONS_BEFORE_EMBEDDED = concat(VERSIONS_BEFORE_CHECKS, List.of(
            new Version(List.of(narrowAnimal()
                            .annotate("@ConsentToDataLoss(\"add check ck_animals_species\")")
                            .field("@Enumerated(EnumType.STRING) @Column(length = 10)", "Species", "species"),
                    owner("@Size(max = 80)"), tag(), species("CAT", "DOG")),
                    "V12__add_animals_species_and_add_check_animals_species.sql", afterV11(
                    "animals ck_animals_species CHECK",
                    "animals.species CHARACTER VARYING(10) NULL")),
            new Version(List.of(narrowAnimal("@Min(1) @Max(9)")
                            .annotate("@ConsentToDataLoss(\"add check ck_animals_lives\")")
                            .field("@Enumerated(EnumType.STRING) @Column(length = 10)", "Species", "species"),
                    owner("@Size(max = 80)"), tag(), species("CAT", "DOG", "BIRD")),
                    "V13__change_check_animals_species_and_add_check_animals_lives.sql", afterV11(
                    "animals ck_animals_lives CHECK",
                    "animals ck_animals_species CHECK",
                    "animals.species CHARACTER VARYING(10) NULL")),
            new Version(List.of(narrowAnimal("@Min(0) @Max(99)")
                            .field("@Enumerated(EnumType.STRING) @Column(length = 10)", "Species", "species"),
                    owner("@Size(max = 80)"), tag(), species("CAT", "DOG", "BIRD")),
                    "V14__change_check_animals_lives.sql", afterV11(
                    "animals ck_animals_lives CHECK",
                    "animals ck_animals_species CHECK",
                    "animals.species CHARACTER VARYING(10) NULL")),
            // a composite unique and a two-column index declared on @Table
            new Version(List.of(indexedAnimal(), owner("@Size(max = 80)"), tag(), species("CAT", "DOG", "BIRD")),
                    "V15__add_unique_animals_species_lives_and_add_index_animals_lives_species.sql", afterV11(
                    "animals ck_animals_lives CHECK",
                    "animals ck_animals_species CHECK",
                    "animals index ix_animals_lives_species",
                    "animals uk_animals_species_lives UNIQUE (lives)",
                    "animals uk_animals_species_lives UNIQUE (species)",
                    "animals.species CHARACTER VARYING(10) NULL")),
            // a lossy conversion between type families, consented: text that is no number fails the migration
            new Version(List.of(indexedAnimal(), owner("@Size(max = 80)"),
                    numericTag().annotate("@ConsentToDataLoss(\"convert column tags.label to INTEGER\")"),
                    species("CAT", "DOG", "BIRD")),
                    "V16__retype_tags_label.sql", afterV11(
                    "animals ck_animals_lives CHECK",
                    "animals ck_animals_species CHECK",
                    "animals index ix_animals_lives_species",
                    "animals uk_animals_species_lives UNIQUE (lives)",
                    "animals uk_animals_species_lives UNIQUE (species)",
                    "animals.species CHARACTER VARYING(10) NULL").stream()
                    .map(line -> line.equals("tags.label CHARACTER VARYING(30) NULL") ? "tags.label INTEGER NULL" : line)
                    .toList())));

    /** An embedded value: its prefixed columns and checks added to an existing table, then one of them renamed. */
    private static final List<Version> VERSIONS_BEFORE_RELATION_KIND = concat(VERSIONS_BEFORE_EMBEDDED, List.of(
            new Version(List.of(indexedAnimal(),
                    owner("@Size(max = 80)").field("@Embedded", "Address", "home"), numericTag(),
                    species("CAT", "DOG", "BIRD"), address("zip")),
                    "V17__add_owners_home_street_and_add_owners_home_zip_and_add_check_owners_home_street.sql",
                    afterV16(
                    "owners ck_owners_home_street CHECK",
                    "owners.home_street CHARACTER VARYING(60) NULL",
                    "owners.home_zip CHARACTER VARYING(10) NULL")),
            new Version(List.of(indexedAnimal(),
                    owner("@Size(max = 80)").field("@Embedded", "Address", "home"), numericTag(),
                    species("CAT", "DOG", "BIRD"), address("@RenamedFrom(\"zip\") String postalCode")),
                    "V18__rename_owners_home_zip_to_home_postal_code.sql", afterV16(
                    "owners ck_owners_home_street CHECK",
                    "owners.home_postal_code CHARACTER VARYING(10) NULL",
                    "owners.home_street CHARACTER VARYING(60) NULL"))));

    /**
     * A relation changes kind: a many-to-one keeper becomes a one-to-one, so the foreign key's plain index gives way to
     * a unique constraint (and back when undone).
     */
    private static final List<Version> VERSIONS = concat(VERSIONS_BEFORE_RELATION_KIND, List.of(
            new Version(afterEmbedded(indexedAnimal().field("@ManyToOne", "Owner", "keeper")),
                    "V19__add_animals_keeper_id_and_add_index_animals_keeper_id_and_add_foreign_key_animals_keeper_id.sql",
                    afterV18(
                    "animals fk_animals_keeper_id FOREIGN KEY (keeper_id)",
                    "animals fk_animals_keeper_id REFERENCES owners ON DELETE RESTRICT",
                    "animals index ix_animals_keeper_id",
                    "animals.keeper_id BIGINT NULL")),
            new Version(afterEmbedded(indexedAnimal().field("@OneToOne", "Owner", "keeper")),
                    "V20__drop_foreign_key_animals_keeper_id_and_drop_index_animals_keeper_id_and_add_unique_animals"
                            + "_keeper_id_and_1_more.sql", afterV18(
                    "animals fk_animals_keeper_id FOREIGN KEY (keeper_id)",
                    "animals fk_animals_keeper_id REFERENCES owners ON DELETE RESTRICT",
                    "animals uk_animals_keeper_id UNIQUE (keeper_id)",
                    "animals.keeper_id BIGINT NULL"))));

    /** The entities of V18 with this animal. */
    private static List<EntitySource> afterEmbedded(EntitySource animal) {
        return List.of(animal, owner("@Size(max = 80)").field("@Embedded", "Address", "home"), numericTag(),
                species("CAT", "DOG", "BIRD"), address("@RenamedFrom(\"zip\") String postalCode"));
    }

    /** The schema V18 left, with these lines added, sorted. */
    private static List<String> afterV18(String... lines) {
        var schema = new ArrayList<>(VERSIONS_BEFORE_RELATION_KIND.get(VERSIONS_BEFORE_RELATION_KIND.size() - 1).schema());
        schema.addAll(List.of(lines));
        return schema.stream().sorted().toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        var all = new ArrayList<T>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    @TempDir
    Path classpathRoot;

    @Test
    void evolvesUpThenUndoesStepByStepThenMigratesUpAgainOnH2AndPostgresql() throws Exception {
        Path folder = classpathRoot.resolve("db/migration");
        Files.createDirectories(folder);
        String pgSchema = "evolution_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var h2 = new Engine("h2", "public", new DriverManagerDataSource("jdbc:h2:mem:evolution-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""),
                folder);
        var postgresql = new Engine("postgresql", pgSchema, new DriverManagerDataSource(pgUrl(pgSchema)), folder);
        List<Engine> engines = List.of(h2, postgresql);
        try {
            for (int i = 0; i < VERSIONS.size(); i++) {
                Version version = VERSIONS.get(i);
                Compilation compilation = compile(folder, version.entities());
                assertThat(compilation).succeeded();
                try (var written = Files.list(folder.resolve("h2"))) {
                    assertThat(written.map(file -> file.getFileName().toString())).as("V%d", i + 1)
                            .contains(version.upFile());
                }
                for (Engine engine : engines) {
                    engine.migrate();
                    assertThat(engine.schema()).as("%s after V%d", engine.vendor(), i + 1)
                            .containsExactlyElementsOf(version.schema());
                }
            }
            try (var loader = new URLClassLoader(new URL[] {classpathRoot.toUri().toURL()}, null)) {
                for (Engine engine : engines) {
                    var undo = new UndoMigrator(engine.dataSource(), engine.vendor(), loader);
                    for (int target = VERSIONS.size() - 1; target >= 0; target--) {
                        undo.undo(String.valueOf(target));
                        List<String> expected = target == 0 ? List.of() : VERSIONS.get(target - 1).schema();
                        assertThat(engine.schema()).as("%s undone to V%d", engine.vendor(), target)
                                .containsExactlyElementsOf(expected);
                    }
                    engine.migrate();
                    assertThat(engine.schema()).as("%s migrated up again", engine.vendor())
                            .containsExactlyElementsOf(VERSIONS.get(VERSIONS.size() - 1).schema());
                    assertThat(engine.flyway().validateWithResult().validationSuccessful).isTrue();
                }
            }
        } finally {
            dropSchema(pgSchema);
        }
    }

    private static EntitySource pet() {
        return entity("Pet").annotate("@Table(name = \"pets\")").field("@NotBlank @Size(max = 40)", "String", "name");
    }

    private static EntitySource uniquePet() {
        return entity("Pet").annotate("@Table(name = \"pets\")")
                .field("@NotBlank @Size(max = 40) @Column(unique = true)", "String", "name");
    }

    private static EntitySource animal() {
        return entity("Pet").annotate("@Table(name = \"animals\")").annotate("@RenamedFrom(\"pets\")")
                .field("@NotBlank @Size(max = 40) @Column(unique = true)", "String", "name");
    }

    /** The animal as V7 left it, ready for relations. */
    private static EntitySource narrowAnimal() {
        return entity("Pet").annotate("@Table(name = \"animals\")")
                .field("@NotBlank @Size(max = 30) @Column(unique = true)", "String", "name")
                .field("@ColumnDefault(\"9\")", "long", "lives");
    }

    /** The animal as V7 left it, its {@code lives} annotated. */
    private static EntitySource narrowAnimal(String livesAnnotations) {
        return entity("Pet").annotate("@Table(name = \"animals\")")
                .field("@NotBlank @Size(max = 30) @Column(unique = true)", "String", "name")
                .field("@ColumnDefault(\"9\") " + livesAnnotations, "long", "lives");
    }

    /** The animal of V14 with a composite unique on (species, lives) and an index on (lives DESC, species). */
    private static EntitySource indexedAnimal() {
        return entity("Pet").annotate("@Table(name = \"animals\", indexes = @jakarta.persistence.Index(columnList ="
                        + " \"lives DESC, species\"), uniqueConstraints = @jakarta.persistence.UniqueConstraint("
                        + "columnNames = {\"species\", \"lives\"}))")
                .field("@NotBlank @Size(max = 30) @Column(unique = true)", "String", "name")
                .field("@ColumnDefault(\"9\") @Min(0) @Max(99)", "long", "lives")
                .field("@Enumerated(EnumType.STRING) @Column(length = 10)", "Species", "species");
    }

    private static EntitySource species(String... constants) {
        return EntitySource.source("Species", "package test;\n\npublic enum Species { " + String.join(", ", constants)
                + " }\n");
    }

    /** The schema V11 left, with these lines added, sorted. */
    private static List<String> afterV11(String... lines) {
        var schema = new ArrayList<>(VERSIONS_BEFORE_CHECKS.get(VERSIONS_BEFORE_CHECKS.size() - 1).schema());
        schema.addAll(List.of(lines));
        return schema.stream().sorted().toList();
    }

    /** The schema V16 left, with these lines added, sorted. */
    private static List<String> afterV16(String... lines) {
        var schema = new ArrayList<>(VERSIONS_BEFORE_EMBEDDED.get(VERSIONS_BEFORE_EMBEDDED.size() - 1).schema());
        schema.addAll(List.of(lines));
        return schema.stream().sorted().toList();
    }

    /** The tags table after V16: its label converted to a number. */
    private static EntitySource numericTag() {
        return entity("Tag").annotate("@Table(name = \"tags\")").field("", "Integer", "label");
    }

    /** An embeddable {@code Address}: a required street and the postal code component given (a name or more). */
    private static EntitySource address(String postalCode) {
        return EntitySource.source("Address", """
                package test;

                import dev.stratum.annotations.*;
                import jakarta.persistence.*;
                import jakarta.validation.constraints.*;

                @Embeddable
                public record Address(
                        @NotBlank @Size(max = 60) String street,
                        @Size(max = 10) %s) {
                }
                """.formatted(postalCode.contains(" ") ? postalCode : "String " + postalCode));
    }

    private static EntitySource tag() {
        return entity("Tag").annotate("@Table(name = \"tags\")").field("@Size(max = 30)", "String", "label");
    }

    private static EntitySource owner(String fullNameAnnotations) {
        return entity("Owner").annotate("@Table(name = \"owners\")").field(fullNameAnnotations, "String", "fullName");
    }

    private static Compilation compile(Path folder, List<EntitySource> entities) {
        return Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + folder)
                .compile(entities.stream().map(EntitySource::file).toList());
    }

    /** One database and the migrations of its dialect. */
    record Engine(String vendor, String schemaName, DataSource dataSource, Path folder) {

        private static final String COLUMNS = """
                SELECT table_name, column_name, UPPER(data_type), character_maximum_length, numeric_precision,
                       numeric_scale, is_nullable
                FROM information_schema.columns
                WHERE table_schema = ? AND table_name <> 'flyway_schema_history'""";

        private static final String KEYS = """
                SELECT c.table_name, c.constraint_name, c.constraint_type, k.column_name
                FROM information_schema.table_constraints c
                JOIN information_schema.key_column_usage k
                  ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
                WHERE c.table_schema = ? AND c.table_name <> 'flyway_schema_history'
                  AND c.constraint_type IN ('PRIMARY KEY', 'UNIQUE')""";

        /**
         * The referencing columns of each foreign key. H2 2.4 keeps a foreign key's old column name in
         * {@code key_column_usage} after {@code rename column} (its own {@code SCRIPT} and the constraint itself use
         * the new one), so on H2 they come from {@code constraint_column_usage}, which lists them correctly there.
         */
        private static final String POSTGRESQL_FOREIGN_KEYS = """
                SELECT c.table_name, c.constraint_name, c.constraint_type, k.column_name
                FROM information_schema.table_constraints c
                JOIN information_schema.key_column_usage k
                  ON k.constraint_schema = c.constraint_schema AND k.constraint_name = c.constraint_name
                WHERE c.table_schema = ? AND c.constraint_type = 'FOREIGN KEY'""";

        private static final String H2_FOREIGN_KEYS = """
                SELECT c.table_name, c.constraint_name, c.constraint_type, u.column_name
                FROM information_schema.table_constraints c
                JOIN information_schema.constraint_column_usage u
                  ON u.constraint_schema = c.constraint_schema AND u.constraint_name = c.constraint_name
                 AND u.table_name = c.table_name
                WHERE c.table_schema = ? AND c.constraint_type = 'FOREIGN KEY'""";

        private static final String REFERENCES = """
                SELECT c.table_name, c.constraint_name, u.table_name, r.delete_rule
                FROM information_schema.table_constraints c
                JOIN information_schema.referential_constraints r
                  ON r.constraint_schema = c.constraint_schema AND r.constraint_name = c.constraint_name
                JOIN information_schema.table_constraints u
                  ON u.constraint_schema = r.unique_constraint_schema AND u.constraint_name = r.unique_constraint_name
                WHERE c.table_schema = ? AND c.constraint_type = 'FOREIGN KEY'""";

        /**
         * Stratum's check constraints by name only: each engine rewrites the condition's text its own way, and
         * PostgreSQL lists NOT NULL as checks too.
         */
        private static final String CHECKS = """
                SELECT table_name, constraint_name FROM information_schema.table_constraints
                WHERE table_schema = ? AND constraint_type = 'CHECK' AND constraint_name LIKE 'ck\\_%' ESCAPE '\\'""";

        /** Indexes are outside the SQL standard's information_schema: each engine's catalog, Stratum's names only. */
        private static final String H2_INDEXES = """
                SELECT table_name, index_name FROM information_schema.indexes
                WHERE table_schema = ? AND index_name LIKE 'ix\\_%' ESCAPE '\\'""";

        private static final String POSTGRESQL_INDEXES = """
                SELECT tablename, indexname FROM pg_indexes
                WHERE schemaname = ? AND indexname LIKE 'ix\\_%' ESCAPE '\\'""";

        Flyway flyway() {
            return Flyway.configure().dataSource(dataSource).schemas(schemaName)
                    .locations("filesystem:" + folder.resolve(vendor)).load();
        }

        void migrate() {
            flyway().migrate();
        }

        /** Columns and keys as sorted lines; the column order is left out, since an undone drop re-adds at the end. */
        List<String> schema() throws SQLException {
            var lines = new ArrayList<String>();
            try (Connection connection = dataSource.getConnection()) {
                try (PreparedStatement columns = connection.prepareStatement(COLUMNS)) {
                    columns.setString(1, schemaName);
                    try (ResultSet rows = columns.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1) + "." + rows.getString(2) + " " + type(rows)
                                    + ("YES".equals(rows.getString(7)) ? " NULL" : " NOT NULL"));
                        }
                    }
                }
                for (String query : List.of(KEYS, vendor.equals("h2") ? H2_FOREIGN_KEYS : POSTGRESQL_FOREIGN_KEYS)) {
                    try (PreparedStatement keys = connection.prepareStatement(query)) {
                        keys.setString(1, schemaName);
                        try (ResultSet rows = keys.executeQuery()) {
                            while (rows.next()) {
                                lines.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3)
                                        + " (" + rows.getString(4) + ")");
                            }
                        }
                    }
                }
                try (PreparedStatement references = connection.prepareStatement(REFERENCES)) {
                    references.setString(1, schemaName);
                    try (ResultSet rows = references.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1) + " " + rows.getString(2) + " REFERENCES " + rows.getString(3)
                                    + " ON DELETE " + rows.getString(4));
                        }
                    }
                }
                try (PreparedStatement checks = connection.prepareStatement(CHECKS)) {
                    checks.setString(1, schemaName);
                    try (ResultSet rows = checks.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1) + " " + rows.getString(2) + " CHECK");
                        }
                    }
                }
                try (PreparedStatement indexes = connection.prepareStatement(
                        vendor.equals("h2") ? H2_INDEXES : POSTGRESQL_INDEXES)) {
                    indexes.setString(1, schemaName);
                    try (ResultSet rows = indexes.executeQuery()) {
                        while (rows.next()) {
                            lines.add(rows.getString(1) + " index " + rows.getString(2));
                        }
                    }
                }
            }
            return lines.stream().sorted().toList();
        }

        private static String type(ResultSet rows) throws SQLException {
            String type = rows.getString(3);
            if (type.equals("CHARACTER VARYING")) {
                return type + "(" + rows.getInt(4) + ")";
            }
            if (type.equals("NUMERIC")) {
                return type + "(" + rows.getInt(5) + "," + rows.getInt(6) + ")";
            }
            return type;
        }
    }

    private static String pgUrl(String schema) {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(PG_URL_VARIABLE + " is not set, so the PostgreSQL half of this test cannot run; run scripts/test, or"
                    + " start a server with scripts/pg-start and export the url it prints");
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void dropSchema(String schema) throws SQLException {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

}
