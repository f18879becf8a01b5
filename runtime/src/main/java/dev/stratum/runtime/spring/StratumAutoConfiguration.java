package dev.stratum.runtime.spring;

import dev.stratum.runtime.tx.Transactions;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The framework-neutral services generated code needs: a {@link Clock} and {@link Transactions}. */
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
