package dev.stratum.runtime.spring;

import dev.stratum.runtime.paging.Cursors;
import dev.stratum.runtime.security.CurrentPrincipal;
import dev.stratum.runtime.security.SecretHasher;
import dev.stratum.runtime.tx.Transactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The framework-neutral services generated code needs: a {@link Clock}, {@link Transactions} and the
 * {@link CurrentPrincipal}, the {@link Cursors} that sign keyset page cursors and the {@link SecretHasher} of hashed
 * secrets.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"})
public class StratumAutoConfiguration {

    /** UTC system time; replace it with a fixed clock in tests. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Cursors signed with {@code stratum.paging.cursor-secret} (at least 32 bytes); without it, with a key drawn at
     * start-up, so cursors do not survive a restart and are not accepted by another replica.
     */
    @Bean
    @ConditionalOnMissingBean
    public Cursors stratumCursors(@Value("${stratum.paging.cursor-secret:}") String secret) {
        if (secret.isEmpty()) {
            LoggerFactory.getLogger(StratumAutoConfiguration.class).warn("stratum.paging.cursor-secret is not set:"
                    + " list cursors are signed with a per-process key and break on a restart or another replica");
            return Cursors.withRandomKey();
        }
        return new Cursors(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Nobody is authenticated where Spring Security is absent: generated services allow only public operations. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnMissingClass("org.springframework.security.core.context.SecurityContextHolder")
    public CurrentPrincipal stratumAnonymousPrincipal() {
        return CurrentPrincipal.ANONYMOUS;
    }

    /** The caller Spring Security authenticated, for the access checks of generated services. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SecurityContextHolder.class)
    static class SpringSecurityPrincipalConfiguration {

        @Bean
        @ConditionalOnMissingBean
        CurrentPrincipal stratumCurrentPrincipal() {
            return new SpringSecurityPrincipal();
        }
    }

    /**
     * Hashes of {@code @Sensitive(hashed = true)} fields, made by Spring Security's delegating password encoder: bcrypt
     * today (stored as {@code {bcrypt}...}), and hashes of older encodings still verify after the default changes.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PasswordEncoderFactories.class)
    static class SecretHasherConfiguration {

        @Bean
        @ConditionalOnMissingBean
        SecretHasher stratumSecretHasher() {
            return new PasswordEncoderSecretHasher(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        }
    }

    /** Transactions on Spring's transaction manager, when the application has exactly one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(PlatformTransactionManager.class)
    static class SpringTransactionsConfiguration {

        @Bean
        @ConditionalOnMissingBean(Transactions.class)
        @ConditionalOnSingleCandidate(PlatformTransactionManager.class)
        Transactions stratumTransactions(PlatformTransactionManager transactionManager) {
            return new SpringTransactions(transactionManager);
        }
    }
}
