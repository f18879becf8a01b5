package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stratum.examples.clinic.owner.Owner;
import dev.stratum.examples.clinic.owner.OwnerRepository;
import dev.stratum.examples.clinic.pet.Pet;
import dev.stratum.examples.clinic.pet.PetRepository;
import dev.stratum.examples.clinic.pet.Species;
import dev.stratum.examples.clinic.visit.Visit;
import dev.stratum.examples.clinic.visit.VisitRepository;
import dev.stratum.runtime.paging.PageRequest;
import dev.stratum.runtime.relation.References;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Expanded relations cost a fixed number of statements, whatever the page size: a page of 50 visits with their pets'
 * summaries is one statement (a join), a page of 50 owners with their pets two (the owners, then every owner's pets in
 * one {@code = ANY(?)} query), and the content is right. Counted on a data source that records every execution; each
 * engine runs it in its own subclass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RelationsContract {

    private static final int OWNERS = 60;
    private static final int SHOWN_PETS = 20;
    private static final int VISITS = 70;

    private CountingDataSource counting;
    private PetRepository pets;
    private OwnerRepository owners;
    private VisitRepository visits;
    /** Every owner's id with the ids of its pets in id order, as inserted. */
    private final Map<Long, List<UUID>> petsByOwner = new LinkedHashMap<>();
    /** Every pet's id with its name, as inserted. */
    private final Map<UUID, String> petNames = new LinkedHashMap<>();
    /** Every visit's id with the id of its pet, as inserted. */
    private final Map<Long, UUID> petsByVisit = new LinkedHashMap<>();

    /** A data source on an empty, migrated schema of the engine under test. */
    abstract DataSource migratedDataSource() throws SQLException;

    /** The database the contract runs on, once the first test has set it up. */
    DataSource database() {
        return counting;
    }

    @BeforeAll
    void migrate() throws SQLException {
        counting = new CountingDataSource(migratedDataSource());
        pets = new PetRepository(counting);
        owners = new OwnerRepository(counting);
        visits = new VisitRepository(counting);
    }

    @BeforeEach
    void rows() throws SQLException {
        try (Connection connection = counting.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM visits");
            statement.executeUpdate("DELETE FROM pets");
            statement.executeUpdate("DELETE FROM owners");
        }
        petsByOwner.clear();
        petNames.clear();
        petsByVisit.clear();
        List<Owner> newOwners = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            var owner = new Owner();
            owner.setFirstName("First" + i);
            owner.setLastName("Last" + i);
            owner.setEmail("owner" + i + "@example.org");
            owner.setTaxNumber("TAX12345");
            owner.setConsentGiven(true);
            newOwners.add(owner);
        }
        owners.insertAll(newOwners);
        List<Pet> newPets = new ArrayList<>();
        for (int i = 0; i < OWNERS; i++) {
            Owner owner = newOwners.get(i);
            // owner 0 has no pets, owner 1 more than the summary shows, the others i % 4
            int count = i == 1 ? SHOWN_PETS + 5 : i % 4;
            List<UUID> ids = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                Pet pet = pet("Pet" + i + "-" + p, owner.getId());
                newPets.add(pet);
                ids.add(pet.getId());
            }
            // the databases order UUIDs by their unsigned bytes, as their text sorts; UUID.compareTo does not
            ids.sort(Comparator.comparing(UUID::toString));
            petsByOwner.put(owner.getId(), ids);
        }
        for (int p = 0; p < 5; p++) {
            newPets.add(pet("Stray" + p, null));
        }
        pets.insertAll(newPets);
        newPets.forEach(pet -> petNames.put(pet.getId(), pet.getName()));
        List<Visit> newVisits = new ArrayList<>();
        for (int v = 0; v < VISITS; v++) {
            var visit = new Visit();
            visit.setPet(References.to(newPets.get(v * 7 % newPets.size()).getId(), Pet::new, Pet::setId));
            visit.setVisitedAt(Instant.parse("2026-01-01T09:00:00Z").plusSeconds(3600L * v));
            visit.setReason("Check-up " + v);
            newVisits.add(visit);
        }
        visits.insertAll(newVisits);
        newVisits.forEach(visit -> petsByVisit.put(visit.getId(), visit.getPet().getId()));
        counting.reset();
    }

    @Test
    void aKeysetPageOfFiftyVisitsWithTheirPetsIsOneStatement() {
        List<Visit> page = visits.findPageAfter(null, 50);

        assertThat(counting.executed()).hasSize(1);
        assertThat(counting.executed().get(0)).contains("LEFT JOIN");
        assertThat(page).hasSize(50);
        assertPetsAreSummarised(page);
    }

    @Test
    void theNextKeysetPageOfVisitsIsOneStatementToo() {
        Long tenth = petsByVisit.keySet().stream().skip(9).findFirst().orElseThrow();

        List<Visit> page = visits.findPageAfter(tenth, 50);

        assertThat(counting.executed()).hasSize(1);
        assertThat(page).extracting(Visit::getId)
                .containsExactlyElementsOf(petsByVisit.keySet().stream().skip(10).limit(50).toList());
        assertPetsAreSummarised(page);
    }

    @Test
    void aVisitReadByIdCarriesItsPetsSummaryInOneStatement() {
        Long visitId = petsByVisit.keySet().stream().skip(3).findFirst().orElseThrow();
        UUID petId = petsByVisit.get(visitId);

        Visit visit = visits.findById(visitId).orElseThrow();

        assertThat(counting.executed()).hasSize(1);
        assertThat(visit.getPet().getId()).isEqualTo(petId);
        assertThat(visit.getPet().getName()).isEqualTo(petNames.get(petId));
        assertThat(visit.getPet().getSpecies()).isEqualTo(Species.CAT);
    }

    @Test
    void aPetShowsItsOwnersIdOnly() {
        Long ownerId = petsByOwner.keySet().stream().skip(3).findFirst().orElseThrow();
        UUID petId = petsByOwner.get(ownerId).get(0);

        Pet pet = pets.findById(petId).orElseThrow();

        assertThat(counting.executed()).hasSize(1);
        assertThat(counting.executed().get(0)).doesNotContain("JOIN");
        assertThat(pet.getOwner().getId()).isEqualTo(ownerId);
        assertThat(pet.getOwner().getLastName()).as("Pet.owner is not expanded").isNull();
    }

    @Test
    void aKeysetPageOfFiftyOwnersWithTheirPetsIsTwoStatements() {
        List<Owner> page = owners.findPageAfter(null, 50);

        assertThat(counting.executed()).hasSize(2);
        assertThat(counting.executed().get(1)).contains("= ANY(?)");
        assertThat(page).hasSize(50);
        assertChildrenAreSummarised(page);
    }

    @Test
    void anOffsetPageOfOwnersIsTheRowsTheirPetsAndTheCount() {
        List<Owner> page = owners.findPage(PageRequest.of(0, 50, 50)).items();

        assertThat(counting.executed()).hasSize(3);
        assertChildrenAreSummarised(page);
    }

    @Test
    void anOwnerReadByIdCarriesTheFirstTwentyPetsInIdOrder() {
        Long crowded = petsByOwner.keySet().stream().skip(1).findFirst().orElseThrow();

        Owner owner = owners.findById(crowded).orElseThrow();

        assertThat(counting.executed()).hasSize(2);
        assertThat(owner.getPets()).extracting(Pet::getId)
                .containsExactlyElementsOf(petsByOwner.get(crowded).subList(0, SHOWN_PETS));
    }

    @Test
    void anEmptyPageCostsOnlyItsOwnStatement() {
        Long last = petsByOwner.keySet().stream().reduce((a, b) -> b).orElseThrow();

        assertThat(owners.findPageAfter(last, 50)).isEmpty();
        assertThat(counting.executed()).hasSize(1);
    }

    private void assertPetsAreSummarised(List<Visit> page) {
        for (Visit visit : page) {
            UUID petId = petsByVisit.get(visit.getId());
            assertThat(visit.getPet().getId()).isEqualTo(petId);
            assertThat(visit.getPet().getName()).isEqualTo(petNames.get(petId));
            assertThat(visit.getPet().getSpecies()).isEqualTo(Species.CAT);
            assertThat(visit.getPet().getBirthDate()).as("not part of the summary").isNull();
            assertThat(visit.getPet().getOwner()).as("not part of the summary").isNull();
        }
    }

    private void assertChildrenAreSummarised(List<Owner> page) {
        for (Owner owner : page) {
            List<UUID> expected = petsByOwner.get(owner.getId());
            assertThat(owner.getPets()).extracting(Pet::getId)
                    .containsExactlyElementsOf(expected.subList(0, Math.min(SHOWN_PETS, expected.size())));
            assertThat(owner.getPets()).allSatisfy(pet -> {
                assertThat(pet.getName()).startsWith("Pet");
                assertThat(pet.getSpecies()).isEqualTo(Species.CAT);
                assertThat(pet.getBirthDate()).as("not part of the summary").isNull();
            });
        }
    }

    private static Pet pet(String name, Long ownerId) {
        var pet = new Pet();
        pet.setId(UUID.randomUUID());
        pet.setName(name);
        pet.setSpecies(Species.CAT);
        pet.setBirthDate(LocalDate.of(2020, 1, 1));
        pet.setOwner(References.to(ownerId, Owner::new, Owner::setId));
        return pet;
    }
}
