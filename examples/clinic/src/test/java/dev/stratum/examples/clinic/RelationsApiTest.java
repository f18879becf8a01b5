package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Expanded relations over HTTP: a pet shows its owner's summary beside {@code ownerId}, an owner the summaries of its
 * pets; on create, update, read and in list pages alike.
 */
class RelationsApiTest extends ApiTestSupport {

    @Test
    void aPetShowsItsOwnersSummaryFromCreateOn() {
        long ownerId = createOwner().path("id").asLong();

        JsonNode created = createPet("Rex", ownerId);

        assertOwnerSummary(created, ownerId);
        ApiResponse read = api.get("/api/pets/" + created.path("id").asString()).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertOwnerSummary(read.json(), ownerId);
        assertThat(read.json().path("owner").has("email")).as("not part of the summary").isFalse();
    }

    @Test
    void aPetWithoutAnOwnerShowsNull() {
        JsonNode created = createPet("Stray");

        assertThat(created.has("owner")).isTrue();
        assertThat(created.path("owner").isNull()).isTrue();
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
    void listPagesCarryTheSummariesOfEveryRow() {
        long ownerId = createOwner().path("id").asLong();
        createPet("Listed", ownerId);

        JsonNode pets = api.get("/api/pets?size=50").send().json().path("items");
        assertThat(pets.size()).isPositive();
        pets.forEach(pet -> {
            assertThat(pet.has("owner")).isTrue();
            if (!pet.path("ownerId").isNull()) {
                assertThat(pet.path("owner").path("id").asLong()).isEqualTo(pet.path("ownerId").asLong());
                assertThat(pet.path("owner").path("lastName").asString()).isNotEmpty();
            }
        });
        JsonNode owners = api.get("/api/owners?size=50").as(CLERK).send().json().path("items");
        assertThat(owners.size()).isPositive();
        owners.forEach(owner -> assertThat(owner.path("pets").isArray()).isTrue());
    }

    private static void assertOwnerSummary(JsonNode pet, long ownerId) {
        assertThat(pet.path("ownerId").asLong()).isEqualTo(ownerId);
        JsonNode owner = pet.path("owner");
        assertThat(owner.path("id").asLong()).isEqualTo(ownerId);
        assertThat(owner.has("firstName")).as("not part of the summary").isFalse();
        assertThat(owner.path("lastName").asString()).isEqualTo("Lovelace");
    }
}
