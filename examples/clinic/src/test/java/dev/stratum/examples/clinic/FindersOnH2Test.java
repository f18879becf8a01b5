package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The finders' contract on H2 in the PostgreSQL mode the application uses. */
class FindersOnH2Test extends FindersContract {

    @Override
    DataSource migratedDataSource() {
        return TestDatabases.migratedH2("finders");
    }

    @Test
    void theContractRunsOnH2() throws SQLException {
        assertThat(TestDatabases.engineAndSchema(database())).isEqualTo("H2/public");
    }
}
