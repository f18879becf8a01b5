package dev.stratum.runtime.spring;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Builds the one {@link JwtDecoder} the configuration asks for: exactly one key source, an issuer and at least one
 * audience, or start fails with a message naming what to set. Only RS256, ES256 and (with an environment secret)
 * HS256 are accepted; unsigned tokens never are.
 */
final class JwtDecoders {

    static final int MIN_HMAC_BYTES = 32;

    private JwtDecoders() {
    }

    /** Whether any key source is configured, i.e. whether bearer tokens are on at all. */
    static boolean keyConfigured(JwtProperties properties, String hmacSecret) {
        return !keySources(properties, hmacSecret).isEmpty();
    }

    static JwtDecoder create(JwtProperties properties, String hmacSecret) {
        requireOneKeySource(properties, hmacSecret);
        requireClaims(properties);
        NimbusJwtDecoder decoder;
        if (hasText(properties.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
                    .jwsAlgorithms(algorithms -> algorithms.addAll(Set.of(SignatureAlgorithm.RS256,
                            SignatureAlgorithm.ES256)))
                    .build();
        } else if (properties.publicKeyLocation() != null) {
            decoder = publicKeyDecoder(readPublicKey(properties.publicKeyLocation()));
        } else {
            decoder = NimbusJwtDecoder.withSecretKey(hmacKey(hmacSecret)).macAlgorithm(MacAlgorithm.HS256).build();
        }
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(JwtProperties properties) {
        List<String> audiences = properties.audiences();
        return new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
    }

    private static NimbusJwtDecoder publicKeyDecoder(PublicKey key) {
        JWK jwk;
        SignatureAlgorithm algorithm;
        if (key instanceof RSAPublicKey rsa) {
            jwk = new RSAKey.Builder(rsa).build();
            algorithm = SignatureAlgorithm.RS256;
        } else if (key instanceof ECPublicKey ec && Curve.forECParameterSpec(ec.getParams()) == Curve.P_256) {
            jwk = new ECKey.Builder(Curve.P_256, ec).build();
            algorithm = SignatureAlgorithm.ES256;
        } else {
            throw new IllegalStateException(JwtProperties.PREFIX + ".public-key-location must hold an RSA (RS256) "
                    + "or a P-256 EC (ES256) public key");
        }
        return NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(new JWKSet(jwk))).jwsAlgorithm(algorithm).build();
    }

    /** Reads an X.509 {@code PUBLIC KEY} PEM file, RSA or EC. */
    static PublicKey readPublicKey(Resource location) {
        String pem;
        try (InputStream in = location.getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + JwtProperties.PREFIX + ".public-key-location "
                    + location.getDescription(), e);
        }
        String base64 = pem.replace("-----BEGIN PUBLIC KEY-----", "")
                .replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        X509EncodedKeySpec spec = new X509EncodedKeySpec(Base64.getDecoder().decode(base64));
        for (String algorithm : List.of("RSA", "EC")) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(spec);
            } catch (GeneralSecurityException notThisAlgorithm) {
                // try the next one
            }
        }
        throw new IllegalStateException(location.getDescription() + " is not a PEM RSA or EC public key "
                + "(-----BEGIN PUBLIC KEY-----)");
    }

    private static SecretKey hmacKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_HMAC_BYTES) {
            throw new IllegalStateException("The environment variable " + JwtProperties.HMAC_SECRET_VARIABLE
                    + " must hold at least " + MIN_HMAC_BYTES + " bytes for HS256");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static List<String> keySources(JwtProperties properties, String hmacSecret) {
        List<String> sources = new ArrayList<>();
        if (hasText(properties.jwkSetUri())) {
            sources.add(JwtProperties.PREFIX + ".jwk-set-uri");
        }
        if (properties.publicKeyLocation() != null) {
            sources.add(JwtProperties.PREFIX + ".public-key-location");
        }
        if (hasText(hmacSecret)) {
            sources.add("the environment variable " + JwtProperties.HMAC_SECRET_VARIABLE);
        }
        return sources;
    }

    private static void requireOneKeySource(JwtProperties properties, String hmacSecret) {
        List<String> sources = keySources(properties, hmacSecret);
        if (sources.size() > 1) {
            throw new IllegalStateException("Bearer tokens need exactly one key source, but " + sources
                    + " are all set; keep one.");
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("Bearer tokens need a key source: set " + JwtProperties.PREFIX
                    + ".jwk-set-uri, " + JwtProperties.PREFIX + ".public-key-location or the environment variable "
                    + JwtProperties.HMAC_SECRET_VARIABLE + "; an empty value does not count.");
        }
    }

    private static void requireClaims(JwtProperties properties) {
        if (!hasText(properties.issuer()) || properties.audiences().isEmpty()) {
            throw new IllegalStateException("Bearer tokens are on, so " + JwtProperties.PREFIX + ".issuer and "
                    + JwtProperties.PREFIX + ".audiences must be set: every token is checked for both.");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
