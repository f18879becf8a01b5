package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The endpoints declared on {@code PetCare} over HTTP: the generated controller binds and checks the parameters and
 * the body, the route policies authorize, and {@code PetCareService} does the work on the real database.
 */
class PetCareApiTest extends ApiTestSupport {

    @Test
    void anyoneSearchesPetsByPartOfTheirName() {
        String tag = uniqueTag();
        String first = createPet("Bella " + tag).path("id").asString();
        String second = createPet("Old " + tag + " Bella").path("id").asString();
        createPet("Max " + uniqueTag());

        ApiResponse found = api.get("/api/pets/search?name=" + tag.toUpperCase(java.util.Locale.ROOT)).send();

        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.header("Content-Type")).startsWith("application/json");
        assertThat(found.json().valueStream().map(pet -> pet.path("id").asString()))
                .containsExactlyInAnyOrder(first, second);

        ApiResponse limited = api.get("/api/pets/search?name=" + tag + "&limit=1").send();
        assertThat(limited.json().size()).isEqualTo(1);
        assertThat(api.get("/api/pets/search?name=" + uniqueTag()).send().json().isEmpty()).isTrue();
    }

    @Test
    void invalidSearchParametersAnswer400NamingTheParameter() {
        JsonNode blank = assertProblem(api.get("/api/pets/search?name=%20%20").send(), 400, "invalid-parameter",
                "/api/pets/search");
        assertThat(blank.path("parameter").asString()).isEqualTo("name");
        assertThat(blank.path("detail").asString()).isEqualTo("Query parameter 'name': must not be blank.");

        JsonNode tooMany = assertProblem(api.get("/api/pets/search?name=rex&limit=51").send(), 400,
                "invalid-parameter", "/api/pets/search");
        assertThat(tooMany.path("parameter").asString()).isEqualTo("limit");
        assertThat(tooMany.path("detail").asString())
                .isEqualTo("Query parameter 'limit': must be less than or equal to 50.");

        JsonNode tooLong = assertProblem(api.get("/api/pets/search?name=" + "x".repeat(41)).send(), 400,
                "invalid-parameter", "/api/pets/search");
        assertThat(tooLong.path("parameter").asString()).isEqualTo("name");

        JsonNode missing = assertProblem(api.get("/api/pets/search").send(), 400, "invalid-parameter",
                "/api/pets/search");
        assertThat(missing.path("parameter").asString()).isEqualTo("name");

        JsonNode notANumber = assertProblem(api.get("/api/pets/search?name=rex&limit=ten").send(), 400,
                "invalid-parameter", "/api/pets/search");
        assertThat(notANumber.path("parameter").asString()).isEqualTo("limit");
    }

    @Test
    void signedInStaffFindAPetByItsMicrochip() {
        JsonNode pet = createPet("Chip " + uniqueTag());
        String microchip = pet.path("microchip").asString();

        ApiResponse found = api.get("/api/pets/by-microchip/" + microchip).as(CLERK).send();
        assertThat(found.status()).as("%s", found).isEqualTo(200);
        assertThat(found.text("id")).isEqualTo(pet.path("id").asString());

        String unknown = uniqueMicrochip();
        JsonNode notFound = assertProblem(api.get("/api/pets/by-microchip/" + unknown).as(CLERK).send(), 404,
                "not-found", "/api/pets/by-microchip/" + unknown);
        assertThat(notFound.path("detail").asString()).isEqualTo("No Pet matches the request.");

        JsonNode malformed = assertProblem(api.get("/api/pets/by-microchip/12345").as(CLERK).send(), 400,
                "invalid-parameter", "/api/pets/by-microchip/12345");
        assertThat(malformed.path("parameter").asString()).isEqualTo("microchip");

        assertProblem(api.get("/api/pets/by-microchip/" + microchip).send(), 401, "unauthenticated",
                "/api/pets/by-microchip/" + microchip);
    }

    @Test
    void aVetTransfersAPetToAnotherOwner() {
        JsonNode pet = createPet("Moved " + uniqueTag());
        String id = pet.path("id").asString();
        long owner = createOwner().path("id").asLong();

        ApiResponse moved = api.post("/api/pets/" + id + "/transfer").as(VET).json("{\"ownerId\": " + owner + "}").send();

        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().path("ownerId").asLong()).isEqualTo(owner);
        assertThat(moved.json().path("version").asLong()).isEqualTo(pet.path("version").asLong() + 1);
        JsonNode reread = api.get("/api/pets/" + id).send().json();
        assertThat(reread.path("ownerId").asLong()).isEqualTo(owner);
        assertThat(reread.path("name").asString()).isEqualTo(pet.path("name").asString());
    }

    @Test
    void aTransferIsValidatedAuthorizedAndNeedsBothPetAndOwner() {
        long original = createOwner().path("id").asLong();
        String id = createPet("Stays " + uniqueTag(), original).path("id").asString();
        long owner = createOwner().path("id").asLong();
        String path = "/api/pets/" + id + "/transfer";

        JsonNode invalid = assertProblem(api.post(path).as(VET).json("{\"ownerId\": 0}").send(), 400,
                "validation-failed", path);
        assertThat(invalid.at("/violations/0/pointer").asString()).isEqualTo("/ownerId");
        assertThat(invalid.at("/violations/0/constraint").asString()).isEqualTo("Min");
        JsonNode missing = assertProblem(api.post(path).as(VET).json("{}").send(), 400, "validation-failed", path);
        assertThat(missing.at("/violations/0/constraint").asString()).isEqualTo("NotNull");
        assertProblem(api.post(path).as(VET).json("{\"ownerId\": 1, \"name\": \"x\"}").send(), 400,
                "unknown-property", path);
        assertProblem(api.post(path).as(VET).body("text/plain", "1").send(), 415, "unsupported-media-type", path);

        assertProblem(api.post(path).json("{\"ownerId\": " + owner + "}").send(), 401, "unauthenticated", path);
        assertProblem(api.post(path).as(CLERK).json("{\"ownerId\": " + owner + "}").send(), 403, "forbidden", path);

        String unknownPet = "/api/pets/" + UUID.randomUUID() + "/transfer";
        assertProblem(api.post(unknownPet).as(VET).json("{\"ownerId\": " + owner + "}").send(), 404, "not-found",
                unknownPet);
        assertProblem(api.post(path).as(VET).json("{\"ownerId\": 999999999}").send(), 404, "not-found", path);
        JsonNode badId = assertProblem(api.post("/api/pets/not-a-uuid/transfer").as(VET)
                .json("{\"ownerId\": " + owner + "}").send(), 400, "invalid-parameter", "/api/pets/not-a-uuid/transfer");
        assertThat(badId.path("parameter").asString()).isEqualTo("id");

        assertThat(api.get("/api/pets/" + id).send().json().path("ownerId").asLong()).isEqualTo(original);
    }

    @Test
    void releasingAPetAnswers204AndClearsItsOwner() {
        long owner = createOwner().path("id").asLong();
        String id = createPet("Stray " + uniqueTag(), owner).path("id").asString();
        String path = "/api/pets/" + id + "/owner";
        assertThat(api.get("/api/pets/" + id).send().json().path("ownerId").asLong()).isEqualTo(owner);

        assertProblem(api.delete(path).as(CLERK).send(), 403, "forbidden", path);
        ApiResponse released = api.delete(path).as(VET).send();

        assertThat(released.status()).as("%s", released).isEqualTo(204);
        assertThat(released.body()).isEmpty();
        assertThat(api.get("/api/pets/" + id).send().json().path("ownerId").isNull()).isTrue();
        String unknown = "/api/pets/" + UUID.randomUUID() + "/owner";
        assertProblem(api.delete(unknown).as(VET).send(), 404, "not-found", unknown);
    }

    private static String uniqueTag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
