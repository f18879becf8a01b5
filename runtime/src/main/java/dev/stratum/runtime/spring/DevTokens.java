package dev.stratum.runtime.spring;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Development tokens: an RSA key pair generated at start and held only in memory signs tokens for development users,
 * and the matching decoder trusts nothing else. A restart invalidates every token, and no other process can check
 * them, so they are useless anywhere but on the machine that issued them.
 */
final class DevTokens {

    static final String ISSUER = "urn:stratum:dev";
    static final String AUDIENCE = "urn:stratum:dev";
    static final Duration LIFETIME = Duration.ofHours(1);

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final List<String> rolesPath;
    private final Clock clock;

    DevTokens(JwtProperties properties, Clock clock) {
        KeyPair keys = rsaKeys();
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .build();
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        nimbus.setJwtValidator(JwtDecoders.validator(new JwtProperties(ISSUER, List.of(AUDIENCE), null, null,
                properties.rolesClaim(), properties.clockSkew())));
        this.decoder = nimbus;
        this.rolesPath = List.of(properties.rolesClaim().split("\\."));
        this.clock = clock;
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** A token for {@code user} carrying its roles in the configured roles claim. */
    String issue(Authentication user) {
        Instant now = clock.instant();
        List<String> roles = user.getAuthorities().stream()
                .map(Object::toString)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .toList();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(user.getName())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(LIFETIME));
        nested(rolesPath, roles).forEach(claims::claim);
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue();
    }

    /** {@code [a, b]} and a value become {@code {a: {b: value}}}. */
    private static Map<String, Object> nested(List<String> path, Object value) {
        Object current = value;
        for (int i = path.size() - 1; i > 0; i--) {
            current = Collections.singletonMap(path.get(i), current);
        }
        Map<String, Object> top = new LinkedHashMap<>();
        top.put(path.get(0), current);
        return top;
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
}
