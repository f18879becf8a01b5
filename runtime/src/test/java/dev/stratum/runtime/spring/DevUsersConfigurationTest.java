package dev.stratum.runtime.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class DevUsersConfigurationTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DevUsersConfiguration.class,
                    UserDetailsServiceAutoConfiguration.class));

    @Test
    void enablingDevUsersOnARealDatabaseFailsStartWithWhatToRemove() {
        runner.withPropertyValues("stratum.security.dev-users.enabled=true",
                        "stratum.security.dev-users.users.vet=VET",
                        "spring.datasource.url=jdbc:postgresql://db.internal:5432/clinic?password=hunter2")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("only for local runs on an in-memory H2 database")
                            .hasMessageContaining("Remove the stratum.security.dev-users.* properties")
                            .message().doesNotContain("hunter2");
                });
    }

    @Test
    void aFileBasedH2DatabaseIsNotLocalEnough() {
        runner.withPropertyValues("stratum.security.dev-users.enabled=true", "spring.datasource.url=jdbc:h2:./data")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void enabledOnInMemoryH2TheConfiguredUsersLogInWithTheirRoles() {
        runner.withPropertyValues("stratum.security.dev-users.enabled=true",
                        "stratum.security.dev-users.password=pw-1",
                        "stratum.security.dev-users.users.vet=VET",
                        "stratum.security.dev-users.users.admin=ADMIN, VET",
                        "spring.datasource.url=jdbc:h2:mem:clinic;MODE=PostgreSQL")
                .run(context -> {
                    UserDetailsService users = context.getBean(UserDetailsService.class);
                    UserDetails admin = users.loadUserByUsername("admin");
                    assertThat(admin.getAuthorities()).extracting(Object::toString)
                            .containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_VET");
                    assertThat(ENCODER.matches("pw-1", admin.getPassword())).isTrue();
                    assertThat(users.loadUserByUsername("vet").getAuthorities()).extracting(Object::toString)
                            .containsExactly("ROLE_VET");
                    assertThatThrownBy(() -> users.loadUserByUsername("user"))
                            .isInstanceOf(UsernameNotFoundException.class);
                });
    }

    @Test
    void withoutAPasswordOneIsGeneratedAndLoggedOnceWithTheUserNames(CapturedOutput output) {
        runner.withPropertyValues("stratum.security.dev-users.enabled=true",
                        "stratum.security.dev-users.users.vet=VET")
                .run(context -> {
                    Matcher logged = Pattern.compile("WARN.*Development users \\[vet] are enabled with the generated "
                            + "password (\\S+) ;").matcher(output.getOut());
                    assertThat(logged.find()).as(output.getOut()).isTrue();
                    String encoded = context.getBean(UserDetailsService.class).loadUserByUsername("vet").getPassword();
                    assertThat(ENCODER.matches(logged.group(1), encoded)).isTrue();
                    assertThat(logged.find()).as("logged once").isFalse();
                });
    }

    @Test
    void disabledNobodyCanLogInAndSpringBootsDefaultUserNeverAppears(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasSingleBean(UserDetailsService.class);
            UserDetailsService users = context.getBean(UserDetailsService.class);
            assertThatThrownBy(() -> users.loadUserByUsername("user")).isInstanceOf(UsernameNotFoundException.class);
            assertThat(output.getOut()).contains("No user store is configured, so HTTP Basic is off")
                    .doesNotContain("generated security password");
        });
    }

    @Test
    void anApplicationsOwnUserDetailsServiceWinsWhenDevUsersAreOff() {
        UserDetailsService own = username -> {
            throw new UsernameNotFoundException(username);
        };
        runner.withBean("ownUsers", UserDetailsService.class, () -> own)
                .run(context -> assertThat(context.getBean(UserDetailsService.class)).isSameAs(own));
    }
}
