package gov.xianan.reform.common.observability;

import java.time.Duration;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Meter settings Quarkus has no configuration key for: the HTTP server timer publishes histogram
 * buckets (from 5 ms to 60 s), so that Prometheus computes p50/p99 by route and across replicas
 * with {@code histogram_quantile}; client-side percentiles could not be aggregated.
 */
@Singleton
public class MeterConfig {

    @Produces
    @Singleton
    MeterFilter httpServerHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(5).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(60).toNanos())
                        .build()
                        .merge(config);
            }
        };
    }
}
