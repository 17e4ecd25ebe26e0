package gov.xianan.reform.common.jobs;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Background jobs: how often each replica looks for work, how long a claim lasts, how often it is renewed. */
@ConfigMapping(prefix = "xianan.jobs")
public interface JobsConfig {

    /**
     * How often each replica looks for queued jobs and for jobs whose lease has expired (Quarkus
     * {@code every} syntax, e.g. {@code 5s}); {@code off} disables the poller (a submit still starts
     * its job at once on the replica that took it).
     */
    @WithDefault("5s")
    String pollEvery();

    /**
     * How long a claim on a running job lasts without renewal. A replica that dies stops renewing;
     * after this long another replica resumes the job (or fails it, see {@link #maxAttempts()}).
     * Longer than a few heartbeats and a long GC pause.
     */
    @WithDefault("PT60S")
    Duration lease();

    /** How often a replica renews the lease of the jobs it runs (Quarkus {@code every} syntax); well under {@link #lease()}. */
    @WithDefault("15s")
    String heartbeatEvery();

    /**
     * How many times a job is started before a crash of its replica ends it as failed: 2 means a job
     * whose replica died is resumed once elsewhere; if that replica dies too, the job fails.
     */
    @WithDefault("2")
    int maxAttempts();

    /**
     * How long the input of a job that failed for a system reason (crash, error) is kept so that its
     * user can retry it; then it is deleted like any ended job's input. Personal data: keep it short.
     */
    @WithDefault("PT24H")
    Duration retryWindow();

    /** This replica's name in the job table (who holds a claim); default: host name, process id and a random suffix. */
    Optional<String> instanceId();
}
