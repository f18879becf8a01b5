package dev.stratum.examples.clinic;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The clinic trusting one RSA key generated for this test run, with small rate-limit budgets that refill over an hour
 * (3 writes, 5 reads per caller). Callers authenticate with RS256 tokens signed here; each test signs its own subjects,
 * so their budgets never meet.
 */
@SpringBootTest(classes = ClinicApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "stratum.security.jwt.issuer=" + SignedTokenTestSupport.ISSUER,
            "stratum.security.jwt.audiences=" + SignedTokenTestSupport.AUDIENCE,
            "stratum.rate-limit.write.requests=3",
            "stratum.rate-limit.write.period=1h",
            "stratum.rate-limit.read.requests=5",
            "stratum.rate-limit.read.period=1h"
        })
abstract class SignedTokenTestSupport {

    static final String ISSUER = "https://issuer.clinic.test";
    static final String AUDIENCE = "clinic-api";

    private static final KeyPair KEYS = rsaKeys();

    @LocalServerPort
    int port;

    ApiClient api;

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry registry) {
        registry.add("stratum.security.jwt.public-key-location", SignedTokenTestSupport::publicKeyPem);
    }

    @BeforeEach
    void connect() {
        api = new ApiClient(port);
    }

    /** A fresh subject, so the test's budgets are its own. */
    static String subject(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /** An RS256 token for {@code subject} with {@code roles}, valid for five minutes. */
    static String token(String subject, String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("roles", List.of(roles))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String publicKeyPem() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("clinic-jwt", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, pem);
            return file.toUri().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
