package dev.stratum.examples.clinic;

import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The bulk operations on H2 in the PostgreSQL mode the application uses. */
class BulkOnH2Test extends BulkContract {

    @Override
    DataSource migratedDataSource() {
        return FindersContract.migrate(new DriverManagerDataSource("jdbc:h2:mem:bulk-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", ""),
                "h2", "public");
    }
}
