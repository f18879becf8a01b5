package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The pet resource over HTTP: create, read, update with ETags, delete, list pages. */
class PetApiTest extends ApiTestSupport {

    @Test
    void createsReadsUpdatesAndDeletesAPet() {
        String microchip = uniqueMicrochip();
        long ownerId = createOwner().path("id").asLong();
        ApiResponse created = api.post("/api/pets").as(VET).json(petJson("Rex", microchip, ownerId)).send();

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode pet = created.json();
        String id = pet.path("id").asString();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.header("Location")).isEqualTo("/api/pets/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(pet.path("version").asLong()).isZero();
        assertThat(pet.path("name").asString()).isEqualTo("Rex");
        assertThat(pet.path("species").asString()).isEqualTo("DOG");
        assertThat(pet.path("birthDate").asString()).isEqualTo("2019-04-02");
        assertThat(pet.path("weightKg").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(created.body()).as("the column's scale, as a later read shows").contains("\"weightKg\":12.50,");
        assertThat(pet.path("neutered").asBoolean()).isTrue();
        assertThat(pet.path("microchip").asString()).isEqualTo(microchip);
        assertThat(pet.path("careLevel").asInt()).isEqualTo(2);
        assertThat(pet.path("ownerId").asLong()).isEqualTo(ownerId);

        ApiResponse read = api.get("/api/pets/" + id).send();
        assertThat(read.status()).as("%s", read).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.text("name")).isEqualTo("Rex");
        assertThat(read.json().path("ownerId").asLong()).as("read back from the foreign-key column").isEqualTo(ownerId);
        assertThat(read.body()).contains("\"weightKg\":12.50,");

        String changed = """
                {"name": "Rex the Second", "species": "CAT", "birthDate": "2018-01-31", "weightKg": 4.25,
                 "neutered": false, "microchip": "%s", "careLevel": 5, "ownerId": null,
                 "lastCheckupAt": "2024-05-31T14:30:00.1234567"}""".formatted(microchip);
        ApiResponse updated = api.put("/api/pets/" + id).as(VET).ifMatch("\"0\"").json(changed).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");
        assertThat(updated.json().path("version").asLong()).isEqualTo(1);

        JsonNode reread = api.get("/api/pets/" + id).send().json();
        assertThat(reread.path("name").asString()).isEqualTo("Rex the Second");
        assertThat(reread.path("species").asString()).isEqualTo("CAT");
        assertThat(reread.path("birthDate").asString()).isEqualTo("2018-01-31");
        assertThat(reread.path("weightKg").decimalValue()).isEqualByComparingTo("4.25");
        assertThat(reread.path("neutered").asBoolean()).isFalse();
        assertThat(reread.path("careLevel").asInt()).isEqualTo(5);
        assertThat(reread.path("lastCheckupAt").asString()).as("a local date-time, rounded to microseconds")
                .isEqualTo("2024-05-31T14:30:00.123457");
        assertThat(reread.path("ownerId").isNull()).isTrue();

        ApiResponse deleted = api.delete("/api/pets/" + id).as(ADMIN).send();
        assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
        assertProblem(api.get("/api/pets/" + id).send(), 404, "not-found", "/api/pets/" + id);
    }

    @Test
    void anUpdateWithAStaleVersionIsAPreconditionFailed() {
        String id = createPet("Bella").path("id").asString();
        String body = petJson("Bella", uniqueMicrochip());
        assertThat(api.put("/api/pets/" + id).as(VET).ifMatch("\"0\"").json(body).send().status()).isEqualTo(200);

        ApiResponse stale = api.put("/api/pets/" + id).as(VET).ifMatch("\"0\"").json(body).send();

        assertProblem(stale, 412, "precondition-failed", "/api/pets/" + id);
        assertThat(api.get("/api/pets/" + id).send().header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void anUnknownPetIsNotFound() {
        String path = "/api/pets/" + UUID.randomUUID();

        assertProblem(api.get(path).send(), 404, "not-found", path);
        assertProblem(api.put(path).as(VET).ifMatch("\"0\"").json(petJson("Ghost", uniqueMicrochip())).send(),
                404, "not-found", path);
        assertProblem(api.delete(path).as(ADMIN).send(), 404, "not-found", path);
    }

    @Test
    void aMalformedIdIsABadRequest() {
        JsonNode problem = assertProblem(api.get("/api/pets/not-a-uuid").send(), 400, "invalid-parameter",
                "/api/pets/not-a-uuid");

        assertThat(problem.path("parameter").asString()).isEqualTo("id");
        assertThat(problem.path("detail").asString()).startsWith("Parameter 'id' must be a UUID").doesNotContain(
                "not-a-uuid");
    }

    @Test
    void aSecondPetWithTheSameMicrochipIsADuplicate() {
        String microchip = uniqueMicrochip();
        assertThat(api.post("/api/pets").as(VET).json(petJson("First", microchip)).send().status()).isEqualTo(201);

        ApiResponse second = api.post("/api/pets").as(VET).json(petJson("Second", microchip)).send();

        assertProblem(second, 409, "duplicate", "/api/pets");
        assertThat(second.json().path("pointer").asString()).isEqualTo("/microchip");
        assertThat(second.json().path("detail").asString()).contains("this microchip").doesNotContain("uk_");
    }

    @Test
    void listsPetsPageByPage() {
        Set<String> created = Set.of(createPet("Page-1").path("id").asString(),
                createPet("Page-2").path("id").asString(), createPet("Page-3").path("id").asString());

        ApiResponse first = api.get("/api/pets?page=0&size=2").send();

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        JsonNode page = first.json();
        long total = page.path("totalItems").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalPages").asLong()).isEqualTo((total + 1) / 2);
        assertThat(allPetIds(2)).containsAll(created);
    }

    @Test
    void listsWithTheDefaultPageSizeWhenNoneIsGiven() {
        createPet("Default-size");

        JsonNode page = api.get("/api/pets").send().json();

        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
    }

    @Test
    void refusesPageSizesOutsideTheAllowedRange() {
        for (String query : List.of("size=51", "size=0", "size=-1", "page=-1")) {
            JsonNode problem = assertProblem(api.get("/api/pets?" + query).send(), 400, "invalid-parameter",
                    "/api/pets");
            assertThat(problem.path("parameter").asString()).isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(api.get("/api/pets?size=50").send().status()).isEqualTo(200);
    }

    private Set<String> allPetIds(int size) {
        Set<String> ids = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode items = api.get("/api/pets?page=" + page + "&size=" + size).send().json().path("items");
            if (items.isEmpty()) {
                return ids;
            }
            items.forEach(item -> ids.add(item.path("id").asString()));
        }
    }
}
