package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Development users trade their HTTP Basic login for a bearer token that only this process trusts. */
class DevTokenTest extends WebTestSupport {

    @Test
    void aDevelopmentUsersTokenCarriesItsRolesAndIsAccepted() {
        Http.Response issued = http.post("/dev/token").as(VET).send();

        assertThat(issued.status()).as("%s", issued).isEqualTo(200);
        assertThat(issued.json().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(issued.json().path("expires_in").asLong()).isEqualTo(3600);
        String token = issued.json().path("access_token").asString();
        JsonNode claims = payload(token);
        assertThat(claims.path("sub").asString()).isEqualTo(VET);
        assertThat(claims.path("roles").get(0).asString()).isEqualTo("VET");
        assertThat(claims.path("iss").asString()).isEqualTo("urn:stratum:dev");

        Http.Response created = http.post("/api/things").header("Authorization", "Bearer " + token)
                .json(thingJson()).send();
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertProblem(http.call("DELETE", "/api/things/" + ThingController.KNOWN)
                .header("Authorization", "Bearer " + token).send(), 403, "forbidden",
                "/api/things/" + ThingController.KNOWN);
    }

    @Test
    void onlyAnAuthenticatedUserGetsAToken() {
        assertProblem(http.post("/dev/token").send(), 401, "unauthenticated", "/dev/token");
        assertProblem(http.post("/dev/token").as(VET, "wrong").send(), 401, "unauthenticated", "/dev/token");
    }

    @Test
    void aTokenSignedByAnyOtherKeyIsRejected() {
        String forged = TestTokens.rs256(TestTokens.rsaKeys(), TestTokens.claims(ADMIN, Map.of(
                "roles", List.of("ADMIN", "VET"))).issuer("urn:stratum:dev").audience("urn:stratum:dev")
                .build());

        Http.Response response = http.post("/api/things").header("Authorization", "Bearer " + forged)
                .json(thingJson()).send();

        assertProblem(response, 401, "unauthenticated", "/api/things");
    }

    private static JsonNode payload(String token) {
        String json = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return JsonMapper.builder().build().readTree(json);
    }
}
