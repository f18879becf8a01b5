package dev.stratum.processor.differential;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.stratum.processor.CompiledClasses;
import dev.stratum.processor.StratumProcessor;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyComponentPathImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Compares the schema Stratum's first migration creates with the one Hibernate ORM 7, the reference implementation,
 * exports for the same entities, on H2 and on a real PostgreSQL. The {@link SchemaCorpus} is compiled once with the
 * processor; its V1 runs with Flyway in one schema (an H2 database, a PostgreSQL schema), and Hibernate creates its
 * schema from the same compiled classes in another. Both are read from {@code information_schema} as
 * {@link DatabaseSchema} facts: tables, columns with normalized type and nullability, primary keys, uniques by column
 * set, foreign keys by column to the referenced table and column with the delete rule, CHECKs and plain indexes
 * by their columns.
 *
 * <p>Every difference must match a row of {@link #DEVIATIONS}, which lists what Stratum does differently on purpose and
 * why; every row must match a difference (no stale rows); and the rows must be the table in docs/migrations.md under
 * "Differences from Hibernate ORM". A difference that no row explains fails the test, printed in full.
 *
 * <p>Hibernate is configured as a Spring Boot application has it: snake_case physical names
 * ({@link CamelCaseToUnderscoresNamingStrategy}) and Bean Validation applied to the DDL ({@code @NotNull},
 * {@code @Size(max)}, {@code @Digits}).
 */
class HibernateSchemaDifferentialTest {

    private static final String PG_URL_VARIABLE = "STRATUM_TEST_PG_URL";
    private static final Path DOCS = Path.of("..", "docs", "migrations.md");
    private static final String DOCS_SECTION = "## Differences from Hibernate ORM";

    /** An intentional difference: which engines show it, the differences it explains, and why Stratum differs. */
    record Deviation(String id, String engines, Pattern difference, String reason) {

        Deviation(String id, String engines, String difference, String reason) {
            this(id, engines, Pattern.compile(difference), reason);
        }

        boolean explains(String engine, String found) {
            return (engines.equals("both") || engines.equals(engine)) && difference.matcher(found).matches();
        }
    }

    /**
     * The intentional differences, the same rows as docs/migrations.md. A difference reads
     * {@code <fact>: stratum <value>, hibernate <value>}, with {@code absent} for a fact one side lacks.
     */
    static final List<Deviation> DEVIATIONS = List.of(
            new Deviation("enum-length", "postgresql",
                    "column \\w+\\.(format|carrier): stratum CHARACTER VARYING\\(64\\) (NOT NULL|NULL),"
                            + " hibernate CHARACTER VARYING\\(255\\) \\2",
                    "An enum column without `@Column(length)` is `varchar(64)`, not `varchar(255)`: constant names"
                            + " are short, and a tighter column documents that."),
            new Deviation("enum-native-h2", "h2",
                    "column \\w+\\.(format|carrier|status): stratum CHARACTER VARYING\\(\\d+\\) (NOT NULL|NULL),"
                            + " hibernate ENUM \\2"
                            + "|check \\w+ \\((format|carrier|status)\\): stratum present, hibernate absent",
                    "On H2 Hibernate uses H2's native `enum` type; Stratum writes the same `varchar` with a CHECK of the"
                            + " constants on both engines, so tests on H2 see the column PostgreSQL has."),
            new Deviation("on-delete", "both",
                    "foreign key \\w+ \\(\\w+\\): stratum (\\w+ \\(\\w+\\)) ON DELETE RESTRICT,"
                            + " hibernate \\1 ON DELETE NO ACTION",
                    "Every foreign key states its delete rule (`@OnDelete`, default `RESTRICT`) so the behaviour is"
                            + " reviewed in the migration; Hibernate writes none, which is `NO ACTION`. Both refuse to"
                            + " delete a referenced row; `RESTRICT` checks at once and cannot be deferred."),
            new Deviation("join-table-cascade", "both",
                    "foreign key (book_authors|review_tags|wishlist_books) \\(\\w+\\): stratum (\\w+ \\(\\w+\\))"
                            + " ON DELETE CASCADE, hibernate \\2 ON DELETE NO ACTION",
                    "A join table's rows belong to the association: deleting either side deletes its links, where"
                            + " Hibernate relies on the session to delete them first."),
            new Deviation("join-table-key-order", "both",
                    "primary key (book_authors \\(author_id, book_id\\)|wishlist_books \\(book_id, wishlist_id\\))"
                            + ": stratum absent, hibernate present"
                            + "|primary key (book_authors \\(book_id, author_id\\)|wishlist_books \\(wishlist_id,"
                            + " book_id\\)): stratum present, hibernate absent",
                    "A join table's primary key is `(owner, target)`, so its index serves the owner's lookups, and"
                            + " the target column gets its own index; Hibernate puts the key's columns in"
                            + " alphabetical order."),
            new Deviation("foreign-key-index", "postgresql",
                    "index \\w+ \\(\\w+_id\\): stratum present, hibernate absent",
                    "Every foreign-key column that no key leads with gets an index, so joins, and the check a delete"
                            + " of the referenced row makes, do not scan the table; Hibernate creates none. (H2"
                            + " indexes every foreign key by itself, so there both schemas have them.)"),
            new Deviation("string-checks", "both",
                    "check (authors \\(name\\)|books \\(title\\)|tags \\(label\\)|warehouses \\(code\\)"
                            + "|stores \\((name|address_street|billing_address_street)\\))"
                            + ": stratum present, hibernate absent",
                    "`@NotBlank` and `@Size(min)` on a string column become a CHECK (`char_length(trim(c)) > 0`,"
                            + " `char_length(c) >= n`), defence in depth behind validation; Hibernate's Bean Validation"
                            + " integration writes no check for either."),
            new Deviation("optional-embedded-nullable", "both",
                    "column stores\\.billing_address_\\w+: stratum (.+) NULL, hibernate \\1 NOT NULL",
                    "Every column of an optional embedded value accepts NULL, even for a field with"
                            + " `@Column(nullable = false)`: an absent value is stored as NULL in all its columns, which"
                            + " JPA reads back as a null value; Hibernate keeps the `NOT NULL`, so such a value could"
                            + " not be left empty. (Columns of a `@NotNull` embedded value follow their fields.)"),
            new Deviation("time-microseconds", "both",
                    "column \\w+\\.opens_at: stratum (TIME[A-Z ]*)\\(6\\) NULL, hibernate \\1\\(0\\) NULL",
                    "A `LocalTime` keeps microseconds (`time` on PostgreSQL, `time(6)` on H2), like every other date"
                            + " and time type; Hibernate declares whole seconds, so a stored time loses its fraction."),
            new Deviation("lob-text", "postgresql",
                    "column \\w+\\.notes: stratum TEXT NULL, hibernate OID NULL",
                    "A `@Lob String` is `text` on PostgreSQL, which holds up to 1 GB and reads with plain SQL;"
                            + " Hibernate stores an `oid` that points into `pg_largeobject`, which plain SQL cannot"
                            + " read and which leaves the object behind when the row is deleted."));

    private static List<Class<?>> entityClasses;
    private static URLClassLoader loader;

    @TempDir
    static Path temporary;

    @BeforeAll
    static void compileCorpus() throws IOException {
        Path migrations = temporary.resolve("db/migration");
        Files.createDirectories(migrations);
        var sources = new ArrayList<JavaFileObject>(SchemaCorpus.enums());
        sources.addAll(SchemaCorpus.embeddables());
        SchemaCorpus.entities().forEach(entity -> sources.add(entity.file()));
        Compilation compilation = Compiler.javac()
                .withProcessors(new StratumProcessor())
                .withOptions("-A" + StratumProcessor.MIGRATIONS_OPTION + "=" + migrations)
                .compile(sources);
        assertThat(compilation).succeeded();
        Path classes = temporary.resolve("classes");
        CompiledClasses.write(compilation, classes);
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HibernateSchemaDifferentialTest.class.getClassLoader());
        entityClasses = SchemaCorpus.entities().stream().<Class<?>>map(entity -> load(entity.qualifiedName())).toList();
    }

    @AfterAll
    static void closeLoader() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    @Test
    void h2SchemaDiffersFromHibernatesOnlyAsDocumented() throws Exception {
        String options = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        var stratum = new DriverManagerDataSource("jdbc:h2:mem:stratum-" + UUID.randomUUID() + options, "sa", "");
        var hibernate = new DriverManagerDataSource("jdbc:h2:mem:hibernate-" + UUID.randomUUID() + options, "sa", "");
        compare("h2", stratum, "public", hibernate, "public");
    }

    @Test
    void postgresqlSchemaDiffersFromHibernatesOnlyAsDocumented() throws Exception {
        String url = System.getenv(PG_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            fail(PG_URL_VARIABLE + " is not set, so the PostgreSQL half of this test cannot run; run scripts/test, or"
                    + " start a server with scripts/pg-start and export the url it prints");
        }
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String stratumSchema = "stratum_" + run;
        String hibernateSchema = "hibernate_" + run;
        try {
            execute(url, "CREATE SCHEMA " + hibernateSchema);
            compare("postgresql", new DriverManagerDataSource(withSchema(url, stratumSchema)), stratumSchema,
                    new DriverManagerDataSource(withSchema(url, hibernateSchema)), hibernateSchema);
        } finally {
            execute(url, "DROP SCHEMA IF EXISTS " + stratumSchema + " CASCADE");
            execute(url, "DROP SCHEMA IF EXISTS " + hibernateSchema + " CASCADE");
        }
    }

    @Test
    void docsListExactlyTheDeviationsOfThisTest() throws IOException {
        Map<String, String[]> documented = documentedDeviations();
        var expected = new LinkedHashMap<String, String[]>();
        DEVIATIONS.forEach(d -> expected.put(d.id(), new String[] {d.engines(), d.reason()}));
        assertThat(documented.keySet()).as("deviation ids in %s", DOCS).containsExactlyElementsOf(expected.keySet());
        expected.forEach((id, row) -> assertThat(documented.get(id)).as("row %s of %s", id, DOCS).containsExactly(row));
    }

    @Test
    void aDifferenceNoRowExplainsIsReportedNotExplained() {
        var ours = new DatabaseSchema(Map.of("column books.title", "CHARACTER VARYING(200) NOT NULL",
                "foreign key books (publisher_id)", "publishers (id) ON DELETE RESTRICT"));
        var theirs = new DatabaseSchema(Map.of("column books.title", "CHARACTER VARYING(255) NULL",
                "foreign key books (publisher_id)", "publishers (id) ON DELETE NO ACTION",
                "unique books (title)", DatabaseSchema.PRESENT));
        List<String> differences = differences(ours, theirs);
        assertThat(differences).containsExactly(
                "column books.title: stratum CHARACTER VARYING(200) NOT NULL, hibernate CHARACTER VARYING(255) NULL",
                "foreign key books (publisher_id): stratum publishers (id) ON DELETE RESTRICT,"
                        + " hibernate publishers (id) ON DELETE NO ACTION",
                "unique books (title): stratum absent, hibernate present");
        assertThat(differences).filteredOn(d -> DEVIATIONS.stream().noneMatch(row -> row.explains("h2", d)))
                .containsExactly(differences.get(0), differences.get(2));
    }

    private void compare(String engine, DataSource stratum, String stratumSchema, DataSource hibernate,
            String hibernateSchema) throws SQLException {
        Flyway.configure().dataSource(stratum).schemas(stratumSchema)
                .locations("filesystem:" + temporary.resolve("db/migration").resolve(engine)).load().migrate();
        exportWithHibernate(hibernate, hibernateSchema);
        DatabaseSchema ours = DatabaseSchema.read(engine, stratum, stratumSchema);
        DatabaseSchema theirs = DatabaseSchema.read(engine, hibernate, hibernateSchema);
        List<String> differences = differences(ours, theirs);

        var unexplained = new ArrayList<String>();
        var explaining = new TreeSet<String>();
        for (String difference : differences) {
            List<Deviation> matches = DEVIATIONS.stream().filter(d -> d.explains(engine, difference)).toList();
            if (matches.isEmpty()) {
                unexplained.add(difference);
            }
            matches.forEach(d -> explaining.add(d.id()));
        }
        System.out.printf("[%s] %d entities, %d tables, %d columns, %d primary keys, %d uniques, %d foreign keys,"
                        + " %d checks, %d indexes compared (Stratum's schema); %d differences, explained by %s%n",
                engine, entityClasses.size(), ours.count("table"), ours.count("column"), ours.count("primary key"),
                ours.count("unique"), ours.count("foreign key"), ours.count("check"), ours.count("index"),
                differences.size(), explaining);
        for (String difference : differences) {
            System.out.printf("[%s]   %s%n", engine, difference);
        }
        if (!unexplained.isEmpty()) {
            fail("[" + engine + "] " + unexplained.size() + " schema difference(s) from Hibernate ORM that no row of"
                    + " DEVIATIONS (and docs/migrations.md) explains; fix Stratum's mapping or document the"
                    + " deviation:\n  " + String.join("\n  ", unexplained));
        }
        List<String> unused = DEVIATIONS.stream()
                .filter(d -> d.engines().equals("both") || d.engines().equals(engine))
                .map(Deviation::id).filter(id -> !explaining.contains(id)).toList();
        assertThat(unused).as("[%s] deviations that explain no difference any more; remove them here and in %s",
                engine, DOCS).isEmpty();
        assertThat(ours.tables()).as("[%s] both schemas hold the same tables", engine)
                .isEqualTo(theirs.tables());
        assertThat(ours.count("table")).isGreaterThanOrEqualTo(entityClasses.size());
    }

    /** The facts that differ, as {@code <fact>: stratum <value>, hibernate <value>} (or {@code absent}), sorted. */
    static List<String> differences(DatabaseSchema ours, DatabaseSchema theirs) {
        var keys = new TreeSet<String>(ours.facts().keySet());
        keys.addAll(theirs.facts().keySet());
        var differences = new ArrayList<String>();
        for (String key : keys) {
            String stratum = ours.facts().getOrDefault(key, "absent");
            String hibernate = theirs.facts().getOrDefault(key, "absent");
            if (!stratum.equals(hibernate)) {
                differences.add(key + ": stratum " + stratum + ", hibernate " + hibernate);
            }
        }
        return differences;
    }

    /** Has Hibernate create its schema for the compiled corpus, as {@code hibernate.hbm2ddl.auto=create} does. */
    private static void exportWithHibernate(DataSource dataSource, String schema) {
        ValidatorFactory validation = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DEFAULT_SCHEMA, schema)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, "create")
                .applySetting(AvailableSettings.PHYSICAL_NAMING_STRATEGY, new CamelCaseToUnderscoresNamingStrategy())
                // Embedded columns prefixed with the field's path (address_street), as Stratum names them.
                .applySetting(AvailableSettings.IMPLICIT_NAMING_STRATEGY, new ImplicitNamingStrategyComponentPathImpl())
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_MODE, "DDL")
                .applySetting(AvailableSettings.JAKARTA_VALIDATION_FACTORY, validation)
                .build();
        try {
            var sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            try (SessionFactory ignored = sources.buildMetadata().buildSessionFactory()) {
                // building the session factory ran the schema export
            }
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
            validation.close();
        }
    }

    /** The rows of the docs table: id → (engines, reason). */
    private static Map<String, String[]> documentedDeviations() throws IOException {
        String docs = Files.readString(DOCS);
        int start = docs.indexOf(DOCS_SECTION);
        assertThat(start).as("%s has a section '%s'", DOCS, DOCS_SECTION).isNotNegative();
        String section = docs.substring(start + DOCS_SECTION.length());
        int end = section.indexOf("\n## ");
        section = end < 0 ? section : section.substring(0, end);
        var rows = new LinkedHashMap<String, String[]>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| (\\S+) \\| (.+) \\|$").matcher(section);
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2), row.group(3)});
        }
        return rows;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " was not compiled", e);
        }
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
