package gov.xianan.reform.common.limits;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.error.ProblemException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Per-client token buckets with Bucket4j, stored in PostgreSQL (table {@code rate_limit_bucket}) so
 * that all replicas count together: a client cannot multiply its allowance by the number of
 * replicas, and a restart forgets nothing. Each take locks the client's row for one short
 * transaction. Tokens return evenly over the period ("greedy" refill); an empty bucket answers 429
 * with Retry-After = the seconds until the next token. The refill uses each replica's clock, which
 * must agree to within a second or so (NTP), as for the tokens' expiry.
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @PostConstruct
    void init() {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // a row may go once its bucket is full again (plus a margin): nothing is lost by deleting it
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one token for this client and kind, or fails with 429 and Retry-After. */
    public void take(Limited.Kind kind, String clientKey) {
        if (!config.enabled()) {
            return;
        }
        RateLimitConfig.Limit limit = limit(kind);
        ConsumptionProbe probe = bucket(kind, limit, clientKey).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            LOG.infof("Rate limit %s reached by %s; retry after %d s", kind.key, clientKey, seconds);
            throw ProblemException.retryLater(429, "/problems/rate-limited",
                    kind.chinese + "过于频繁:每 " + describe(limit.period()) + "最多 " + limit.capacity() + " 次,请 " + seconds + " 秒后重试"
                            + " / Too many " + kind.key + " requests: at most " + limit.capacity() + " per " + limit.period().toSeconds()
                            + " s; retry in " + seconds + " s",
                    seconds);
        }
    }

    /** Gives back a token taken for a request that was then refused for another reason (no export slot). */
    public void giveBack(Limited.Kind kind, String clientKey) {
        if (config.enabled()) {
            RateLimitConfig.Limit limit = limit(kind);
            bucket(kind, limit, clientKey).addTokens(1);
        }
    }

    /** Deletes rows of buckets that are full again; several replicas may run it at once (SKIP LOCKED). */
    @Scheduled(every = "${xianan.rate-limits.cleanup-every:1h}", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void removeExpired() {
        try {
            int removed;
            do {
                removed = buckets.removeExpired(1000);
            } while (removed == 1000);
        } catch (RuntimeException e) {
            LOG.warnf("Rate limit clean-up failed (retried next time): %s", e.getMessage());
        }
    }

    private BucketProxy bucket(Limited.Kind kind, RateLimitConfig.Limit limit, String clientKey) {
        // the limit is part of the key: a changed configuration starts fresh buckets instead of mixing states
        String key = kind.key + ":" + limit.capacity() + "/" + limit.period().toSeconds() + "s:" + clientKey;
        if (key.length() > 300) {
            key = key.substring(0, 300);
        }
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build();
        return buckets.getProxy(key, () -> configuration);
    }

    private RateLimitConfig.Limit limit(Limited.Kind kind) {
        return switch (kind) {
            case EXPORT -> config.export();
            case IMPORT -> config.imports();
            case STATISTICS -> config.statistics();
        };
    }

    private static String describe(Duration period) {
        long s = period.toSeconds();
        if (s % 3600 == 0) {
            return s / 3600 + " 小时";
        }
        if (s % 60 == 0) {
            return s / 60 + " 分钟";
        }
        return s + " 秒";
    }
}
