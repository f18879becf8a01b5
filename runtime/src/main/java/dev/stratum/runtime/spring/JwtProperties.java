package dev.stratum.runtime.spring;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where bearer tokens come from and what they must say, e.g. {@code stratum.security.jwt.issuer}. The signing key is
 * one of {@code jwk-set-uri}, {@code public-key-location}, or an HMAC secret that is read only from the environment
 * variable {@value #HMAC_SECRET_VARIABLE}, so it can never sit in a properties file of the repository.
 *
 * @param issuer            the {@code iss} every token must carry
 * @param audiences         accepted {@code aud} values; a token must name at least one
 * @param jwkSetUri         the issuer's JWK Set (RS256 and ES256 keys)
 * @param publicKeyLocation a PEM public key (RSA for RS256, P-256 EC for ES256), e.g. {@code file:/etc/keys/jwt.pem}
 * @param rolesClaim        the claim carrying role names; dots reach into objects, e.g. {@code realm_access.roles}
 * @param clockSkew         how far expiry and not-before may be off, for clocks that drift between servers
 */
@ConfigurationProperties("stratum.security.jwt")
public record JwtProperties(
        String issuer,
        List<String> audiences,
        String jwkSetUri,
        Resource publicKeyLocation,
        String rolesClaim,
        Duration clockSkew) {

    /** The environment variable holding an HMAC (HS256) secret of at least 32 bytes. */
    public static final String HMAC_SECRET_VARIABLE = "STRATUM_JWT_HMAC_SECRET";

    static final String PREFIX = "stratum.security.jwt";

    public JwtProperties {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim.strip();
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
    }
}
