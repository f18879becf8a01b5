package dev.stratum.runtime.spring;

import dev.stratum.runtime.security.CurrentPrincipal;
import dev.stratum.runtime.tx.Transactions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The framework-neutral services generated code needs: a {@link Clock}, {@link Transactions} and the
 * {@link CurrentPrincipal}.
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
