package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.RoutePolicies;
import dev.stratum.runtime.security.RoutePolicy;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Local bearer tokens for development users ({@link DevTokens}): on only when development users are, which in turn
 * refuse to start anywhere but on an in-memory H2 database, and only when no real key source is configured.
 */
@AutoConfiguration(before = JwtConfiguration.class, afterName = "dev.stratum.runtime.spring.StratumAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({NimbusJwtEncoder.class, DispatcherServlet.class})
@ConditionalOnBooleanProperty(DevUsersConfiguration.ENABLED)
@Conditional(DevTokenConfiguration.NoKeyConfigured.class)
@EnableConfigurationProperties(JwtProperties.class)
public class DevTokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DevTokenConfiguration.class);

    @Bean
    DevTokens stratumDevTokens(JwtProperties properties, ObjectProvider<Clock> clock, Environment environment) {
        DevUsersConfiguration.requireInMemoryDatabase(environment.getProperty("spring.datasource.url"));
        log.warn("Development tokens are enabled: POST {} with a development user's HTTP Basic login returns a "
                + "bearer token signed by a key that exists only in this process; for local runs only",
                DevTokenController.PATH);
        return new DevTokens(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Trusts only the tokens this process issued. */
    @Bean
    @ConditionalOnMissingBean
    public JwtDecoder stratumDevJwtDecoder(DevTokens tokens) {
        return tokens.decoder();
    }

    @Bean
    DevTokenController stratumDevTokenController(DevTokens tokens) {
        return new DevTokenController(tokens);
    }

    /** Any authenticated development user may ask for a token. */
    @Bean
    RoutePolicies stratumDevTokenRoute() {
        return new RoutePolicies("Development tokens",
                List.of(RoutePolicy.authenticated("POST", DevTokenController.PATH)));
    }

    static final class NoKeyConfigured extends NoneNestedConditions {

        NoKeyConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @Conditional(JwtConfiguration.KeyConfigured.class)
        static final class KeyConfigured {
        }
    }
}
