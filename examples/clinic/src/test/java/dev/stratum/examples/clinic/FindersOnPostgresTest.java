package dev.stratum.examples.clinic;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The finders' contract on a real PostgreSQL, in a schema of its own. */
class FindersOnPostgresTest extends FindersContract {

    private static final String SCHEMA = "clinic_finders";

    @Override
    DataSource migratedDataSource() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
        return migrate(new DriverManagerDataSource(TestPostgres.url(SCHEMA)), "postgresql", SCHEMA);
    }
}
