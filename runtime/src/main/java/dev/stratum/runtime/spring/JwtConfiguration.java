package dev.stratum.runtime.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

/**
 * Bearer-token (JWT) authentication from {@link JwtProperties}: on as soon as a key source is configured, or when
 * the application declares its own {@link JwtDecoder}. Runs before Spring Boot's resource-server configuration,
 * whose decoder would skip the audience and roles-claim settings.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet"
                + ".OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@ConditionalOnClass({JwtDecoder.class, JwtAuthenticationConverter.class})
@EnableConfigurationProperties(JwtProperties.class)
public class JwtConfiguration {

    /** The decoder for the configured key; start fails when the issuer or audiences are missing. */
    @Bean
    @ConditionalOnMissingBean
    @Conditional(KeyConfigured.class)
    public JwtDecoder stratumJwtDecoder(JwtProperties properties, Environment environment) {
        return JwtDecoders.create(properties, hmacSecret(environment));
    }

    /** Makes the security chain accept bearer tokens checked by the decoder. */
    @Bean
    @ConditionalOnSingleCandidate(JwtDecoder.class)
    BearerTokens stratumBearerTokens(JwtDecoder decoder, JwtProperties properties) {
        return new BearerTokens(decoder, properties.rolesClaim());
    }

    /** The HMAC secret, read from the process environment only and never from properties files. */
    static String hmacSecret(Environment environment) {
        return environment instanceof ConfigurableEnvironment configurable
                ? (String) configurable.getSystemEnvironment().get(JwtProperties.HMAC_SECRET_VARIABLE)
                : null;
    }

    static final class KeyConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            return environment.containsProperty(JwtProperties.PREFIX + ".jwk-set-uri")
                    || environment.containsProperty(JwtProperties.PREFIX + ".public-key-location")
                    || hmacSecret(environment) != null;
        }
    }
}
