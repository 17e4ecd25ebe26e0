package gov.xianan.reform.common.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code xianan.rate-limits.*}: how many heavy operations one client (token {@code azp} + subject) may
 * start per period, and how many streaming exports may run at once across all replicas. Each key
 * can be set by environment, e.g. {@code XIANAN_RATE_LIMITS_EXPORT_CAPACITY=10}.
 */
@ConfigMapping(prefix = "xianan.rate-limits")
public interface RateLimitConfig {

    /** Off: no per-client limit is checked (the export bound still holds). */
    @WithDefault("true")
    boolean enabled();

    /** CSV/XLSX exports and downloads (worker list, import error workbook, import template). */
    Limit export();

    /** Worker imports (uploads). */
    @WithName("import")
    Limit imports();

    /** The aggregate statistics ({@code /api/v1/statistics/*}). */
    Limit statistics();

    /** Streaming exports (worker list, error workbook) running at the same time, all replicas together. */
    @WithDefault("4")
    int concurrentExports();

    /** Retry-After when every export slot is busy. */
    @WithDefault("10S")
    Duration exportsBusyRetryAfter();

    /** How often expired buckets are deleted (idempotent, safe on every replica). */
    @WithDefault("1h")
    String cleanupEvery();

    interface Limit {
        /** Requests allowed in a burst; tokens come back evenly over {@link #period()}. */
        int capacity();

        Duration period();
    }
}
