package dev.stratum.examples.clinic;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The sorted and filtered list reads on a real PostgreSQL, in a schema of its own. */
class ListQueryOnPostgresTest extends ListQueryContract {

    private static final String SCHEMA = "clinic_lists";

    @Override
    DataSource migratedDataSource() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
        return migrate(new DriverManagerDataSource(TestPostgres.url(SCHEMA)), "postgresql", SCHEMA);
    }
}
