package dev.stratum.runtime.spring;

import static dev.stratum.runtime.spring.TestTokens.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** The decoder for each key source, and the configurations that must not start. */
class JwtDecodersTest {

    private static final byte[] SECRET = "a-test-secret-that-is-32-bytes!!".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void anEcPublicKeyAcceptsEs256AndRejectsOtherKeys() {
        KeyPair keys = TestTokens.ecKeys();
        JwtDecoder decoder = JwtDecoders.create(properties(pem(keys), "roles"), null);

        Jwt jwt = decoder.decode(TestTokens.es256(keys, claims("eve", Map.of()).build()));

        assertThat(jwt.getSubject()).isEqualTo("eve");
        assertThatThrownBy(() -> decoder.decode(TestTokens.es256(TestTokens.ecKeys(), claims("eve", Map.of()).build())))
                .isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(TestTokens.rs256(TestTokens.rsaKeys(), claims("eve", Map.of()).build())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aJwkSetServedOverHttpAcceptsItsKeysOnly() throws IOException {
        KeyPair ec = TestTokens.ecKeys();
        KeyPair rsa = TestTokens.rsaKeys();
        String jwks = new JWKSet(List.of(
                new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic()).keyID("ec-1").build(),
                new RSAKey.Builder((RSAPublicKey) rsa.getPublic()).keyID("rsa-1").build())).toString();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        issuer.createContext("/jwks", exchange -> {
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        issuer.start();
        try {
            String uri = "http://localhost:" + issuer.getAddress().getPort() + "/jwks";
            JwtDecoder decoder = JwtDecoders.create(new JwtProperties(TestTokens.ISSUER,
                    List.of(TestTokens.AUDIENCE), uri, null, null, null), null);

            assertThat(decoder.decode(TestTokens.es256(ec, claims("ec", Map.of()).build())).getSubject())
                    .isEqualTo("ec");
            assertThat(decoder.decode(TestTokens.rs256(rsa, claims("rsa", Map.of()).build())).getSubject())
                    .isEqualTo("rsa");
            assertThatThrownBy(() -> decoder.decode(TestTokens.rs256(TestTokens.rsaKeys(),
                            claims("stranger", Map.of()).build())))
                    .isInstanceOf(JwtException.class);
        } finally {
            issuer.stop(0);
        }
    }

    @Test
    void anHmacSecretFromTheEnvironmentAcceptsHs256() {
        JwtDecoder decoder = JwtDecoders.create(properties(null, "roles"), new String(SECRET, StandardCharsets.UTF_8));

        assertThat(decoder.decode(TestTokens.hs256(SECRET, claims("hal", Map.of()).build())).getSubject())
                .isEqualTo("hal");
        assertThatThrownBy(() -> decoder.decode(TestTokens.hs256(
                        "another-secret-that-is-32-bytes!".getBytes(StandardCharsets.UTF_8),
                        claims("hal", Map.of()).build())))
                .isInstanceOf(JwtException.class);
    }

    @Test
    void aShortHmacSecretFailsStart() {
        assertThatThrownBy(() -> JwtDecoders.create(properties(null, "roles"), "short"))
                .hasMessageContaining(JwtProperties.HMAC_SECRET_VARIABLE).hasMessageContaining("32 bytes")
                .message().doesNotContain("short");
    }

    @Test
    void issuerAndAudiencesAreRequired() {
        JwtProperties noAudience = new JwtProperties(TestTokens.ISSUER, List.of(), null,
                pem(TestTokens.rsaKeys()), null, null);
        JwtProperties noIssuer = new JwtProperties(null, List.of("api"), null, pem(TestTokens.rsaKeys()), null, null);

        for (JwtProperties properties : List.of(noAudience, noIssuer)) {
            assertThatThrownBy(() -> JwtDecoders.create(properties, null))
                    .hasMessageContaining("stratum.security.jwt.issuer and stratum.security.jwt.audiences");
        }
    }

    @Test
    void anEmptyKeySettingIsNoKey() {
        JwtProperties blank = new JwtProperties(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), " ", null, null, null);

        assertThatThrownBy(() -> JwtDecoders.create(blank, "")).hasMessageContaining("need a key source");
    }

    @Test
    void twoKeySourcesAreAmbiguous() {
        assertThatThrownBy(() -> JwtDecoders.create(properties(pem(TestTokens.rsaKeys()), "roles"),
                        new String(SECRET, StandardCharsets.UTF_8)))
                .hasMessageContaining("exactly one key source");
    }

    @Test
    void theRolesClaimMayBeAPathAListOrASpaceSeparatedString() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none")
                .claim("scope", "read  write")
                .claim("roles", List.of("VET", 7))
                .claim("realm_access", Map.of("roles", List.of("ADMIN")))
                .build();

        assertThat(authorities("scope", jwt)).containsExactly("ROLE_read", "ROLE_write");
        assertThat(authorities("roles", jwt)).containsExactly("ROLE_VET");
        assertThat(authorities("realm_access.roles", jwt)).containsExactly("ROLE_ADMIN");
        assertThat(authorities("realm_access.missing", jwt)).isEmpty();
        assertThat(authorities("scope.nested", jwt)).isEmpty();
    }

    private static List<String> authorities(String claim, Jwt jwt) {
        return new RolesClaim(claim).convert(jwt).stream().map(Object::toString).toList();
    }

    private Resource pem(KeyPair keys) {
        return new DefaultResourceLoader().getResource(TestTokens.publicKeyPem(keys, directory));
    }

    private static JwtProperties properties(Resource publicKey, String rolesClaim) {
        return new JwtProperties(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), null, publicKey, rolesClaim,
                Duration.ofSeconds(30));
    }
}
