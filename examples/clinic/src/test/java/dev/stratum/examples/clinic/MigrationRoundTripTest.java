package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.runtime.migration.MigrationVersion;
import dev.stratum.runtime.migration.UndoMigrator;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The generated migrations go up, down and up again on each real engine, and the schema after the second migrate is
 * exactly the schema after the first: U scripts undo precisely what V scripts did.
 */
class MigrationRoundTripTest {

    @Test
    void upDownUpOnH2() throws SQLException {
        var h2 = new DriverManagerDataSource(TestDatabases.h2Url("roundtrip"), "sa", "");

        roundTrip(h2, "h2", "public");
    }

    @Test
    void upDownUpOnPostgresql() throws SQLException {
        String schema = "roundtrip";
        TestPostgres.dropSchema(schema);

        roundTrip(new DriverManagerDataSource(TestPostgres.url(schema)), "postgresql", schema);
    }

    private void roundTrip(DataSource dataSource, String vendor, String schema) throws SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration/" + vendor)
                .load();
        UndoMigrator undo = new UndoMigrator(dataSource, vendor, getClass().getClassLoader());

        assertThat(flyway.migrate().migrationsExecuted).isPositive();
        SchemaSnapshot migrated = SchemaSnapshot.read(dataSource, schema);
        assertThat(migrated.tables())
                .containsExactly("notes", "owners", "pets", "stratum_idempotency", "stratum_rate_limit", "visits");
        assertThat(migrated.constraints()).anyMatch(line -> line.startsWith("owners ") && line.contains("UNIQUE"))
                .anyMatch(line -> line.startsWith("pets fk_pets_owner_id FOREIGN KEY"))
                .anyMatch(line -> line.startsWith("visits fk_visits_pet_id FOREIGN KEY"));

        assertThat(undo.undo("0")).extracting(MigrationVersion::toString).endsWith("1");
        assertThat(SchemaSnapshot.read(dataSource, schema).isEmpty()).isTrue();

        assertThat(flyway.migrate().migrationsExecuted).isPositive();
        assertThat(SchemaSnapshot.read(dataSource, schema)).isEqualTo(migrated);
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }
}
