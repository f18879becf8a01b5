package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetRepository;
import dev.stratum.examples.clinic.pet.Species;
import dev.stratum.runtime.problem.DuplicateException;
import dev.stratum.runtime.problem.VersionConflictException;
import dev.stratum.runtime.relation.References;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk operations of the generated repositories: {@code insertAll} and {@code updateAll} are one JDBC batch each
 * and all or nothing, inside the caller's transaction or without one; {@code streamAll} reads every row lazily and
 * closing the stream releases its connection. Each engine runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkContract {

    CountingDataSource counting;
    private DataSource transactional;
    private TransactionTemplate transaction;
    OwnerRepository owners;
    PetRepository pets;

    /** A data source on an empty, migrated schema of the engine under test. */
    abstract DataSource migratedDataSource() throws SQLException;

    /** The database the contract runs on, once the first test has set it up. */
    DataSource database() {
        return counting;
    }

    @BeforeAll
    void migrate() throws SQLException {
        counting = new CountingDataSource(migratedDataSource());
        transactional = new TransactionAwareDataSourceProxy(counting);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(counting));
        owners = new OwnerRepository(transactional);
        pets = new PetRepository(transactional);
    }

    @BeforeEach
    void noRows() throws SQLException {
        try (Connection connection = counting.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM pets");
            statement.executeUpdate("DELETE FROM owners");
        }
        counting.reset();
    }

    @Test
    void insertAllIsOneBatchAndSetsEveryIdAndVersion() {
        List<Owner> batch = owners(100, "batch");

        owners.insertAll(batch);

        assertThat(counting.executed()).hasSize(1);
        assertThat(batch).allSatisfy(owner -> assertThat(owner.getVersion()).isZero());
        assertThat(batch).extracting(Owner::getId).doesNotContainNull().doesNotHaveDuplicates().isSorted();
        Owner fiftieth = owners.findById(batch.get(49).getId()).orElseThrow();
        assertThat(fiftieth.getEmail()).isEqualTo("batch49@example.org");
    }

    @Test
    void aFailingRowRollsTheWholeBatchBackWithoutATransaction() {
        List<Owner> batch = owners(10, "alone");
        batch.get(7).setEmail(batch.get(2).getEmail());

        assertThatThrownBy(() -> owners.insertAll(batch)).isInstanceOf(DuplicateException.class);

        assertThat(ownerCount()).isZero();
        assertThat(counting.openConnections()).isZero();
    }

    @Test
    void aFailingRowRollsTheCallersTransactionBack() {
        List<Owner> first = owners(3, "first");
        List<Owner> batch = owners(10, "second");
        batch.get(9).setEmail("first0@example.org");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            owners.insertAll(first);
            owners.insertAll(batch);
        })).isInstanceOf(DuplicateException.class);

        assertThat(ownerCount()).isZero();
    }

    @Test
    void updateAllWritesEveryRowAndIncrementsTheVersions() {
        List<Owner> batch = owners(20, "update");
        owners.insertAll(batch);
        batch.forEach(owner -> owner.setLastName(owner.getLastName() + "-renamed"));
        counting.reset();

        owners.updateAll(batch);

        assertThat(counting.executed()).hasSize(1);
        assertThat(batch).allSatisfy(owner -> assertThat(owner.getVersion()).isEqualTo(1));
        assertThat(owners.findById(batch.get(13).getId()).orElseThrow().getLastName()).isEqualTo("Last13-renamed");
    }

    @Test
    void aStaleRowFailsTheWholeUpdateAndWritesNothing() {
        List<Owner> batch = owners(5, "stale");
        owners.insertAll(batch);
        Owner changedMeanwhile = owners.findById(batch.get(3).getId()).orElseThrow();
        changedMeanwhile.setPhone("+43 1 234567");
        owners.update(changedMeanwhile);
        batch.forEach(owner -> owner.setLastName("Overwritten"));

        assertThatThrownBy(() -> owners.updateAll(batch))
                .isInstanceOfSatisfying(VersionConflictException.class,
                        e -> assertThat(e.getMessage()).contains(String.valueOf(batch.get(3).getId())));

        assertThat(IntStream.range(0, 5).mapToObj(i -> owners.findById(batch.get(i).getId()).orElseThrow()))
                .allSatisfy(owner -> assertThat(owner.getLastName()).isNotEqualTo("Overwritten"));
        assertThat(batch).allSatisfy(owner -> assertThat(owner.getVersion()).isZero());
    }

    @Test
    void streamAllReadsEveryRowInIdOrderWithItsOwner() {
        List<Owner> keepers = owners(1, "keeper");
        owners.insertAll(keepers);
        List<Pet> all = IntStream.range(0, 1200).mapToObj(i -> pet("Pet" + i, keepers.get(0).getId())).toList();
        pets.insertAll(all);

        List<String> streamed;
        try (Stream<Pet> stream = pets.streamAll(100)) {
            streamed = stream.peek(pet -> assertThat(pet.getOwner().getId()).isEqualTo(keepers.get(0).getId()))
                    .map(pet -> pet.getId().toString()).toList();
        }

        assertThat(streamed).hasSize(1200).isSorted();
        assertThat(counting.openConnections()).isZero();
    }

    @Test
    void closingAStreamEarlyReleasesItsConnection() throws SQLException {
        pets.insertAll(IntStream.range(0, 50).mapToObj(i -> pet("Early" + i, null)).toList());
        int before = counting.openConnections();

        try (Stream<Pet> stream = pets.streamAll(10)) {
            Iterator<Pet> rows = stream.iterator();
            assertThat(rows.next().getName()).startsWith("Early");
            assertThat(counting.openConnections()).isEqualTo(before + 1);
        }

        assertThat(counting.openConnections()).isEqualTo(before);
        try (Connection connection = counting.getConnection()) {
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void aStreamInsideATransactionUsesItsConnection() {
        pets.insertAll(List.of(pet("Inside", null)));

        List<String> names = transaction.execute(status -> {
            try (Stream<Pet> stream = pets.streamAll()) {
                return stream.map(Pet::getName).toList();
            }
        });

        assertThat(names).containsExactly("Inside");
        assertThat(counting.openConnections()).isZero();
    }

    private int ownerCount() {
        try (Connection connection = counting.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM owners")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Owner> owners(int count, String prefix) {
        List<Owner> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var owner = new Owner();
            owner.setFirstName("First" + i);
            owner.setLastName("Last" + i);
            owner.setEmail(prefix + i + "@example.org");
            owner.setTaxNumber("TAX12345");
            owner.setConsentGiven(true);
            list.add(owner);
        }
        return list;
    }

    static Pet pet(String name, Long ownerId) {
        var pet = new Pet();
        pet.setId(UUID.randomUUID());
        pet.setName(name);
        pet.setSpecies(Species.DOG);
        pet.setBirthDate(LocalDate.of(2021, 6, 1));
        pet.setOwner(References.to(ownerId, Owner::new, Owner::setId));
        return pet;
    }
}
