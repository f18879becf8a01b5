package dev.stratum.runtime.spring;

import dev.stratum.runtime.idempotency.IdempotencyStore;
import dev.stratum.runtime.idempotency.JdbcIdempotencyStore;
import dev.stratum.runtime.ratelimit.JdbcProxyManager;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The database-backed stores that let replicas share state: idempotency keys ({@code stratum.idempotency.enabled})
 * and rate-limit buckets ({@code stratum.rate-limit.store=jdbc}).
 * Each checks at start that its table exists, after the migrations ran, and says how to create it when not.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        beforeName = "dev.stratum.runtime.spring.StratumSecurityConfiguration")
@EnableConfigurationProperties({IdempotencyProperties.class, RateLimitProperties.class})
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

    /** Bucket4j buckets in the table {@code stratum_rate_limit}, so replicas share each caller's budget. */
    @Bean
    @ConditionalOnProperty(name = "stratum.rate-limit.store", havingValue = "jdbc")
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean
    public JdbcProxyManager stratumRateLimitBuckets(DataSource dataSource, Clock clock) {
        // A bucket unused until it has refilled completely is no different from a new one: its row may go.
        ClientSideConfig config = ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)));
        return new JdbcProxyManager(dataSource, config, clock);
    }

    /** Checks the rate-limit table once the migrations ran, like the idempotency table. */
    @Bean
    @ConditionalOnBean(JdbcProxyManager.class)
    public SmartInitializingSingleton stratumRateLimitTableCheck(JdbcProxyManager buckets) {
        return buckets::verifyTable;
    }
}
