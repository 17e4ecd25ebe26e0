package gov.xianan.reform.registry.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.jobs.ScheduledOnce;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The imports' clean-up, once per {@code xianan.imports.cleanup-every} across all replicas (a
 * {@link ScheduledOnce} claim per period):
 * <ol>
 * <li>the error rows and cell errors of jobs that ended more than
 * {@code xianan.imports.error-retention} ago are deleted and the job stamped
 * {@code errors_purged_at}. A transaction-level advisory lock ({@link AdvisoryLocks.Space#IMPORT_CLEANUP}) also lets only one caller do it at a
 * time, and the delete only picks jobs not yet stamped, so a second run deletes nothing twice;</li>
 * <li>the uploads kept for a retry after a system failure are deleted once
 * {@code xianan.jobs.retry-window} has passed ({@link BackgroundJobs#deleteExpiredInputs}).</li>
 * </ol>
 * The time comes from the clock bean, so that tests move it forward.
 */
@ApplicationScoped
public class ImportCleanup {

    private static final Logger LOG = Logger.getLogger(ImportCleanup.class);
    /** The name of its once-per-period claim in {@code scheduled_run}. */
    public static final String JOB_NAME = "import-cleanup";

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ImportConfig config;

    @Inject
    BackgroundJobs jobs;

    @Inject
    ScheduledOnce once;

    /** What one run did. {@code lockHeld}: false when another caller was running the error purge. */
    public record Result(boolean lockHeld, int jobsPurged, int inputsDeleted) {
    }

    @Scheduled(every = "{xianan.imports.cleanup-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "import-cleanup")
    void scheduled() {
        ScheduledOnce.Run r = once.run(JOB_NAME, period(clock.instant()), () -> {
            Result result = run();
            return "error rows of " + result.jobsPurged() + " jobs deleted, " + result.inputsDeleted() + " kept uploads deleted";
        });
        if (r.ranNow()) {
            LOG.infof("Import clean-up: %s", r.summary());
        }
    }

    /** The period a run at {@code now} belongs to: the start of its {@code cleanup-every} window. */
    String period(Instant now) {
        String every = config.cleanupEvery().trim().toUpperCase();
        long seconds = Math.max(1, Duration.parse(every.startsWith("P") ? every : "PT" + every).toSeconds());
        return Instant.ofEpochSecond(now.getEpochSecond() / seconds * seconds).toString();
    }

    /** One run (tests call it directly), in one transaction: the caller's, or its own. */
    @Transactional
    public Result run() {
        Instant now = clock.instant();
        Integer purged = purgeExpiredErrors(now.minus(config.errorRetention()), now);
        int inputs = jobs.deleteExpiredInputs(now);
        return new Result(purged != null, purged == null ? 0 : purged, inputs);
    }
    /**
     * The jobs' error rows past retention, under the advisory lock; null when another replica holds it.
     * Runs in the caller's transaction ({@link #run()} is transactional, and joins the claim of
     * {@link ScheduledOnce}): the connection is enlisted in it, so the lock, the deletions and the
     * claim row commit or roll back together, and the lock is released at that commit.
     */
    Integer purgeExpiredErrors(Instant cutoff, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            if (!AdvisoryLocks.tryLock(c, AdvisoryLocks.Space.IMPORT_CLEANUP, 0)) {
                return null;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    with expired as (
                        update import_job set errors_purged_at = ?
                        where finished_at < ? and errors_purged_at is null
                        returning id),
                    rows_gone as (delete from import_error_row where job_id in (select id from expired)),
                    errors_gone as (delete from import_error where job_id in (select id from expired))
                    select count(*) from expired""")) {
                ps.setTimestamp(1, Timestamp.from(now));
                ps.setTimestamp(2, Timestamp.from(cutoff));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        } catch (SQLException e) {
            // rolls the whole run back (and with it the run's claim): the next run retries
            throw new IllegalStateException("import clean-up failed; the next run retries", e);
        }
    }
}
