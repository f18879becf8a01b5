package dev.stratum.processor.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.processor.schema.MigrationPlan.Migration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs the generated scripts on an in-memory H2: the H2 scripts as they are, the PostgreSQL ones in H2's PG mode. */
class MigrationOnH2Test {

    /** A dialect's scripts and the H2 settings that run them. */
    enum Flavour {
        H2(new H2Dialect(), ""),
        POSTGRESQL_ON_H2(new PostgresDialect(), ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");

        final SqlDialect dialect;
        final String settings;

        Flavour(SqlDialect dialect, String settings) {
            this.dialect = dialect;
            this.settings = settings;
        }
    }

    private static int databases;
    private Connection connection;

    @AfterEach
    void close() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void v1CreatesTheTablesWithTheExpectedColumnsAndConstraints(Flavour flavour) throws SQLException {
        open(flavour);

        run(script(MigrationPlannerTest.first(), flavour, "V1__create_owners_and_pets.sql"));

        assertThat(columns("pets")).containsExactly(
                "id BIGINT NOT NULL IDENTITY",
                "version BIGINT NOT NULL",
                "name CHARACTER VARYING(80) NOT NULL",
                "species CHARACTER VARYING(32) NOT NULL",
                "birth_date DATE NULL",
                "weight_kg NUMERIC(5,2) NULL",
                "neutered BOOLEAN NOT NULL",
                "lives INTEGER NOT NULL",
                "microchip UUID NULL",
                "owner_id BIGINT NULL",
                "registered_at TIMESTAMP WITH TIME ZONE NOT NULL");
        assertThat(columns("owners")).containsExactly(
                "id UUID NOT NULL",
                "version BIGINT NOT NULL",
                "email CHARACTER VARYING(254) NOT NULL",
                "full_name CHARACTER VARYING(100) NOT NULL");
        assertThat(constraints()).containsExactly(
                "owners pk_owners PRIMARY KEY", "owners uk_owners_email UNIQUE",
                "pets pk_pets PRIMARY KEY", "pets uk_pets_microchip UNIQUE");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void theIdentityColumnAssignsIds(Flavour flavour) throws SQLException {
        open(flavour);
        run(script(MigrationPlannerTest.first(), flavour, "V1__create_owners_and_pets.sql"));

        run("insert into pets (version, name, species, neutered, lives, registered_at)"
                + " values (0, 'Rex', 'DOG', true, 1, current_timestamp)");

        assertThat(strings("select id from pets")).containsExactly("1");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void u1RemovesWhatV1Created(Flavour flavour) throws SQLException {
        open(flavour);
        Migration v1 = MigrationPlannerTest.first();

        run(script(v1, flavour, "V1__create_owners_and_pets.sql"));
        run(script(v1, flavour, "U1__drop_owners_and_pets.sql"));

        assertThat(tables()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void eachUndoRestoresExactlyTheSchemaBeforeItsMigration(Flavour flavour) throws SQLException {
        open(flavour);
        List<Migration> migrations = List.of(
                MigrationPlannerTest.first(), MigrationPlannerTest.second(), MigrationPlannerTest.third());
        var before = new ArrayList<List<String>>();
        for (Migration migration : migrations) {
            before.add(schema());
            run(file(migration, flavour, "V"));
        }
        for (int i = migrations.size() - 1; i >= 0; i--) {
            run(file(migrations.get(i), flavour, "U"));
            assertThat(schema()).as("schema after U%d", i + 1).isEqualTo(before.get(i));
        }
        run(file(migrations.get(0), flavour, "V"));
        assertThat(tables()).containsExactly("owners", "pets");
    }

    /**
     * The H2 dialect reserves exactly the candidates H2 refuses somewhere in plain DDL or DML, plus the keywords H2
     * documents as context-sensitive: accepted as names in such statements, they are kept out on purpose.
     */
    @Test
    void h2RejectsExactlyTheWordsTheH2DialectReserves() throws SQLException {
        open(Flavour.H2);
        var dialect = new H2Dialect();
        var mismatches = new ArrayList<String>();
        for (String word : CANDIDATE_NAMES.split("\\s+")) {
            boolean rejected = fails("create table " + word + " (id integer)")
                    || fails("select id from " + word + " where id = 1 order by id")
                    || fails("create table t_" + word + " (" + word + " integer)")
                    || fails("insert into t_" + word + " (" + word + ") values (1)")
                    || fails("select " + word + " from t_" + word + " where " + word + " = 1 order by " + word)
                    || fails("update t_" + word + " set " + word + " = 2 where " + word + " = 1");
            boolean expectedRejected = dialect.isReserved(word) && !CONTEXT_SENSITIVE.contains(word);
            if (rejected != expectedRejected) {
                mismatches.add(word + (rejected ? " is rejected by H2" : " is accepted by H2"));
            }
        }

        assertThat(mismatches).isEmpty();
    }

    private static final Set<String> CONTEXT_SENSITIVE = Set.of(
            "both", "groups", "ilike", "leading", "over", "partition", "range", "regexp", "rows", "trailing");

    /** Keywords of both dialects and the SQL standard, and names people give columns. */
    private static final String CANDIDATE_NAMES = """
            all analyse analyze and any array as asc asymmetric authorization between binary both case cast check
            collate collation column concurrently constraint create cross current_catalog current_date current_path
            current_role current_schema current_time current_timestamp current_user day default deferrable desc
            distinct do else end except exists false fetch for foreign freeze from full grant group groups having hour
            if ilike in initially inner intersect interval into is isnull join key lateral leading left like limit
            localtime localtimestamp minus minute month natural not notnull null offset on only or order outer over
            overlaps partition placing primary qualify range references regexp returning right row rownum rows second
            select session_user set similar some symmetric system_user table tablesample then to top trailing true
            uescape union unique unknown user using value values variadic verbose when where window with year
            name type status date time timestamp comment position level number size count data text description title
            amount price email password role owner state code kind index first last action result source target start
            period zone uuid boolean integer character varchar call delete insert update alter drop begin commit
            """;

    private void open(Flavour flavour) throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:schema" + (++databases) + flavour.settings);
    }

    private static String script(Migration migration, Flavour flavour, String fileName) {
        Map<String, String> files = migration.files().stream()
                .collect(Collectors.toMap(MigrationFile::path, MigrationFile::content));
        return files.get(flavour.dialect.name() + "/" + fileName);
    }

    private static String file(Migration migration, Flavour flavour, String prefix) {
        return migration.files().stream()
                .filter(f -> f.path().startsWith(flavour.dialect.name() + "/" + prefix + migration.version() + "__"))
                .findFirst().orElseThrow().content();
    }

    private void run(String sql) throws SQLException {
        assertThat(sql).isNotNull();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private boolean fails(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            return false;
        } catch (SQLException e) {
            return true;
        }
    }

    /** Every column and constraint, so two states of the database compare as lists. */
    private List<String> schema() throws SQLException {
        var all = new ArrayList<String>();
        for (String table : tables()) {
            columns(table).forEach(column -> all.add(table + "." + column));
        }
        all.addAll(constraints());
        return all;
    }

    private List<String> tables() throws SQLException {
        return strings("select lower(table_name) from information_schema.tables"
                + " where lower(table_schema) = 'public' order by 1");
    }

    private List<String> columns(String table) throws SQLException {
        return strings("select lower(column_name) || ' ' || upper(data_type)"
                + " || case when upper(data_type) = 'CHARACTER VARYING' then '(' || character_maximum_length || ')'"
                + "         when upper(data_type) = 'NUMERIC' then '(' || numeric_precision || ',' || numeric_scale || ')'"
                + "         else '' end"
                + " || case when is_nullable = 'YES' then ' NULL' else ' NOT NULL' end"
                + " || case when is_identity = 'YES' then ' IDENTITY' else '' end"
                + " from information_schema.columns"
                + " where lower(table_schema) = 'public' and lower(table_name) = '" + table + "'"
                + " order by ordinal_position");
    }

    private List<String> constraints() throws SQLException {
        return strings("select lower(table_name) || ' ' || lower(constraint_name) || ' ' || constraint_type"
                + " from information_schema.table_constraints"
                + " where lower(table_schema) = 'public' and constraint_type in ('PRIMARY KEY', 'UNIQUE')"
                + " order by 1");
    }

    private List<String> strings(String query) throws SQLException {
        var values = new ArrayList<String>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
