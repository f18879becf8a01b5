package dev.stratum.runtime.spring;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who can log in: development users from {@link DevUsersProperties} when explicitly enabled on a local in-memory
 * database, otherwise nobody. Providing an empty {@link UserDetailsService} keeps Spring Boot from creating its
 * default user with a generated password, which would silently open every authenticated route.
 */
@AutoConfiguration(
        after = JwtConfiguration.class,
        beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConditionalOnClass({UserDetailsService.class, InMemoryUserDetailsManager.class})
@EnableConfigurationProperties(DevUsersProperties.class)
public class DevUsersConfiguration {

    static final String ENABLED = "stratum.security.dev-users.enabled";
    static final String IN_MEMORY_H2 = "jdbc:h2:mem:";

    private static final Logger log = LoggerFactory.getLogger(DevUsersConfiguration.class);

    /** The development users; refuses to start unless the datasource is an in-memory H2 database. */
    @Bean
    @ConditionalOnBooleanProperty(ENABLED)
    public UserDetailsService stratumDevUsers(DevUsersProperties properties, Environment environment) {
        requireInMemoryDatabase(environment.getProperty("spring.datasource.url"));
        String password = properties.hasPassword() ? properties.password() : generatedPassword();
        if (properties.hasPassword()) {
            log.warn("Development users {} are enabled (password from stratum.security.dev-users.password); "
                    + "for local runs only", properties.users().keySet());
        } else {
            log.warn("Development users {} are enabled with the generated password {} ; for local runs only",
                    properties.users().keySet(), password);
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<UserDetails> users = properties.users().entrySet().stream()
                .map(user -> User.withUsername(user.getKey())
                        .password(encoder.encode(password))
                        .roles(user.getValue().stream().map(String::strip).toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /** Nobody can log in with a password; the web security chain then requires bearer tokens or fails start. */
    @Bean
    @ConditionalOnBooleanProperty(name = ENABLED, havingValue = false, matchIfMissing = true)
    @ConditionalOnMissingBean(
            value = {UserDetailsService.class, AuthenticationManager.class, AuthenticationProvider.class},
            type = "org.springframework.security.oauth2.jwt.JwtDecoder")
    public UserDetailsService stratumNoUsers() {
        log.info("No user store is configured, so HTTP Basic is off. For local runs set "
                + "stratum.security.dev-users.enabled=true on an in-memory H2 database; in production configure "
                + "bearer tokens (stratum.security.jwt.*).");
        return new NoUsers();
    }

    /** The user store that knows nobody; the web security chain treats it as "no HTTP Basic". */
    static final class NoUsers implements UserDetailsService {

        @Override
        public UserDetails loadUserByUsername(String username) {
            throw new UsernameNotFoundException("no users are configured");
        }
    }

    /**
     * Fails start when development users would guard a real database.
     *
     * @param datasourceUrl {@code spring.datasource.url}; absent means Spring Boot's embedded in-memory default
     */
    static void requireInMemoryDatabase(String datasourceUrl) {
        if (datasourceUrl != null && !datasourceUrl.strip().startsWith(IN_MEMORY_H2)) {
            throw new IllegalStateException("Development users (" + ENABLED + "=true) are only for local runs on an "
                    + "in-memory H2 database, but spring.datasource.url is not a " + IN_MEMORY_H2 + " url. Remove "
                    + "the stratum.security.dev-users.* properties from this environment's configuration (or set "
                    + ENABLED + "=false) and configure real authentication.");
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
