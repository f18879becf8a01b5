package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The bulk operations on a real PostgreSQL, in a schema of its own; and proof that a stream reads through a
 * server-side cursor, a fetch size of rows at a time, rather than the whole result at once, also while it reads each
 * chunk's expanded pets on the same connection.
 */
class BulkOnPostgresTest extends BulkContract {

    private static final String SCHEMA = "clinic_bulk";

    @Override
    DataSource migratedDataSource() throws SQLException {
        return TestDatabases.migratedPostgres(SCHEMA);
    }

    /**
     * The driver reads through a named portal (listed in {@code pg_cursors}) only when auto-commit is off and a fetch
     * size is set; otherwise it reads every row before the first is returned. Checked on the stream's own connection
     * while the stream is open.
     */
    @Test
    void aStreamReadsThroughACursorAFetchSizeAtATime() throws SQLException {
        pets.insertAll(IntStream.range(0, 300).mapToObj(i -> pet("Cursor" + i, null)).toList());
        var single = new SingleConnectionDataSource(TestPostgres.url(SCHEMA), true);
        try {
            var repository = new PetRepository(single);
            try (Stream<Pet> stream = repository.streamAll(25)) {
                Iterator<Pet> rows = stream.iterator();
                assertThat(rows.next().getName()).startsWith("Cursor");
                assertThat(openPortals(single, "pets")).hasSize(1);
                int read = 1;
                while (rows.hasNext()) {
                    rows.next();
                    read++;
                }
                assertThat(read).isEqualTo(300);
            }
            assertThat(openPortals(single, "pets")).isEmpty();
            assertThat(single.getConnection().getAutoCommit()).isTrue();
        } finally {
            single.destroy();
        }
    }

    /**
     * The pets of each chunk of streamed owners are read on the stream's own connection while its cursor is open: the
     * cursor survives those statements, and every owner still arrives with its own pets.
     */
    @Test
    void aStreamOfOwnersReadsEachChunksPetsWhileItsCursorStaysOpen() throws SQLException {
        List<Owner> many = owners(60, "cursor");
        owners.insertAll(many);
        pets.insertAll(many.stream().map(owner -> pet("PetOf" + owner.getId(), owner.getId())).toList());
        var single = new SingleConnectionDataSource(TestPostgres.url(SCHEMA), true);
        try {
            var repository = new OwnerRepository(single);
            try (Stream<Owner> stream = repository.streamAll(25)) {
                Iterator<Owner> rows = stream.iterator();
                int read = 0;
                while (rows.hasNext()) {
                    Owner owner = rows.next();
                    assertThat(owner.getPets()).extracting(Pet::getName).containsExactly("PetOf" + owner.getId());
                    if (read == 0 || read == 30) {
                        assertThat(openPortals(single, "owners")).as("after %d owners", read + 1).hasSize(1);
                    }
                    read++;
                }
                assertThat(read).isEqualTo(60);
            }
            assertThat(openPortals(single, "owners")).isEmpty();
        } finally {
            single.destroy();
        }
    }

    private static List<String> openPortals(DataSource single, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = single.getConnection().createStatement();
                ResultSet row = statement.executeQuery("SELECT name FROM pg_cursors WHERE name <> '' AND statement LIKE '%FROM "
                        + table + "%'")) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        }
        return names;
    }

    @Test
    void theContractRunsOnPostgresql() throws SQLException {
        assertThat(TestDatabases.engineAndSchema(database())).isEqualTo("PostgreSQL/" + SCHEMA);
    }
}
