package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A web application where nobody could authenticate does not start, and says what to set. */
class AuthenticationRequiredTest {

    @Test
    void withoutAKeyOrDevelopmentUsersStartFailsNamingTheSettings() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TestApplication.class)
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:runtime-no-auth-test");

        assertThatThrownBy(application::run)
                .rootCause()
                .hasMessageContaining("No authentication is configured")
                .hasMessageContaining("stratum.security.jwt.jwk-set-uri")
                .hasMessageContaining("stratum.security.jwt.public-key-location")
                .hasMessageContaining(JwtProperties.HMAC_SECRET_VARIABLE)
                .hasMessageContaining("stratum.security.dev-users.enabled=true");
    }

    @Test
    void aKeyWithoutIssuerAndAudienceFailsStart() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(TestApplication.class)
                .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:runtime-no-issuer-test",
                        "stratum.security.jwt.jwk-set-uri=https://issuer.test/jwks");

        assertThatThrownBy(application::run)
                .rootCause()
                .hasMessageContaining("stratum.security.jwt.issuer and stratum.security.jwt.audiences must be set");
    }
}
