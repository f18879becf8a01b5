package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every kind of client error answers with an RFC 9457 problem document and reveals nothing internal. */
class ProblemDetailsTest extends ApiTestSupport {

    @Test
    void malformedJson() {
        ApiResponse response = api.post("/api/pets").as(VET).json("{\"name\": \"Rex\", ").send();

        assertProblem(response, 400, "malformed-request", "/api/pets");
    }

    @Test
    void missingBody() {
        ApiResponse response = api.post("/api/pets").as(VET).json("").send();

        assertProblem(response, 400, "malformed-request", "/api/pets");
    }

    @Test
    void unknownProperty() {
        String body = petJson("Rex", uniqueMicrochip()).replace("}", ", \"colour\": \"brown\"}");

        JsonNode problem = assertProblem(api.post("/api/pets").as(VET).json(body).send(),
                400, "unknown-property", "/api/pets");

        assertThat(problem.path("pointer").asString()).isEqualTo("/colour");
        assertThat(problem.path("detail").asString()).contains("colour");
    }

    @Test
    void wrongJsonTypes() {
        List<String[]> cases = List.of(
                new String[] {"\"careLevel\": 2", "\"careLevel\": \"three\"", "/careLevel"},
                new String[] {"\"species\": \"DOG\"", "\"species\": \"DRAGON\"", "/species"},
                new String[] {"\"birthDate\": \"2019-04-02\"", "\"birthDate\": \"02/04/2019\"", "/birthDate"},
                new String[] {"\"ownerId\": null", "\"ownerId\": {\"id\": 7}", "/ownerId"});
        for (String[] wrong : cases) {
            String body = petJson("Rex", uniqueMicrochip()).replace(wrong[0], wrong[1]);

            JsonNode problem = assertProblem(api.post("/api/pets").as(VET).json(body).send(),
                    400, "type-mismatch", "/api/pets");

            assertThat(problem.path("pointer").asString()).as(wrong[1]).isEqualTo(wrong[2]);
        }
    }

    @Test
    void everyViolationIsListedWithItsPointerAndConstraint() {
        String body = """
                {"name": " ", "species": null, "birthDate": "2999-01-01", "weightKg": 0, "neutered": false,
                 "microchip": "12-34", "careLevel": 9, "ownerId": null, "lastCheckupAt": "2999-01-01T08:00:00"}""";

        JsonNode problem = assertProblem(api.post("/api/pets").as(VET).json(body).send(),
                400, "validation-failed", "/api/pets");

        assertThat(violations(problem)).containsExactlyInAnyOrder(
                tuple("/name", "NotBlank", "must not be blank"),
                tuple("/species", "NotNull", "must not be null"),
                tuple("/birthDate", "Past", "must be a past date"),
                tuple("/weightKg", "DecimalMin", "must be greater than 0.0"),
                tuple("/microchip", "Pattern", "must match \"[0-9]{15}\""),
                tuple("/careLevel", "Max", "must be less than or equal to 5"),
                tuple("/lastCheckupAt", "PastOrPresent", "must be a date in the past or in the present"));
    }

    @Test
    void stringsLongerThanTheirColumnAndTooManyDigitsAreViolations() {
        String body = petJson("x".repeat(41), uniqueMicrochip()).replace("12.5", "1234.567");

        JsonNode problem = assertProblem(api.post("/api/pets").as(VET).json(body).send(),
                400, "validation-failed", "/api/pets");

        assertThat(violations(problem)).containsExactlyInAnyOrder(
                tuple("/name", "Size", "size must be between 0 and 40"),
                tuple("/weightKg", "Digits", "numeric value out of bounds (<3 digits>.<2 digits> expected)"));
    }

    @Test
    void anUpdateIsValidatedLikeACreate() {
        String id = createPet("Valid").path("id").asString();
        String body = petJson("", uniqueMicrochip());

        JsonNode problem = assertProblem(api.put("/api/pets/" + id).as(VET).ifMatch("\"0\"").json(body).send(),
                400, "validation-failed", "/api/pets/" + id);

        assertThat(violations(problem)).extracting(violation -> violation.toList().get(0)).containsExactly("/name");
    }

    @Test
    void unsupportedMediaType() {
        ApiResponse response = api.post("/api/pets").as(VET).body("text/plain", "name=Rex").send();

        assertProblem(response, 415, "unsupported-media-type", "/api/pets");
    }

    @Test
    void notAcceptable() {
        String id = createPet("Xml").path("id").asString();

        ApiResponse response = api.get("/api/pets/" + id).header("Accept", "application/xml").send();

        assertProblem(response, 406, "not-acceptable", "/api/pets/" + id);
    }

    @Test
    void methodNotAllowed() {
        ApiResponse response = api.call("PATCH", "/api/pets").as(ADMIN).json("{}").send();

        assertProblem(response, 405, "method-not-allowed", "/api/pets");
        assertThat(response.header("Allow")).contains("GET").contains("POST").doesNotContain("PATCH");
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorThatRevealsNothing() {
        String body = petJson(ExplodingPetHooks.MAGIC_NAME, uniqueMicrochip());

        ApiResponse response = api.post("/api/pets").as(VET).json(body).send();

        assertProblem(response, 500, "internal-error", "/api/pets");
        assertThat(response.body()).doesNotContain(ExplodingPetHooks.SECRET_MESSAGE, "IllegalState", "Kaboom");
    }

    @Test
    void echoesAWellFormedRequestIdAndReplacesAnyOther() {
        ApiResponse echoed = api.get("/api/pets/not-a-uuid").header("X-Request-Id", "trace-42.a_b").send();
        assertThat(echoed.header("X-Request-Id")).isEqualTo("trace-42.a_b");
        assertThat(echoed.text("requestId")).isEqualTo("trace-42.a_b");

        ApiResponse replaced = api.get("/api/pets/not-a-uuid").header("X-Request-Id", "<script>alert(1)</script>").send();
        assertThat(replaced.header("X-Request-Id")).isNotBlank().doesNotContain("<", "script");
        assertThat(replaced.text("requestId")).isEqualTo(replaced.header("X-Request-Id"));

        assertThat(api.get("/api/pets").send().header("X-Request-Id")).isNotBlank();
    }

    private static List<Tuple> violations(JsonNode problem) {
        List<Tuple> violations = new ArrayList<>();
        problem.path("violations").forEach(violation -> violations.add(tuple(
                violation.path("pointer").asString(),
                violation.path("constraint").asString(),
                violation.path("message").asString())));
        return violations;
    }
}
