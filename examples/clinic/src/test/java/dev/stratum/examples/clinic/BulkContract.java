package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stratum.examples.clinic.note.Note;
import dev.stratum.examples.clinic.note.NoteRepository;
import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetRepository;
import dev.stratum.examples.clinic.pet.Species;
import dev.stratum.runtime.problem.DuplicateException;
import dev.stratum.runtime.problem.VersionConflictException;
import dev.stratum.runtime.relation.References;
import dev.stratum.runtime.security.Caller;
import dev.stratum.runtime.problem.UnauthenticatedException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
 * and all or nothing, inside the caller's transaction or without one, and stamp every row of a batch with one reading
 * of the clock; {@code streamAll} reads every row lazily, the expanded pets of an owner one statement per chunk of rows,
 * and closing the stream releases its connection. Each engine runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BulkContract {

    CountingDataSource counting;
    private DataSource transactional;
    private TransactionTemplate transaction;
    OwnerRepository owners;
    PetRepository pets;
    final TickingClock clock = new TickingClock(Instant.parse("2026-03-01T09:00:00Z"));
    /** How often the notes' repository asked who the caller is. */
    final AtomicInteger principalReads = new AtomicInteger();
    NoteRepository notes;

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
        Caller author = new Caller("alice", Set.of());
        notes = new NoteRepository(transactional, () -> {
            principalReads.incrementAndGet();
            return Optional.of(author);
        }, clock);
    }

    @BeforeEach
    void noRows() throws SQLException {
        try (Connection connection = counting.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM pets");
            statement.executeUpdate("DELETE FROM owners");
            statement.executeUpdate("DELETE FROM notes");
        }
        counting.reset();
        clock.reset();
        principalReads.set(0);
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

    @Test
    void streamAllReadsTheOwnersPetsOneStatementPerChunkAsTheStreamIsConsumed() {
        List<Owner> five = owners(5, "stream");
        owners.insertAll(five);
        List<Pet> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j <= i; j++) {
                all.add(pet("Of" + i + "-" + j, five.get(i).getId()));
            }
        }
        pets.insertAll(all);
        counting.reset();

        List<Owner> streamed = new ArrayList<>();
        List<Integer> petStatementsWhenRead = new ArrayList<>();
        try (Stream<Owner> stream = owners.streamAll(2)) {
            Iterator<Owner> rows = stream.iterator();
            while (rows.hasNext()) {
                streamed.add(rows.next());
                petStatementsWhenRead.add(petStatements());
            }
        }

        assertThat(streamed).extracting(Owner::getId).containsExactlyElementsOf(five.stream().map(Owner::getId).toList());
        for (int i = 0; i < 5; i++) {
            String prefix = "Of" + i + "-";
            assertThat(streamed.get(i).getPets()).as("owner %d", i).hasSize(i + 1)
                    .allSatisfy(pet -> assertThat(pet.getName()).startsWith(prefix));
        }
        assertThat(petStatementsWhenRead).containsExactly(1, 1, 2, 2, 3);
        assertThat(counting.executed()).hasSize(4);
        assertThat(counting.openConnections()).isZero();
    }

    @Test
    void streamAllGivesAnOwnerWithoutPetsAnEmptyList() {
        owners.insertAll(owners(3, "petless"));

        try (Stream<Owner> stream = owners.streamAll()) {
            assertThat(stream.toList()).hasSize(3).allSatisfy(owner -> assertThat(owner.getPets()).isEmpty());
        }
        assertThat(petStatements()).isEqualTo(1);
    }

    @Test
    void insertAllStampsEveryRowOfABatchWithOneInstantAndTheNextBatchWithALaterOne() {
        List<Note> first = notes(4, "first");
        List<Note> second = notes(3, "second");

        notes.insertAll(first);
        notes.insertAll(second);

        assertThat(clock.reads()).isEqualTo(2);
        assertThat(principalReads).as("the owner and the updated-by name, once per batch").hasValue(4);
        assertThat(first).extracting(Note::getAuthor, Note::getUpdatedBy).containsOnly(tuple("alice", "alice"));
        Instant firstAt = first.get(0).getCreatedAt();
        Instant secondAt = second.get(0).getCreatedAt();
        assertThat(first).allSatisfy(note -> {
            assertThat(note.getCreatedAt()).isEqualTo(firstAt);
            assertThat(note.getUpdatedAt()).isEqualTo(firstAt);
        });
        assertThat(second).extracting(Note::getCreatedAt).containsOnly(secondAt);
        assertThat(secondAt).isAfter(firstAt);
        assertThat(storedCreatedAt()).containsExactly(firstAt, firstAt, firstAt, firstAt, secondAt, secondAt, secondAt);
    }

    @Test
    void updateAllStampsEveryRowOfABatchWithOneInstant() {
        List<Note> batch = notes(5, "update");
        notes.insertAll(batch);
        Instant created = batch.get(0).getCreatedAt();
        batch.forEach(note -> note.setText(note.getText() + " (edited)"));

        principalReads.set(0);

        notes.updateAll(batch);

        assertThat(clock.reads()).isEqualTo(2);
        assertThat(principalReads).as("the updated-by name once, the owner scope once per row").hasValue(1 + 5);
        Instant updated = batch.get(0).getUpdatedAt();
        assertThat(updated).isAfter(created);
        assertThat(batch).allSatisfy(note -> {
            assertThat(note.getUpdatedAt()).isEqualTo(updated);
            assertThat(note.getCreatedAt()).isEqualTo(created);
            assertThat(notes.findById(note.getId()).orElseThrow().getUpdatedAt()).isEqualTo(updated);
        });
    }

    @Test
    void insertAllRefusesAnAnonymousCallerAndWritesNothing() {
        var anonymous = new NoteRepository(transactional, Optional::empty, clock);

        assertThatThrownBy(() -> anonymous.insertAll(notes(3, "anonymous")))
                .isInstanceOf(UnauthenticatedException.class);

        assertThat(counting.executed()).isEmpty();
        assertThat(storedCreatedAt()).isEmpty();
        assertThat(counting.openConnections()).isZero();
    }

    private int petStatements() {
        return (int) counting.executed().stream().filter(sql -> sql.contains("FROM pets")).count();
    }

    private List<Instant> storedCreatedAt() {
        List<Instant> times = new ArrayList<>();
        try (Connection connection = counting.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT created_at FROM notes ORDER BY id")) {
            while (row.next()) {
                times.add(row.getObject(1, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return times;
    }

    private static List<Note> notes(int count, String prefix) {
        List<Note> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var note = new Note();
            note.setText(prefix + " note " + i);
            list.add(note);
        }
        return list;
    }

    /** A clock a second later on every read, so two reads can never give the same instant. */
    static final class TickingClock extends Clock {

        private final Instant start;
        private final AtomicInteger reads = new AtomicInteger();

        TickingClock(Instant start) {
            this.start = start;
        }

        int reads() {
            return reads.get();
        }

        void reset() {
            reads.set(0);
        }

        @Override
        public Instant instant() {
            return start.plusSeconds(reads.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the repositories read only the instant");
        }
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
