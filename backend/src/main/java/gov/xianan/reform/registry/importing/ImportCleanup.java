package gov.xianan.reform.registry.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The imports' clean-up, every {@code xianan.imports.cleanup-every}:
 * <ol>
 * <li>in the database, the error rows and cell errors of jobs that ended more than
 * {@code xianan.imports.error-retention} ago are deleted and the job stamped
 * {@code errors_purged_at}. Several replicas may run it at once: a transaction-level advisory
 * lock lets one do it and the others skip, and the delete only picks jobs not yet stamped, so a
 * second run (or a replica that raced past the lock) deletes nothing twice;</li>
 * <li>on this server's disk, uploads left behind by a job that will never run here (the server
 * restarted) or that has ended are deleted; such a job is ended as failed.</li>
 * </ol>
 * The time comes from the clock bean, so that tests move it forward.
 */
@ApplicationScoped
public class ImportCleanup {

    private static final Logger LOG = Logger.getLogger(ImportCleanup.class);
    /** The advisory lock's key: "xianan-imports-cleanup", any constant other features do not use. */
    public static final long LOCK_KEY = 0x78_69_61_6e_69_6d_70L;
    /** An upload younger than this may belong to a request still creating its job. */
    private static final Duration GRACE = Duration.ofMinutes(10);

    @Inject
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ImportConfig config;

    @Inject
    ImportService imports;

    /** What one run did. {@code lockHeld}: false when another replica was running the database part. */
    public record Result(boolean lockHeld, int jobsPurged, int uploadsDeleted) {
    }

    @Scheduled(every = "{xianan.imports.cleanup-every}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "import-cleanup")
    void scheduled() {
        Result r = run();
        if (r.jobsPurged() > 0 || r.uploadsDeleted() > 0) {
            LOG.infof("Import clean-up: error rows of %d jobs past retention deleted, %d left-over uploads deleted", r.jobsPurged(),
                    r.uploadsDeleted());
        }
    }

    /** One run (tests call it directly). */
    public Result run() {
        Instant now = clock.instant();
        Integer purged = purgeExpiredErrors(now.minus(config.errorRetention()), now);
        int uploads = sweepUploads(now);
        return new Result(purged != null, purged == null ? 0 : purged, uploads);
    }

    /** The jobs' error rows past retention, under the advisory lock; null when another replica holds it. */
    Integer purgeExpiredErrors(Instant cutoff, Instant now) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
                    lock.setLong(1, LOCK_KEY);
                    try (ResultSet rs = lock.executeQuery()) {
                        rs.next();
                        if (!rs.getBoolean(1)) {
                            c.rollback();
                            return null;
                        }
                    }
                }
                int purged;
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
                        purged = rs.getInt(1);
                    }
                }
                c.commit(); // releases the lock
                return purged;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            LOG.error("import clean-up failed; the next run retries", e);
            return 0;
        }
    }

    /** Deletes this server's uploads whose job has ended or will never run here. */
    int sweepUploads(Instant now) {
        Path dir = imports.uploadDirectory();
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            LOG.warn("cannot list the import upload directory", e);
            return 0;
        }
        int deleted = 0;
        for (Path file : files) {
            try {
                Long job = runningJob(file);
                if (job != null && imports.isActiveHere(job)) {
                    continue; // queued or running in this JVM
                }
                if (Files.getLastModifiedTime(file).toInstant().isAfter(now.minus(GRACE))) {
                    continue; // a request may still be creating its job
                }
                if (job != null) {
                    imports.abandon(job, "导入在服务重启时中断,未写入任何数据,请重新上传"); // deletes the file too
                } else {
                    Files.deleteIfExists(file);
                }
                deleted++;
            } catch (IOException | SQLException e) {
                LOG.warnf(e, "could not clean up %s", file);
            }
        }
        return deleted;
    }

    /** The unfinished job that names this file, if any. */
    private Long runningJob(Path file) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select id from import_job where file_path = ? and finished_at is null")) {
            ps.setString(1, file.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
