package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The finders' contract on a real PostgreSQL, in a schema of its own. */
class FindersOnPostgresTest extends FindersContract {

    private static final String SCHEMA = "clinic_finders";

    @Override
    DataSource migratedDataSource() throws SQLException {
        return TestDatabases.migratedPostgres(SCHEMA);
    }

    @Test
    void theContractRunsOnPostgresql() throws SQLException {
        assertThat(TestDatabases.engineAndSchema(database())).isEqualTo("PostgreSQL/" + SCHEMA);
    }
}
