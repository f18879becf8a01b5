package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.examples.clinic.note.JdbcNoteFinders;
import dev.stratum.examples.clinic.note.Note;
import dev.stratum.examples.clinic.note.NoteListQuery;
import dev.stratum.examples.clinic.note.NoteRepository;
import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerListQuery;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetListQuery;
import dev.stratum.examples.clinic.pet.PetRepository;
import dev.stratum.examples.clinic.pet.Species;
import dev.stratum.runtime.paging.Keyset;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.relation.References;
import dev.stratum.runtime.problem.UnauthenticatedException;
import dev.stratum.runtime.security.Caller;
import dev.stratum.runtime.security.CurrentPrincipal;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The generated sorted and filtered list reads on one engine: keyset walks in every allowed order, with many equal
 * and null sort keys and rows inserted between pages, return every row exactly once in the order the sort defines
 * (nulls last in both directions, ties by id in the sort's direction); filters narrow them; offset pages sort too; an
 * owner-scoped list stays scoped in every variant, and so do the finders of an owner-scoped entity.
 */
abstract class ListQueryContract {

    private static final List<String> LAST_NAMES = List.of("ash", "birch", "cedar");
    private static final List<String> PHONES = List.of("0100000", "0200000", "0300000");

    private DataSource dataSource;
    private OwnerRepository owners;
    private PetRepository pets;
    private final AtomicReference<Caller> caller = new AtomicReference<>();
    private NoteRepository notes;
    private final RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(20261202L);
    private int emails;

    /** A data source on an empty, migrated schema of the engine under test. */
    abstract DataSource migratedDataSource() throws SQLException;

    /** The database the contract runs on, once the first test has set it up. */
    DataSource database() {
        return dataSource;
    }


    @BeforeEach
    void emptyTables() throws SQLException {
        if (dataSource == null) {
            dataSource = migratedDataSource();
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM pets");
            statement.executeUpdate("DELETE FROM owners");
            statement.executeUpdate("DELETE FROM notes");
        }
        owners = new OwnerRepository(dataSource);
        pets = new PetRepository(dataSource);
        CurrentPrincipal principal = () -> Optional.ofNullable(caller.get());
        notes = new NoteRepository(dataSource, principal, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void everyOrderWalksEveryOwnerOnceWithEqualAndNullKeys() {
        for (int i = 0; i < 40; i++) {
            owner(pick(LAST_NAMES), random.nextInt(3) == 0 ? null : pick(PHONES));
        }
        for (OwnerListQuery.Sort sort : OwnerListQuery.Sort.values()) {
            OwnerListQuery query = new OwnerListQuery(sort, null, null);
            List<Owner> expected = owners.findPageAfter(query, null, 1000);
            assertThat(ids(expected)).as("%s reads every row", sort).hasSize(40);
            assertThat(ids(expected)).as("%s order", sort).isEqualTo(ids(sorted(expected, sort)));
            for (int size : new int[] {1, 7}) {
                assertThat(ids(walk(query, size, () -> { }))).as("%s by %d", sort, size).isEqualTo(ids(expected));
            }
        }
    }

    @Test
    void rowsInsertedBetweenPagesNeitherRepeatNorHideTheRowsThatWereThere() {
        for (int i = 0; i < 20; i++) {
            owner(pick(LAST_NAMES), random.nextInt(3) == 0 ? null : pick(PHONES));
        }
        for (OwnerListQuery.Sort sort : OwnerListQuery.Sort.values()) {
            OwnerListQuery query = new OwnerListQuery(sort, null, null);
            List<Long> before = ids(owners.findPageAfter(query, null, 1000));

            List<Owner> walked = walk(query, 3, () -> owner(pick(LAST_NAMES), random.nextBoolean() ? null : pick(PHONES)));

            assertThat(ids(walked)).as("%s", sort).doesNotHaveDuplicates().containsAll(before);
            assertThat(ids(walked)).as("%s stays in order", sort).isEqualTo(ids(sorted(walked, sort)));
        }
    }

    @Test
    void filtersNarrowEverySortAndEveryPage() {
        for (int i = 0; i < 30; i++) {
            owner(pick(LAST_NAMES), random.nextInt(3) == 0 ? null : pick(PHONES));
        }
        for (OwnerListQuery.Sort sort : OwnerListQuery.Sort.values()) {
            OwnerListQuery query = new OwnerListQuery(sort, "birch", "First");
            List<Owner> walked = walk(query, 2, () -> owner("birch", pick(PHONES)));

            assertThat(walked).as("%s", sort).isNotEmpty()
                    .allSatisfy(owner -> assertThat(owner.getLastName()).isEqualTo("birch"));
            assertThat(ids(walked)).doesNotHaveDuplicates().isEqualTo(ids(sorted(walked, sort)));
        }
        assertThat(owners.findPageAfter(new OwnerListQuery(OwnerListQuery.Sort.ID, "birch", "Nobody"), null, 100))
                .isEmpty();
    }

    @Test
    void offsetPagesSortFilterAndCount() {
        Long keeper = owner("keeper", null);
        List<UUID> dogs = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String weight = i % 4 == 0 ? null : String.valueOf(1 + i % 5);
            UUID id = pet("pet" + i, i % 3 == 0 ? Species.CAT : Species.DOG, weight, i % 2 == 0 ? keeper : null);
            if (i % 3 != 0) {
                dogs.add(id);
            }
        }
        var query = new PetListQuery(PetListQuery.Sort.WEIGHT_KG_DESC, Species.DOG, null, null);
        List<Pet> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<Pet> result = pets.findPage(query, new PageRequest(page, 4));
            assertThat(result.totalItems()).isEqualTo(dogs.size());
            all.addAll(result.items());
            if (result.items().size() < 4) {
                break;
            }
        }
        assertThat(all).extracting(Pet::getId).containsExactlyInAnyOrderElementsOf(dogs);
        Comparator<Pet> weightDescNullsLast = Comparator.comparing(Pet::getWeightKg,
                Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()));
        assertThat(all).isSortedAccordingTo(weightDescNullsLast);
        var kept = pets.findPage(new PetListQuery(PetListQuery.Sort.NAME, Species.DOG, keeper, null), new PageRequest(0, 50));
        assertThat(kept.items()).allSatisfy(pet -> {
            assertThat(pet.getSpecies()).isEqualTo(Species.DOG);
            assertThat(pet.getOwner().getId()).isEqualTo(keeper);
        }).isSortedAccordingTo(Comparator.comparing(Pet::getName));
        assertThat(kept.totalItems()).isEqualTo(kept.items().size()).isPositive();
    }

    @Test
    void anOwnerScopedListStaysScopedInEverySortFilterAndPage() {
        for (int i = 0; i < 9; i++) {
            note(i % 3 == 0 ? "bob" : "alice", i % 2 == 0 ? "same" : "text " + i);
        }
        for (NoteListQuery.Sort sort : NoteListQuery.Sort.values()) {
            for (String text : new String[] {null, "same"}) {
                caller.set(new Caller("alice", Set.of()));
                List<Note> alice = walkNotes(new NoteListQuery(sort, text), 2);
                assertThat(alice).as("%s %s", sort, text).isNotEmpty()
                        .allSatisfy(note -> assertThat(note.getAuthor()).isEqualTo("alice"));
                caller.set(new Caller("root", Set.of("ADMIN")));
                List<Note> admin = walkNotes(new NoteListQuery(sort, text), 2);
                assertThat(admin).extracting(Note::getAuthor).contains("alice", "bob");
                assertThat(ids(admin, Note::getId)).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void findersOfAnOwnerScopedEntityFindCountAndDeleteOnlyTheCallersRows() {
        note("alice", "same");
        note("alice", "same");
        note("bob", "same");
        note("bob", "bob only");
        var finders = new JdbcNoteFinders(dataSource, () -> Optional.ofNullable(caller.get()));

        caller.set(new Caller("alice", Set.of()));
        assertThat(finders.findByTextOrderByIdAsc("same")).hasSize(2)
                .allSatisfy(note -> assertThat(note.getAuthor()).isEqualTo("alice"));
        assertThat(finders.countByText("same")).isEqualTo(2);
        assertThat(finders.existsByText("bob only")).isFalse();
        assertThat(finders.deleteByText("same")).isEqualTo(2);
        assertThat(finders.deleteByText("bob only")).isZero();

        caller.set(new Caller("root", Set.of("ADMIN")));
        assertThat(finders.findByTextOrderByIdAsc("same")).extracting(Note::getAuthor).containsExactly("bob");
        assertThat(finders.existsByText("bob only")).isTrue();
        caller.set(null);
        assertThatThrownBy(() -> finders.countByText("same")).isInstanceOf(UnauthenticatedException.class);
    }

    private List<Owner> walk(OwnerListQuery query, int size, Runnable between) {
        List<Owner> walked = new ArrayList<>();
        Keyset<Long> after = null;
        for (int pages = 0; pages < 1000; pages++) {
            List<Owner> rows = owners.findPageAfter(query, after, size + 1);
            List<Owner> page = rows.subList(0, Math.min(size, rows.size()));
            walked.addAll(page);
            if (rows.size() <= size) {
                return walked;
            }
            Owner last = page.get(page.size() - 1);
            after = new Keyset<>(last.getId(), sortValue(last, query.sort()));
            between.run();
        }
        throw new AssertionError("the walk did not end");
    }

    private List<Note> walkNotes(NoteListQuery query, int size) {
        List<Note> walked = new ArrayList<>();
        Keyset<Long> after = null;
        while (true) {
            List<Note> rows = notes.findPageAfter(query, after, size + 1);
            List<Note> page = rows.subList(0, Math.min(size, rows.size()));
            walked.addAll(page);
            if (rows.size() <= size) {
                return walked;
            }
            Note last = page.get(page.size() - 1);
            boolean byDate = query.sort() == NoteListQuery.Sort.CREATED_AT || query.sort() == NoteListQuery.Sort.CREATED_AT_DESC;
            after = new Keyset<>(last.getId(), byDate ? last.getCreatedAt() : null);
        }
    }

    private static Object sortValue(Owner owner, OwnerListQuery.Sort sort) {
        return switch (sort) {
            case ID, ID_DESC -> null;
            case LAST_NAME, LAST_NAME_DESC -> owner.getLastName();
            case PHONE, PHONE_DESC -> owner.getPhone();
        };
    }

    /** The order a sort defines, computed in Java: the key (nulls last either way), then the id, both in its direction. */
    private static List<Owner> sorted(List<Owner> rows, OwnerListQuery.Sort sort) {
        boolean descending = sort.parameter().startsWith("-");
        Comparator<String> values = descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder();
        Comparator<Long> ids = descending ? Comparator.<Long>reverseOrder() : Comparator.<Long>naturalOrder();
        Comparator<Owner> order = Comparator.comparing(owner -> (String) sortValue(owner, sort), Comparator.nullsLast(values));
        return rows.stream().sorted(order.thenComparing(Owner::getId, ids)).toList();
    }

    private static List<Long> ids(List<Owner> rows) {
        return ids(rows, Owner::getId);
    }

    private static <T, I> List<I> ids(List<T> rows, Function<T, I> id) {
        return rows.stream().map(id).toList();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private Long owner(String lastName, String phone) {
        var owner = new Owner();
        owner.setFirstName("First");
        owner.setLastName(lastName);
        owner.setEmail("owner" + (++emails) + "@example.org");
        owner.setPhone(phone);
        owner.setTaxNumber("TAX12345");
        owner.setConsentGiven(true);
        owners.insert(owner);
        return owner.getId();
    }

    private UUID pet(String name, Species species, String weightKg, Long ownerId) {
        var pet = new Pet();
        pet.setId(UUID.randomUUID());
        pet.setName(name);
        pet.setSpecies(species);
        pet.setBirthDate(LocalDate.parse("2020-01-01"));
        pet.setWeightKg(weightKg == null ? null : new BigDecimal(weightKg));
        pet.setOwner(References.to(ownerId, Owner::new, Owner::setId));
        pets.insert(pet);
        return pet.getId();
    }

    private void note(String author, String text) {
        caller.set(new Caller(author, Set.of()));
        var note = new Note();
        note.setText(text);
        notes.insert(note);
    }
}
