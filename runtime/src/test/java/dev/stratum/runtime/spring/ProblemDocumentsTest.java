package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every error the web layer sees becomes a problem document with exact status, type and members. */
class ProblemDocumentsTest extends WebTestSupport {

    private static final String KNOWN = "/api/things/" + ThingController.KNOWN;

    @Test
    void aSuccessfulReadWritesDatesAsIsoStringsAndEnumsByName() {
        Http.Response response = http.get(KNOWN).send();

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"3\"");
        JsonNode thing = response.json();
        assertThat(thing.path("day").asString()).isEqualTo("2024-05-31");
        assertThat(thing.path("at").asString()).isEqualTo("2024-05-31T12:00:00Z");
        assertThat(thing.path("kind").asString()).isEqualTo("LARGE");
    }

    @Test
    void aValidCreateIsAccepted() {
        Http.Response response = http.post("/api/things").as(VET).json(thingJson()).send();

        assertThat(response.status()).as("%s", response).isEqualTo(201);
        assertThat(response.json().path("name").asString()).isEqualTo("Rex");
    }

    @Test
    void notFound() {
        String path = "/api/things/00000000-0000-0000-0000-000000000001";

        JsonNode problem = assertProblem(http.get(path).send(), 404, "not-found", path);

        assertThat(problem.path("detail").asString())
                .isEqualTo("Thing 00000000-0000-0000-0000-000000000001 was not found.");
    }

    @Test
    void noHandlerAtAPermittedPath() {
        assertProblem(http.get("/api/open/nothing-here").send(), 404, "not-found", "/api/open/nothing-here");
    }

    @Test
    void malformedJsonSaysWhere() {
        JsonNode problem = assertProblem(http.post("/api/things").as(VET).json("{\"name\": \"Rex\", ").send(),
                400, "malformed-request", "/api/things");

        assertThat(problem.path("detail").asString()).contains("not well-formed JSON").contains("line 1");
    }

    @Test
    void trailingContentIsMalformed() {
        assertProblem(http.post("/api/things").as(VET).json(thingJson() + " {}").send(),
                400, "malformed-request", "/api/things");
    }

    @Test
    void missingBody() {
        JsonNode problem = assertProblem(http.post("/api/things").as(VET).json("").send(),
                400, "malformed-request", "/api/things");

        assertThat(problem.path("detail").asString()).contains("needs a JSON request body");
    }

    @Test
    void unknownPropertiesAreNamedWithTheirPointer() {
        List<String[]> cases = List.of(
                new String[] {"\"name\": \"Rex\"", "\"name\": \"Rex\", \"colour\": \"brown\"", "/colour", "colour"},
                new String[] {"\"label\": \"p\"", "\"label\": \"p\", \"a/b\": 1", "/part/a~1b", "a/b"});
        for (String[] unknown : cases) {
            String body = thingJson().replace(unknown[0], unknown[1]);

            JsonNode problem = assertProblem(http.post("/api/things").as(VET).json(body).send(),
                    400, "unknown-property", "/api/things");

            assertThat(problem.path("pointer").asString()).isEqualTo(unknown[2]);
            assertThat(problem.path("detail").asString()).contains("'" + unknown[3] + "'");
        }
    }

    @Test
    void wrongJsonTypesNameThePointerAndTheExpectedKind() {
        List<String[]> cases = List.of(
                new String[] {"\"count\": 2", "\"count\": \"two\"", "/count", "a whole number"},
                new String[] {"\"count\": 2", "\"count\": \"2\"", "/count", "a whole number"},
                new String[] {"\"count\": 2", "\"count\": 2.5", "/count", "a whole number"},
                new String[] {"\"count\": 2", "\"count\": null", "/count", "a whole number"},
                new String[] {"\"name\": \"Rex\"", "\"name\": 5", "/name", "a string"},
                new String[] {"\"kind\": \"SMALL\"", "\"kind\": \"HUGE\"", "/kind", "one of SMALL, LARGE"},
                new String[] {"\"kind\": \"SMALL\"", "\"kind\": 0", "/kind", "one of SMALL, LARGE"},
                new String[] {"\"day\": \"2024-05-31\"", "\"day\": \"31/05/2024\"", "/day", "a date such as"},
                new String[] {"\"day\": \"2024-05-31\"", "\"day\": 20240531", "/day", "a date such as"},
                new String[] {"\"at\": \"2024-05-31T12:00:00Z\"", "\"at\": \"\"", "/at", "a date-time"},
                new String[] {"\"tags\": [\"a\"]", "\"tags\": [\"a\", {\"x\": 1}]", "/tags/1", "a string"},
                new String[] {"\"part\": {\"label\": \"p\"}", "\"part\": 7", "/part", "an object"});
        for (String[] wrong : cases) {
            String body = thingJson().replace(wrong[0], wrong[1]);

            JsonNode problem = assertProblem(http.post("/api/things").as(VET).json(body).send(),
                    400, "type-mismatch", "/api/things");

            assertThat(problem.path("pointer").asString()).as(wrong[1]).isEqualTo(wrong[2]);
            assertThat(problem.path("detail").asString()).as(wrong[1]).contains(wrong[3]);
        }
    }

    @Test
    void aPathVariableOfTheWrongTypeNamesTheParameter() {
        JsonNode problem = assertProblem(http.get("/api/things/not-a-uuid").send(),
                400, "invalid-parameter", "/api/things/not-a-uuid");

        assertThat(problem.path("parameter").asString()).isEqualTo("id");
        assertThat(problem.path("detail").asString()).contains("'id'").contains("UUID").doesNotContain("not-a-uuid");
    }

    @Test
    void queryParametersOfTheWrongTypeOrOutOfRangeNameTheParameter() {
        JsonNode wrongType = assertProblem(http.get("/api/things?page=first").send(),
                400, "invalid-parameter", "/api/things");
        assertThat(wrongType.path("parameter").asString()).isEqualTo("page");

        JsonNode tooLarge = assertProblem(http.get("/api/things?size=51").send(),
                400, "invalid-parameter", "/api/things");
        assertThat(tooLarge.path("parameter").asString()).isEqualTo("size");
        assertThat(tooLarge.path("detail").asString()).contains("between 1 and 50");
    }

    @Test
    void optimisticLockingProblems() {
        String body = thingJson();

        assertProblem(http.call("PUT", KNOWN).as(VET).json(body).send(), 428, "precondition-required", KNOWN);
        JsonNode weak = assertProblem(http.call("PUT", KNOWN).as(VET).header("If-Match", "W/\"3\"").json(body).send(),
                400, "invalid-parameter", KNOWN);
        assertThat(weak.path("parameter").asString()).isEqualTo("If-Match");
        assertProblem(http.call("PUT", KNOWN).as(VET).header("If-Match", "\"2\"").json(body).send(),
                412, "precondition-failed", KNOWN);

        Http.Response current = http.call("PUT", KNOWN).as(VET).header("If-Match", "\"3\"").json(body).send();
        assertThat(current.status()).as("%s", current).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"4\"");
    }

    @Test
    void aDuplicateIsAConflictWithoutDatabaseDetail() {
        assertProblem(http.get("/api/things/failures/duplicate").send(), 409, "duplicate",
                "/api/things/failures/duplicate");
    }

    @Test
    void violationsAreListedWithoutTheirRejectedValues() {
        String path = "/api/things/failures/violations";
        Http.Response response = http.get(path).send();

        JsonNode problem = assertProblem(response, 400, "validation-failed", path);

        assertThat(problem.path("violations")).hasSize(2);
        JsonNode first = problem.path("violations").get(0);
        assertThat(first.propertyNames()).containsExactly("pointer", "message", "constraint");
        assertThat(first.path("pointer").asString()).isEqualTo("/name");
        assertThat(response.body()).doesNotContain("Kaboom").doesNotContain("rejectedValue");
    }

    @Test
    void unexpectedFailuresAndDatabaseFailuresRevealNothing() {
        for (String kind : List.of("unexpected", "database")) {
            String path = "/api/things/failures/" + kind;

            JsonNode problem = assertProblem(http.get(path).send(), 500, "internal-error", path);

            assertThat(problem.path("detail").asString()).isEqualTo(Problem.INTERNAL_ERROR_DETAIL);
        }
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfterAndNoDetail() {
        String path = "/api/things/failures/unreachable";

        Http.Response response = http.get(path).send();

        JsonNode problem = assertProblem(response, 503, "service-unavailable", path);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(problem.path("retryAfter").asLong()).isEqualTo(5);
        assertThat(problem.path("detail").asString()).isEqualTo(ProblemDetailsAdvice.DATABASE_UNAVAILABLE_DETAIL);
    }

    @Test
    void unsupportedMediaType() {
        assertProblem(http.post("/api/things").as(VET).body("text/plain", "name=Rex").send(),
                415, "unsupported-media-type", "/api/things");
    }

    @Test
    void notAcceptable() {
        assertProblem(http.get(KNOWN).header("Accept", "application/xml").send(), 406, "not-acceptable", KNOWN);
    }

    @Test
    void anUndeclaredMethodOnADeclaredPathIsNotAllowedForAnyone() {
        for (String user : List.of(VET, NURSE)) {
            Http.Response response = http.call("PATCH", KNOWN).as(user).json("{}").send();

            assertProblem(response, 405, "method-not-allowed", KNOWN);
            assertThat(response.header("Allow")).isEqualTo("DELETE, GET, PUT");
        }
        Http.Response anonymous = http.call("PATCH", KNOWN).json("{}").send();
        assertProblem(anonymous, 405, "method-not-allowed", KNOWN);
    }

    @Test
    void aDeclaredMethodWithoutAHandlerIsNotAllowedBySpringMvc() {
        String path = "/api/things/failures/unexpected";

        Http.Response response = http.post(path).json("{}").send();

        assertProblem(response, 405, "method-not-allowed", path);
        assertThat(response.header("Allow")).contains("GET");
    }
}
