package dev.stratum.examples.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code stratum.http.require-if-match=true}, a write without If-Match is refused with 428 and changes nothing. */
@TestPropertySource(properties = "stratum.http.require-if-match=true")
class RequiredIfMatchTest extends ApiTestSupport {

    @Test
    void everyWriteWithoutIfMatchIsAPreconditionRequired() {
        String path = "/api/pets/" + createPet("Strict").path("id").asString();

        assertProblem(api.put(path).as(VET).json(petJson("Loose", uniqueMicrochip())).send(),
                428, "precondition-required", path);
        assertProblem(api.patch(path).as(VET).mergePatch("{\"name\": \"Loose\"}").send(),
                428, "precondition-required", path);
        assertProblem(api.delete(path).as(ADMIN).send(), 428, "precondition-required", path);

        ApiResponse unchanged = api.get(path).send();
        assertThat(unchanged.text("name")).isEqualTo("Strict");
        assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aWriteWithIfMatchStillSucceedsAndAStaleOneFails() {
        String path = "/api/pets/" + createPet("Careful").path("id").asString();

        ApiResponse patched = api.patch(path).as(VET).ifMatch("\"0\"").mergePatch("{\"name\": \"Careful II\"}").send();
        assertThat(patched.status()).as("%s", patched).isEqualTo(200);

        assertProblem(api.delete(path).as(ADMIN).ifMatch("\"0\"").send(), 412, "precondition-failed", path);
        assertThat(api.delete(path).as(ADMIN).ifMatch(patched.header("ETag")).send().status()).isEqualTo(204);
    }
}
