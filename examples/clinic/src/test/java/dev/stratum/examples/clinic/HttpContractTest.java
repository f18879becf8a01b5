package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP contract of a generated resource over real HTTP: conditional requests on the version (ETag, If-None-Match,
 * If-Match), PATCH with JSON Merge Patch, and content negotiation. If-Match is optional here (the default); see
 * {@link RequiredIfMatchTest} for the option that makes it mandatory.
 */
class HttpContractTest extends ApiTestSupport {

    // --- ETag and If-None-Match ---

    @Test
    void theETagRoundTripsAndAMatchingIfNoneMatchIsNotModified() {
        ApiResponse created = api.post("/api/pets").as(VET).json(petJson("Etta", uniqueMicrochip())).send();
        String path = "/api/pets/" + created.text("id");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        ApiResponse read = api.get(path).send();
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        for (String ifNoneMatch : List.of("\"0\"", "W/\"0\"", "*", "\"7\", \"0\"")) {
            ApiResponse notModified = api.get(path).header("If-None-Match", ifNoneMatch).send();
            assertThat(notModified.status()).as("If-None-Match: %s -> %s", ifNoneMatch, notModified).isEqualTo(304);
            assertThat(notModified.header("ETag")).isEqualTo("\"0\"");
            assertThat(notModified.body()).isEmpty();
        }

        ApiResponse updated = api.put(path).as(VET).ifMatch(read.header("ETag"))
                .json(petJson("Etta II", uniqueMicrochip())).send();
        assertThat(updated.status()).as("%s", updated).isEqualTo(200);
        assertThat(updated.header("ETag")).isEqualTo("\"1\"");

        ApiResponse changed = api.get(path).header("If-None-Match", "\"0\"").send();
        assertThat(changed.status()).as("%s", changed).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");
        assertThat(changed.text("name")).isEqualTo("Etta II");
    }

    // --- If-Match ---

    @Test
    void aStaleIfMatchIsAPreconditionFailedOnEveryWrite() {
        String path = "/api/pets/" + createPet("Stale").path("id").asString();
        assertThat(api.patch(path).as(VET).ifMatch("\"0\"").mergePatch("{\"name\": \"Fresh\"}").send().status())
                .isEqualTo(200);

        JsonNode put = assertProblem(api.put(path).as(VET).ifMatch("\"0\"").json(petJson("X", uniqueMicrochip()))
                .send(), 412, "precondition-failed", path);
        assertProblem(api.patch(path).as(VET).ifMatch("\"0\"").mergePatch("{\"name\": \"X\"}").send(),
                412, "precondition-failed", path);
        assertProblem(api.delete(path).as(ADMIN).ifMatch("\"0\"").send(), 412, "precondition-failed", path);

        assertThat(put.path("detail").asString()).contains("If-Match", "current ETag");
        ApiResponse unchanged = api.get(path).send();
        assertThat(unchanged.text("name")).isEqualTo("Fresh");
        assertThat(unchanged.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.delete(path).as(ADMIN).ifMatch("\"1\"").send().status()).isEqualTo(204);
        assertThat(api.get(path).send().status()).isEqualTo(404);
    }

