package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Expanded relations over HTTP, and who sees them: a visit shows its pet's summary beside {@code petId} (pets are
 * public, visits for vets only), an owner the summaries of its pets; on create, update, read and in list pages alike. A
 * pet shows only its {@code ownerId}: pets are public and owners are not, so no anonymous caller sees an owner's data
 * through a pet.
 */
class RelationsApiTest extends ApiTestSupport {

    @Test
    void anAnonymousCallerSeesAPetsOwnerIdButNothingOfTheOwner() {
        String lastName = uniqueLastName();
        long ownerId = createOwner(lastName);
        JsonNode created = createPet("Rex", ownerId);
        assertThat(created.has("owner")).as("Pet.owner is not expanded").isFalse();

        ApiResponse read = api.get("/api/pets/" + created.path("id").asString()).send();
        ApiResponse page = api.get("/api/pets?ownerId=" + ownerId).send();

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.json().path("ownerId").asLong()).isEqualTo(ownerId);
        assertThat(read.json().has("owner")).isFalse();
        assertThat(read.body()).doesNotContain(lastName);
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        JsonNode items = page.json().path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("ownerId").asLong()).isEqualTo(ownerId);
        assertThat(items.get(0).has("owner")).isFalse();
        assertThat(page.body()).doesNotContain(lastName);
    }

    @Test
    void aVetSeesAVisitWithItsPetsSummaryFromCreateOn() {
        JsonNode pet = createPet("Bolt");
        String petId = pet.path("id").asString();

        ApiResponse created = api.post("/api/visits").as(VET).json(visitJson(petId, "Vaccination")).send();

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertPetSummary(created.json(), petId, "Bolt");
        ApiResponse read = api.get("/api/visits/" + created.json().path("id").asLong()).as(VET).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertPetSummary(read.json(), petId, "Bolt");
        assertThat(read.json().path("reason").asString()).isEqualTo("Vaccination");
    }

    @Test
    void visitPagesCarryThePetSummaryOfEveryRow() {
        String petId = createPet("Paged").path("id").asString();
        for (int i = 0; i < 3; i++) {
            createVisit(petId, "Follow-up " + i);
        }

        ApiResponse page = api.get("/api/visits?size=50").as(VET).send();

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        JsonNode items = page.json().path("items");
        assertThat(items.size()).isPositive();
        items.forEach(visit -> {
            assertThat(visit.path("pet").path("id").asString()).isEqualTo(visit.path("petId").asString());
            assertThat(visit.path("pet").path("name").asString()).isNotEmpty();
        });
    }

    @Test
    void onlyVetsReadVisits() {
        long visitId = createVisit(createPet("Private").path("id").asString(), "Dental care").path("id").asLong();

        assertThat(api.get("/api/visits/" + visitId).send().status()).isEqualTo(401);
        assertThat(api.get("/api/visits/" + visitId).as(CLERK).send().status()).isEqualTo(403);
        assertThat(api.get("/api/visits").send().status()).isEqualTo(401);
        assertThat(api.get("/api/visits").as(CLERK).send().status()).isEqualTo(403);
    }

    @Test
    void aPetWithVisitsIsKeptUntilAnAdminRemovesThem() {
        String petId = createPet("Regular").path("id").asString();
        long visitId = createVisit(petId, "Check-up").path("id").asLong();

        ApiResponse refused = api.delete("/api/pets/" + petId).as(ADMIN).send();
        assertProblem(refused, 409, "still-referenced", "/api/pets/" + petId);
        assertThat(api.delete("/api/visits/" + visitId).as(VET).send().status()).isEqualTo(403);
        assertThat(api.delete("/api/visits/" + visitId).as(ADMIN).ifMatch("\"0\"").send().status()).isEqualTo(204);

        assertThat(api.delete("/api/pets/" + petId).as(ADMIN).send().status()).isEqualTo(204);
    }

    @Test
    void anOwnerShowsItsPetsInIdOrder() {
        long ownerId = createOwner().path("id").asLong();
        List<String> petIds = new ArrayList<>();
        for (String name : List.of("Bella", "Max", "Luna")) {
            petIds.add(createPet(name, ownerId).path("id").asString());
        }
        petIds.sort(Comparator.naturalOrder());

        ApiResponse read = api.get("/api/owners/" + ownerId).as(CLERK).send();

        assertThat(read.status()).as("%s", read).isEqualTo(200);
        JsonNode pets = read.json().path("pets");
        assertThat(pets.size()).isEqualTo(3);
        List<String> shown = new ArrayList<>();
        pets.forEach(pet -> {
            shown.add(pet.path("id").asString());
            assertThat(pet.path("species").asString()).isEqualTo("DOG");
            assertThat(pet.has("microchip")).as("not part of the summary").isFalse();
        });
        assertThat(shown).containsExactlyElementsOf(petIds);
        assertThat(pets.get(0).path("name").asString()).isIn("Bella", "Max", "Luna");
    }

    @Test
    void anUpdatedOwnerStillShowsItsPets() {
        JsonNode owner = createOwner();
        long ownerId = owner.path("id").asLong();
        createPet("Kept", ownerId);
        String changed = ownerJson(owner.path("email").asString(), "TAX12345").replace("Lovelace", "King");

        ApiResponse updated = api.put("/api/owners/" + ownerId).as(VET).ifMatch("\"0\"").json(changed).send();

        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.json().path("pets").get(0).path("name").asString()).isEqualTo("Kept");
    }

    @Test
    void ownerPagesCarryThePetsOfEveryRow() {
        long ownerId = createOwner().path("id").asLong();
        createPet("Listed", ownerId);

        JsonNode owners = api.get("/api/owners?size=50").as(CLERK).send().json().path("items");

        assertThat(owners.size()).isPositive();
        owners.forEach(owner -> assertThat(owner.path("pets").isArray()).isTrue());
    }

    private long createOwner(String lastName) {
        ApiResponse created = api.post("/api/owners").as(VET)
                .json(ownerJson(uniqueEmail(), "TAX12345").replace("Lovelace", lastName)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private JsonNode createVisit(String petId, String reason) {
        ApiResponse created = api.post("/api/visits").as(VET).json(visitJson(petId, reason)).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.json();
    }

    private static String visitJson(String petId, String reason) {
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"petId": "%s", "visitedAt": "%s", "reason": "%s"}""".formatted(petId, anHourAgo, reason);
    }

    /** A last name no other fixture uses, so a response that shows it can only have shown this owner. */
    private static String uniqueLastName() {
        return "Hidden" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static void assertPetSummary(JsonNode visit, String petId, String name) {
        assertThat(visit.path("petId").asString()).isEqualTo(petId);
        JsonNode pet = visit.path("pet");
        assertThat(pet.path("id").asString()).isEqualTo(petId);
        assertThat(pet.path("name").asString()).isEqualTo(name);
        assertThat(pet.path("species").asString()).isEqualTo("DOG");
        assertThat(pet.has("birthDate")).as("not part of the summary").isFalse();
        assertThat(pet.has("ownerId")).as("not part of the summary").isFalse();
    }
}
