package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stratum.examples.clinic.owner.JdbcOwnerFinders;
import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerFinders;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.JdbcPetFinders;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetFinders;
import dev.stratum.examples.clinic.pet.PetRepository;
import dev.stratum.examples.clinic.pet.Species;
import dev.stratum.runtime.paging.Page;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.relation.References;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the generated finders of {@link PetFinders} and {@link OwnerFinders} promise, run on a migrated database: every
 * operator, LIKE with {@code %}, {@code _} and the escape character taken literally, IgnoreCase, And before Or, order,
 * pages, exists, count and delete, which joins the caller's transaction; and that a finder of {@link Owner} returns
 * each owner with its own expanded pets, read for the whole result in one more statement, never one per row. Each
 * engine runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FindersContract {

    private CountingDataSource counting;
    private DataSource dataSource;
    private PetFinders pets;
    private OwnerFinders owners;
    private PetRepository petRepository;
    private OwnerRepository ownerRepository;
    private Long firstOwner;
    private Long secondOwner;

    /** A data source on an empty, migrated schema of the engine under test. */
    abstract DataSource migratedDataSource() throws SQLException;

    /** The database the contract runs on, once the first test has set it up. */
    DataSource database() {
        return dataSource;
    }


    @BeforeEach
    void freshRows() throws SQLException {
        if (dataSource == null) {
            counting = new CountingDataSource(migratedDataSource());
            dataSource = new TransactionAwareDataSourceProxy(counting);
        }
        clearRows();
        pets = new JdbcPetFinders(dataSource);
        owners = new JdbcOwnerFinders(dataSource);
        petRepository = new PetRepository(dataSource);
        ownerRepository = new OwnerRepository(dataSource);
        firstOwner = owner("Keeper", "One", "keeper.one@example.org", null, false);
        secondOwner = owner("Keeper", "Two", "keeper.two@example.org", null, false);
        pet("Rex", Species.DOG, "2019-04-02", "12.50", true, "111", 2, firstOwner);
        pet("Rexa", Species.CAT, "2020-01-01", "4.00", false, null, null, firstOwner);
        pet("100%_Sure", Species.DOG, "2018-06-15", "30.00", true, "222", 5, secondOwner);
        pet("100 Percent", Species.RABBIT, "2021-03-03", "2.00", false, null, 1, null);
        pet("Under_score", Species.BIRD, "2022-05-05", "0.50", true, "333", 3, secondOwner);
        pet("Bang!score", Species.CAT, "2017-12-31", "5.00", false, null, null, null);
    }

    /** Pets reference owners (a foreign key), so pets go first. */
    private void clearRows() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM pets");
            statement.executeUpdate("DELETE FROM owners");
        }
    }

    @Test
    void equalsFindsTheOnePetOrNone() {
        assertThat(pets.findByMicrochip("222")).map(Pet::getName).contains("100%_Sure");
        assertThat(pets.findByMicrochip("999")).isEmpty();
    }

    @Test
    void anOptionalFinderRefusesToPickOneOfSeveralRows() {
        owner("Ada", "Lovelace", "ada@example.org", Instant.parse("2024-01-01T10:00:00Z"), true);
        owner("Ada", "Byron", "ADA@example.org", Instant.parse("2024-01-02T10:00:00Z"), true);

        assertThatThrownBy(() -> owners.findByEmailIgnoreCase("Ada@Example.org"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("findByEmailIgnoreCase found more than one Owner");
        assertThat(owners.findByEmailIgnoreCase("nobody@example.org")).isEmpty();
    }

    @Test
    void ignoreCaseComparesWithoutCase() {
        assertThat(names(pets.findByNameIgnoreCase("REX"))).containsExactly("Rex");
        assertThat(names(pets.findByNameContainingIgnoreCaseOrderByNameAsc("eX"))).containsExactly("Rex", "Rexa");
    }

    @Test
    void likeTakesPercentUnderscoreAndTheEscapeCharacterLiterally() {
        assertThat(names(pets.findByNameStartsWithOrderByNameAsc("100%"))).containsExactly("100%_Sure");
        assertThat(names(pets.findByNameStartsWithOrderByNameAsc("100_"))).isEmpty();
        assertThat(names(pets.findByNameStartsWithOrderByNameAsc("100"))).containsExactly("100 Percent", "100%_Sure");
        assertThat(names(pets.findByNameEndsWithOrderByNameAsc("_score"))).containsExactly("Under_score");
        assertThat(names(pets.findByNameEndsWithOrderByNameAsc("!score"))).containsExactly("Bang!score");
        assertThat(names(pets.findByNameContainingIgnoreCaseOrderByNameAsc("%"))).containsExactly("100%_Sure");
        assertThat(names(pets.findByNameContainingIgnoreCaseOrderByNameAsc("_"))).containsExactly("100%_Sure",
                "Under_score");
        assertThat(names(pets.findByNameContainingIgnoreCaseOrderByNameAsc("!"))).containsExactly("Bang!score");
    }

    @Test
    void notAndInSelectBySpecies() {
        assertThat(names(pets.findBySpeciesNotOrderByNameAsc(Species.DOG)))
                .containsExactly("100 Percent", "Bang!score", "Rexa", "Under_score");
        assertThat(names(pets.findBySpeciesInOrderByNameAsc(List.of(Species.CAT, Species.BIRD))))
                .containsExactly("Bang!score", "Rexa", "Under_score");
        assertThat(pets.findBySpeciesInOrderByNameAsc(List.of())).isEmpty();
    }

    @Test
    void inTakesUuids() {
        List<UUID> ids = pets.findByNameStartsWithOrderByNameAsc("Rex").stream().map(Pet::getId).toList();

        assertThat(names(pets.findByIdIn(ids))).containsExactlyInAnyOrder("Rex", "Rexa");
    }

    @Test
    void betweenIsInclusiveAndOrdersByEveryDeclaredProperty() {
        assertThat(names(pets.findByBirthDateBetweenOrderByBirthDateDescNameAsc(
                LocalDate.parse("2018-06-15"), LocalDate.parse("2020-01-01"))))
                .containsExactly("Rexa", "Rex", "100%_Sure");
    }

    @Test
    void comparisonsSkipNullsAndOrBindsLooserThanAnd() {
        assertThat(names(pets.findByCareLevelLessThanOrCareLevelGreaterThanEqualOrderByNameAsc(2, 5)))
                .containsExactly("100 Percent", "100%_Sure");
        assertThat(names(pets.findByWeightKgLessThanEqualAndNeuteredTrueOrderByNameAsc(new BigDecimal("12.5"))))
                .containsExactly("Rex", "Under_score");
        assertThat(names(pets.findByWeightKgGreaterThanAndNeuteredFalseOrderByNameAsc(new BigDecimal("4"))))
                .containsExactly("Bang!score");
        assertThat(names(pets.findByOwnerIdAndSpeciesOrNameOrderByNameAsc(firstOwner, Species.CAT, "Under_score")))
                .containsExactly("Rexa", "Under_score");
    }

    @Test
    void nullChecks() {
        assertThat(names(pets.findByCareLevelIsNullOrderByNameAsc())).containsExactly("Bang!score", "Rexa");
        assertThat(names(pets.findByMicrochipIsNotNullOrderByNameAsc()))
                .containsExactly("100%_Sure", "Rex", "Under_score");
        assertThatThrownBy(() -> pets.findByNameIgnoreCase(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }

    @Test
    void pagesCarryTheTotal() {
        Page<Pet> first = pets.findBySpeciesOrderByNameAsc(Species.DOG, new PageRequest(0, 1));
        Page<Pet> second = pets.findBySpeciesOrderByNameAsc(Species.DOG, new PageRequest(1, 1));

        assertThat(names(first.items())).containsExactly("100%_Sure");
        assertThat(names(second.items())).containsExactly("Rex");
        assertThat(first.totalItems()).isEqualTo(2);
        assertThat(first.totalPages()).isEqualTo(2);
    }

    @Test
    void existsAndCount() {
        assertThat(pets.existsByMicrochip("111")).isTrue();
        assertThat(pets.existsByMicrochip("000")).isFalse();
        assertThat(pets.countBySpecies(Species.CAT)).isEqualTo(2);
        assertThat(pets.countBySpecies(Species.REPTILE)).isZero();
    }

    @Test
    void deleteReturnsHowManyRowsWent() {
        assertThat(pets.deleteByOwnerId(secondOwner)).isEqualTo(2);

        assertThat(pets.countBySpecies(Species.DOG)).isEqualTo(1);
        assertThat(pets.findByMicrochip("333")).isEmpty();
        assertThat(pets.deleteByOwnerId(secondOwner)).isZero();
    }

    @Test
    void deleteJoinsTheCallersTransaction() {
        var transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        long deleted = transactions.execute(status -> {
            long count = pets.deleteByOwnerId(firstOwner);
            assertThat(pets.countBySpecies(Species.CAT)).as("inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
            return count;
        });

        assertThat(deleted).isEqualTo(2);
        assertThat(pets.countBySpecies(Species.CAT)).as("after the rollback").isEqualTo(2);
        assertThat(pets.findByMicrochip("111")).isPresent();
    }

    @Test
    void instantsCompareAndBindAsArrays() throws SQLException {
        clearRows();
        Instant first = Instant.parse("2024-01-01T10:00:00Z");
        Instant second = Instant.parse("2024-06-01T10:00:00.123456Z");
        owner("Ada", "Lovelace", "ada@example.org", first, true);
        owner("Grace", "Hopper", "grace@example.org", second, false);
        owner("Alan", "Turing", "alan@example.org", null, true);

        assertThat(owners.findByRegisteredAtGreaterThanEqualOrderByRegisteredAtAsc(first))
                .extracting(Owner::getLastName).containsExactly("Lovelace", "Hopper");
        assertThat(owners.findByRegisteredAtInOrderByLastNameAsc(List.of(second, Instant.EPOCH)))
                .extracting(Owner::getLastName).containsExactly("Hopper");
        assertThat(owners.findByLastNameNotIgnoreCaseOrderByLastNameAsc("LOVELACE"))
                .extracting(Owner::getLastName).containsExactly("Hopper", "Turing");
        assertThat(owners.countByConsentGivenTrue()).isEqualTo(2);
        assertThat(owners.countByConsentGivenFalse()).isEqualTo(1);
    }

    @Test
    void aListFinderReturnsEveryOwnerWithItsOwnPets() {
        Long petless = owner("Keeper", "Three", "keeper.three@example.org", null, false);

        List<Owner> found = owners.findByLastNameNotIgnoreCaseOrderByLastNameAsc("nobody");

        assertThat(found).extracting(Owner::getId).containsExactly(firstOwner, petless, secondOwner);
        assertThat(petNames(found.get(0))).containsExactlyInAnyOrder("Rex", "Rexa");
        assertThat(found.get(1).getPets()).isEmpty();
        assertThat(petNames(found.get(2))).containsExactlyInAnyOrder("100%_Sure", "Under_score");
    }

    @Test
    void aListFinderTakesTwoStatementsHoweverManyOwnersItReturns() {
        counting.reset();
        assertThat(owners.findByLastNameNotIgnoreCaseOrderByLastNameAsc("nobody")).hasSize(2);
        List<String> forTwo = counting.executed();

        for (int i = 0; i < 30; i++) {
            Long extra = owner("Many", "Many" + i, "many" + i + "@example.org", null, false);
            pet("Extra" + i, Species.CAT, "2020-02-02", "3.00", false, null, null, extra);
        }
        counting.reset();
        List<Owner> found = owners.findByLastNameNotIgnoreCaseOrderByLastNameAsc("nobody");

        assertThat(found).hasSize(32).allSatisfy(owner -> assertThat(owner.getPets()).isNotEmpty());
        assertThat(found).filteredOn(owner -> owner.getLastName().equals("Many17"))
                .singleElement().satisfies(owner -> assertThat(petNames(owner)).containsExactly("Extra17"));
        assertThat(forTwo).hasSize(2);
        assertThat(counting.executed()).hasSize(2).isEqualTo(forTwo);
        assertThat(counting.executed().get(1)).contains("FROM pets").contains("= ANY(?)");
    }

    @Test
    void anOptionalFinderReturnsTheOwnerWithItsPetsInTwoStatements() {
        counting.reset();

        Owner found = owners.findByEmailIgnoreCase("KEEPER.TWO@example.org").orElseThrow();

        assertThat(found.getId()).isEqualTo(secondOwner);
        assertThat(petNames(found)).containsExactlyInAnyOrder("100%_Sure", "Under_score");
        assertThat(counting.executed()).hasSize(2);
    }

    @Test
    void aPageFinderReadsThePetsOfTheWholePageInOneStatement() {
        owner("Keeper", "Zero", "keeper.zero@example.org", null, false);
        counting.reset();

        Page<Owner> page = owners.findByFirstNameOrderByLastNameAsc("Keeper", new PageRequest(0, 2));

        assertThat(page.items()).extracting(Owner::getLastName).containsExactly("One", "Two");
        assertThat(petNames(page.items().get(0))).containsExactlyInAnyOrder("Rex", "Rexa");
        assertThat(petNames(page.items().get(1))).containsExactlyInAnyOrder("100%_Sure", "Under_score");
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(counting.executed()).hasSize(3);
        assertThat(counting.executed()).filteredOn(sql -> sql.contains("FROM pets")).hasSize(1);
    }

    private static List<String> petNames(Owner owner) {
        return owner.getPets().stream().map(Pet::getName).toList();
    }

    private void pet(String name, Species species, String birthDate, String weightKg, boolean neutered,
            String microchip, Integer careLevel, Long ownerId) {
        var pet = new Pet();
        pet.setId(UUID.randomUUID());
        pet.setName(name);
        pet.setSpecies(species);
        pet.setBirthDate(LocalDate.parse(birthDate));
        pet.setWeightKg(new BigDecimal(weightKg));
        pet.setNeutered(neutered);
        pet.setMicrochip(microchip);
        pet.setCareLevel(careLevel);
        pet.setOwner(References.to(ownerId, Owner::new, Owner::setId));
        petRepository.insert(pet);
    }

    private Long owner(String firstName, String lastName, String email, Instant registeredAt, boolean consent) {
        var owner = new Owner();
        owner.setFirstName(firstName);
        owner.setLastName(lastName);
        owner.setEmail(email);
        owner.setTaxNumber("TAX12345");
        owner.setRegisteredAt(registeredAt);
        owner.setConsentGiven(consent);
        ownerRepository.insert(owner);
        return owner.getId();
    }

    private static List<String> names(List<Pet> found) {
        return found.stream().map(Pet::getName).toList();
    }
}
