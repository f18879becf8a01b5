package dev.stratum.examples.clinic;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The statement counts of expanded relations on a real PostgreSQL, in a schema of its own. */
class RelationsOnPostgresTest extends RelationsContract {

    private static final String SCHEMA = "clinic_relations";

    @Override
    DataSource migratedDataSource() throws SQLException {
        TestPostgres.dropSchema(SCHEMA);
        return FindersContract.migrate(new DriverManagerDataSource(TestPostgres.url(SCHEMA)), "postgresql", SCHEMA);
    }
}
