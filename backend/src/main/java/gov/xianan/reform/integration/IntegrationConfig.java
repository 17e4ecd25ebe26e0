package gov.xianan.reform.integration;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The change feed and webhooks (docs/integration.md). */
@ConfigMapping(prefix = "xianan.integration")
public interface IntegrationConfig {

    /** How long change events are kept; older ones are deleted once a day. A follower further behind starts again from its own records. */
    @WithDefault("P90D")
    Duration changeRetention();

    Webhooks webhooks();

    interface Webhooks {

        /** How often each replica moves new feed events into webhook deliveries (Quarkus {@code every} syntax); {@code off} in tests. */
        @WithDefault("5s")
        String dispatchEvery();

        /** Time allowed for a receiver to connect and answer one delivery. */
        @WithDefault("PT10S")
        Duration timeout();

        /** The wait before the first retry; each further retry waits twice as long, up to {@link #maxBackoff()}. */
        @WithDefault("PT30S")
        Duration initialBackoff();

        /** The longest wait between two attempts. */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** A subscription is PAUSED after this many failed attempts in a row (its pending deliveries wait, they are not dropped). */
        @WithDefault("10")
        int pauseAfterFailures();

        /** …or when it has been failing (no success) for this long, whichever comes first. */
        @WithDefault("PT24H")
        Duration pauseAfterFailingFor();

        /** Whether targets on loopback, private, link-local or unique-local addresses are allowed (tests and on-premise receivers). */
        @WithDefault("false")
        boolean allowPrivateTargets();

        /**
         * A key (base64, 16/24/32 bytes) to encrypt the subscriptions' signing secrets at rest with
         * AES-GCM; without it the secrets are stored as given (the database must then be protected as
         * a secret store).
         */
        Optional<String> secretKey();
    }
}
