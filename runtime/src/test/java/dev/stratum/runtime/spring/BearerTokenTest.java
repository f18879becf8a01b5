package dev.stratum.runtime.spring;

import static dev.stratum.runtime.spring.TestTokens.claims;
import static dev.stratum.runtime.spring.WebTestSupport.assertProblem;
import static dev.stratum.runtime.spring.WebTestSupport.thingJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bearer tokens over real HTTP, signed with an RSA key generated for this run; roles in a nested claim. */
@SpringBootTest(
        classes = TestApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:runtime-bearer-test",
            "stratum.security.jwt.issuer=" + TestTokens.ISSUER,
            "stratum.security.jwt.audiences=other-service," + TestTokens.AUDIENCE,
            "stratum.security.jwt.roles-claim=realm_access.roles"
        })
class BearerTokenTest {

    private static final KeyPair KEYS = TestTokens.rsaKeys();
    private static final Map<String, Object> VET = Map.of("realm_access", Map.of("roles", List.of("VET")));
    private static final String KNOWN = "/api/things/" + ThingController.KNOWN;

    @TempDir
    static Path keys;

    @LocalServerPort
    int port;

    Http http;

    @DynamicPropertySource
    static void publicKey(DynamicPropertyRegistry registry) {
        registry.add("stratum.security.jwt.public-key-location", () -> TestTokens.publicKeyPem(KEYS, keys));
    }

    @BeforeEach
    void connect() {
        http = new Http(port);
    }

    @Test
    void aValidTokenWithTheRoleTheRouteGrantsIsAllowed() {
        String token = TestTokens.rs256(KEYS, claims("alice", VET).build());

        Http.Response created = post(token);

        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(http.get("/api/things/me").header("Authorization", "Bearer " + token).send().body())
                .isEqualTo("alice");
    }

    @Test
    void rolesComeOnlyFromTheConfiguredClaim() {
        String topLevelRoles = TestTokens.rs256(KEYS, claims("bob", Map.of("roles", List.of("VET"))).build());
        String otherRole = TestTokens.rs256(KEYS,
                claims("carol", Map.of("realm_access", Map.of("roles", List.of("NURSE")))).build());

        assertProblem(post(topLevelRoles), 403, "forbidden", "/api/things");
        assertProblem(post(otherRole), 403, "forbidden", "/api/things");
        assertThat(http.call("DELETE", KNOWN).header("Authorization", "Bearer " + otherRole).send().status())
                .isEqualTo(403);
    }

    @Test
    void everyBadTokenIsAnInvalidTokenProblem() {
        Instant now = Instant.now();
        Map<String, String> tokens = Map.of(
                "expired", signed(claims("a", VET).issueTime(Date.from(now.minusSeconds(600)))
                        .notBeforeTime(Date.from(now.minusSeconds(600)))
                        .expirationTime(Date.from(now.minusSeconds(120)))),
                "not yet valid", signed(claims("a", VET).notBeforeTime(Date.from(now.plusSeconds(120)))),
                "wrong issuer", signed(claims("a", VET).issuer("https://evil.test")),
                "wrong audience", signed(claims("a", VET).audience("other-api")),
                "no audience", signed(claims("a", VET).audience(List.of())),
                "alg none", TestTokens.unsigned(claims("a", VET).build()),
                "bad signature", TestTokens.rs256(TestTokens.rsaKeys(), claims("a", VET).build()),
                "tampered", tampered(signed(claims("a", Map.of()))),
                "HS256 with the public key as secret",
                        TestTokens.hs256(KEYS.getPublic().getEncoded(), claims("a", VET).build()),
                "not a JWT", "abc.def.ghi");
        tokens.forEach((name, token) -> {
            Http.Response response = post(token);

            assertProblem(response, 401, "unauthenticated", "/api/things");
            assertThat(response.header("WWW-Authenticate")).as(name)
                    .isEqualTo("Bearer realm=\"stratum\", error=\"invalid_token\"");
        });
    }

    @Test
    void clocksMayDisagreeByTheConfiguredSkew() {
        Instant now = Instant.now();
        String justExpired = signed(claims("a", VET).issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.minusSeconds(5))));
        String justNotYetValid = signed(claims("a", VET).notBeforeTime(Date.from(now.plusSeconds(5))));

        assertThat(post(justExpired).status()).isEqualTo(201);
        assertThat(post(justNotYetValid).status()).isEqualTo(201);
    }

    @Test
    void anonymousCallsAreChallengedForABearerTokenOnly() {
        Http.Response response = http.post("/api/things").json(thingJson()).send();

        assertProblem(response, 401, "unauthenticated", "/api/things");
        assertThat(response.raw().headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"stratum\"");
    }

    @Test
    void httpBasicIsOffWithoutDevelopmentUsers() {
        Http.Response response = http.post("/api/things").as("vet").json(thingJson()).send();

        assertProblem(response, 401, "unauthenticated", "/api/things");
    }

    private Http.Response post(String token) {
        return http.post("/api/things").header("Authorization", "Bearer " + token).json(thingJson()).send();
    }

    private static String signed(JWTClaimsSet.Builder claims) {
        return TestTokens.rs256(KEYS, claims.build());
    }

    /** Swaps the payload for one that grants VET, keeping the original signature. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = payload.replace("\"sub\":\"a\"", "\"sub\":\"a\",\"realm_access\":{\"roles\":[\"VET\"]}");
        assertThat(forged).isNotEqualTo(payload);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
