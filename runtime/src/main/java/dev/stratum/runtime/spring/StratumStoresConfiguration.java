package dev.stratum.runtime.spring;

import dev.stratum.runtime.idempotency.IdempotencyStore;
import dev.stratum.runtime.idempotency.JdbcIdempotencyStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The database-backed stores that let replicas share state: idempotency keys ({@code stratum.idempotency.enabled}).
 * Each checks at start that its table exists, after the migrations ran, and says how to create it when not.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "dev.stratum.runtime.spring.StratumSecurityConfiguration")
@EnableConfigurationProperties(IdempotencyProperties.class)
public class StratumStoresConfiguration {

    /** Idempotency keys in the table {@code stratum_idempotency}, shared by every replica on the database. */
    @Bean
    @ConditionalOnProperty(name = "stratum.idempotency.enabled", havingValue = "true")
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean(IdempotencyStore.class)
    public JdbcIdempotencyStore stratumIdempotencyStore(DataSource dataSource, Clock clock,
            IdempotencyProperties properties) {
        return new JdbcIdempotencyStore(dataSource, clock, properties.ttl(), properties.lockTimeout());
    }

    /**
     * Checks the table once every singleton exists, and so after the migrations ran: the store itself is created
     * early, with the security filter chain, when the web server starts.
     */
    @Bean
    @ConditionalOnBean(JdbcIdempotencyStore.class)
    public SmartInitializingSingleton stratumIdempotencyTableCheck(JdbcIdempotencyStore store) {
        return store::verifyTable;
    }
}