    @Test
    void aWriterThatGetsInDuringTheRequestIsAPreconditionFailedWithIfMatchAndAConflictWithout() {
        String path = "/api/pets/" + createPet(ExplodingPetHooks.RACED_NAME).path("id").asString();

        JsonNode conditional = assertProblem(api.patch(path).as(VET).ifMatch("\"0\"").mergePatch("{\"careLevel\": 3}")
                .send(), 412, "precondition-failed", path);
        assertThat(api.get(path).send().header("ETag")).as("only the racing writer's change").isEqualTo("\"1\"");
        assertProblem(api.put(path).as(VET).json(petJson(ExplodingPetHooks.RACED_NAME, uniqueMicrochip())).send(),
                409, "version-conflict", path);

        ApiResponse read = api.get(path).send();
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.json().path("careLevel").asInt()).as("neither request's change was stored").isEqualTo(2);
        assertThat(conditional.path("detail").asString()).contains("If-Match");
    }

    @Test
    void aWriterThatGetsInBeforeADeleteIsAPreconditionFailedWithIfMatchAndAConflictWithout() {
        String path = "/api/pets/" + createPet(ExplodingPetHooks.RACED_NAME).path("id").asString();

        JsonNode conditional = assertProblem(api.delete(path).as(ADMIN).ifMatch("\"0\"").send(),
                412, "precondition-failed", path);
        ApiResponse afterConditional = api.get(path).send();
        assertThat(afterConditional.status()).as("the pet survived the stale delete").isEqualTo(200);
        assertThat(afterConditional.header("ETag")).as("only the racing writer's change").isEqualTo("\"1\"");

        assertProblem(api.delete(path).as(ADMIN).send(), 409, "version-conflict", path);
        ApiResponse afterUnconditional = api.get(path).send();
        assertThat(afterUnconditional.status()).isEqualTo(200);
        assertThat(afterUnconditional.header("ETag")).isEqualTo("\"2\"");
        assertThat(conditional.path("detail").asString()).contains("If-Match");
    }

    @Test
    void anIfMatchListHoldsWhenAnyOfItsETagsIsCurrent() {
        String path = "/api/pets/" + createPet("Listed").path("id").asString();

        ApiResponse patched = api.patch(path).as(VET).ifMatch("\"7\", \"0\"").mergePatch("{\"name\": \"Listed I\"}")
                .send();
        assertThat(patched.status()).as("%s", patched).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");

        assertProblem(api.put(path).as(VET).ifMatch("\"0\", \"2\"").json(petJson("X", uniqueMicrochip())).send(),
                412, "precondition-failed", path);
        assertThat(api.delete(path).as(ADMIN).ifMatch("\"0\",\"1\"").send().status()).isEqualTo(204);
        assertThat(api.get(path).send().status()).isEqualTo(404);
    }

    @Test
    void withoutIfMatchOrWithAnAsteriskAWriteIsUnconditional() {
        String path = "/api/pets/" + createPet("Free").path("id").asString();

        ApiResponse put = api.put(path).as(VET).json(petJson("Free I", uniqueMicrochip())).send();
        ApiResponse patch = api.patch(path).as(VET).ifMatch("*").mergePatch("{\"name\": \"Free II\"}").send();

        assertThat(put.status()).as("%s", put).isEqualTo(200);
        assertThat(patch.status()).as("%s", patch).isEqualTo(200);
        assertThat(patch.header("ETag")).isEqualTo("\"2\"");
        assertThat(api.delete(path).as(ADMIN).send().status()).isEqualTo(204);
    }

    @Test
    void aMalformedIfMatchNamesTheHeader() {
        String path = "/api/pets/" + createPet("Weak").path("id").asString();

        JsonNode problem = assertProblem(api.patch(path).as(VET).ifMatch("W/\"0\"").mergePatch("{}").send(),
                400, "invalid-parameter", path);

        assertThat(problem.path("parameter").asString()).isEqualTo("If-Match");
    }

    // --- PATCH with JSON Merge Patch ---

    @Test
    void aMergePatchChangesWhatItNamesAndKeepsTheRest() {
        JsonNode pet = createPet("Patch");
        String path = "/api/pets/" + pet.path("id").asString();

        ApiResponse patched = api.patch(path).as(VET).ifMatch("\"0\"")
                .mergePatch("{\"name\": \"Patched\", \"careLevel\": 4}").send();

        assertThat(patched.status()).as("%s", patched).isEqualTo(200);
        assertThat(patched.header("ETag")).isEqualTo("\"1\"");
        JsonNode read = api.get(path).send().json();
        assertThat(read.path("name").asString()).isEqualTo("Patched");
        assertThat(read.path("careLevel").asInt()).isEqualTo(4);
        for (String kept : List.of("species", "birthDate", "weightKg", "neutered", "microchip", "ownerId")) {
            assertThat(read.path(kept)).as(kept).isEqualTo(pet.path(kept));
        }
        assertThat(patched.json()).isEqualTo(read);
    }

    @Test
    void nullClearsANullableField() {
        String path = "/api/pets/" + createPet("Light").path("id").asString();

        ApiResponse patched = api.patch(path).as(VET)
                .mergePatch("{\"weightKg\": null, \"careLevel\": null, \"microchip\": null}").send();

        assertThat(patched.status()).as("%s", patched).isEqualTo(200);
        JsonNode read = api.get(path).send().json();
        assertThat(read.path("weightKg").isNull()).isTrue();
        assertThat(read.path("careLevel").isNull()).isTrue();
        assertThat(read.path("microchip").isNull()).isTrue();
        assertThat(read.path("name").asString()).isEqualTo("Light");
    }

    @Test
    void nullOnARequiredFieldIsAValidationFailureWithItsPointer() {
        String path = "/api/pets/" + createPet("Needed").path("id").asString();

        JsonNode problem = assertProblem(api.patch(path).as(VET)
                .mergePatch("{\"name\": null, \"species\": null, \"careLevel\": 9}").send(),
                400, "validation-failed", path);

        assertThat(pointers(problem)).containsExactly("/name", "/species", "/careLevel");
        assertThat(api.get(path).send().header("ETag")).as("nothing was stored").isEqualTo("\"0\"");
    }

    @Test
    void aMemberTheUpdateRequestDoesNotHaveIsAnUnknownProperty() {
        String path = "/api/pets/" + createPet("Owned").path("id").asString();

        for (String member : List.of("version", "id", "nickname")) {
            JsonNode problem = assertProblem(api.patch(path).as(VET)
                    .mergePatch("{\"name\": \"Sneaky\", \"" + member + "\": 7}").send(), 400, "unknown-property", path);
            assertThat(problem.path("pointer").asString()).isEqualTo("/" + member);
        }
        assertThat(api.get(path).send().text("name")).isEqualTo("Owned");
    }

    @Test
    void aValueOfTheWrongTypeIsATypeMismatchWithItsPointer() {
        String path = "/api/pets/" + createPet("Typed").path("id").asString();

        JsonNode number = assertProblem(api.patch(path).as(VET).mergePatch("{\"careLevel\": \"3\"}").send(),
                400, "type-mismatch", path);
        JsonNode species = assertProblem(api.patch(path).as(VET).mergePatch("{\"species\": \"DRAGON\"}").send(),
                400, "type-mismatch", path);

        assertThat(number.path("pointer").asString()).isEqualTo("/careLevel");
        assertThat(species.path("pointer").asString()).isEqualTo("/species");
        assertThat(species.path("detail").asString()).doesNotContain("DRAGON");
    }

    @Test
    void aPatchThatIsNotAJsonObjectIsMalformed() {
        String path = "/api/pets/" + createPet("Shape").path("id").asString();

        assertProblem(api.patch(path).as(VET).mergePatch("[{\"name\": \"x\"}]").send(), 400, "malformed-request", path);
        assertProblem(api.patch(path).as(VET).mergePatch("{\"name\": ").send(), 400, "malformed-request", path);
    }

    @Test
    void aPatchInAnotherMediaTypeIsUnsupported() {
        String path = "/api/pets/" + createPet("Json").path("id").asString();

        ApiResponse response = api.patch(path).as(VET).json("{\"name\": \"Plain\"}").send();

        JsonNode problem = assertProblem(response, 415, "unsupported-media-type", path);
        assertThat(problem.path("detail").asString()).contains("application/merge-patch+json");
        assertThat(response.header("Accept-Patch")).isEqualTo("application/merge-patch+json");
        assertThat(api.get(path).send().text("name")).isEqualTo("Json");
    }

    @Test
    void patchHasTheAccessPolicyOfUpdate() {
        String path = "/api/pets/" + createPet("Guarded").path("id").asString();

        assertProblem(api.patch(path).mergePatch("{\"name\": \"Anon\"}").send(), 401, "unauthenticated", path);
        assertProblem(api.patch(path).as(CLERK).mergePatch("{\"name\": \"Clerk\"}").send(), 403, "forbidden", path);
        assertThat(api.get(path).send().text("name")).isEqualTo("Guarded");
    }

    @Test
    void anUnknownPetCannotBePatched() {
        String path = "/api/pets/00000000-0000-0000-0000-000000000000";

        assertProblem(api.patch(path).as(VET).mergePatch("{\"name\": \"Ghost\"}").send(), 404, "not-found", path);
    }

    // --- content negotiation ---

    @Test
    void anAcceptWithoutJsonIsNotAcceptableOnEveryOperation() {
        String path = "/api/pets/" + createPet("Picky").path("id").asString();

        assertProblem(api.get("/api/pets").header("Accept", "text/html").send(), 406, "not-acceptable", "/api/pets");
        assertProblem(api.patch(path).as(VET).header("Accept", "application/xml").mergePatch("{\"name\": \"Xml\"}")
                .send(), 406, "not-acceptable", path);
        assertProblem(api.post("/api/pets").as(VET).header("Accept", "text/plain")
                .json(petJson("Plain", uniqueMicrochip())).send(), 406, "not-acceptable", "/api/pets");
        assertThat(api.get(path).send().text("name")).isEqualTo("Picky");
    }

    @Test
    void aBodyInAnotherMediaTypeIsUnsupportedOnPostAndPut() {
        String path = "/api/pets/" + createPet("Typist").path("id").asString();

        JsonNode put = assertProblem(api.put(path).as(VET).body("text/plain", "name=Rex").send(),
                415, "unsupported-media-type", path);
        assertProblem(api.post("/api/pets").as(VET).mergePatch(petJson("Rex", uniqueMicrochip())).send(),
                415, "unsupported-media-type", "/api/pets");

        assertThat(put.path("detail").asString()).contains("application/json");
    }

    private static List<String> pointers(JsonNode problem) {
        List<String> pointers = new ArrayList<>();
        problem.path("violations").forEach(violation -> pointers.add(violation.path("pointer").asString()));
        return pointers;
    }
}
