package gov.xianan.reform.common.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.jobs.JobHandler.ClaimedJob;
import gov.xianan.reform.common.jobs.JobHandler.Outcome;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Durable background jobs in PostgreSQL ({@code background_job}), runnable on any replica.
 * <ul>
 * <li>{@link #enqueue} stores a job with its input in the caller's transaction; {@link #kick}
 * afterwards starts it at once on this replica, and every replica's poller picks up what is left
 * (e.g. jobs submitted on a replica that then died).</li>
 * <li>A job is claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}: two replicas polling at the
 * same moment never claim the same row. The claim is a lease ({@code xianan.jobs.lease}) that the
 * claiming replica renews while it runs ({@code xianan.jobs.heartbeat-every}).</li>
 * <li>A running job whose lease has expired belonged to a replica that died: the poller queues it
 * again, or — after {@code xianan.jobs.max-attempts} starts — ends it as failed with a message
 * for the user and keeps its input for a retry. Nothing stays RUNNING for good.</li>
 * <li>The input is deleted when the job ends; only a system failure keeps it, for
 * {@code xianan.jobs.retry-window}, so that the user can {@link #retry} it.</li>
 * </ul>
 * One job at a time per replica: the only kind today (worker imports) holds one long transaction,
 * and two at once would only slow each other; more replicas run more jobs.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class);

    /** The user-facing text when a job's replicas died too often. */
    public static final String INTERRUPTED = "处理该任务的服务实例已停止,任务已中断(已尝试 %d 次)";
    /** The user-facing text when a job failed with an unexpected error. */
    public static final String SYSTEM_ERROR = "任务因系统错误失败";

    @Inject
    DataSource dataSource;

    @Inject
    JobsConfig config;

    @Inject
    @Any
    Instance<JobHandler> handlerBeans;

    private Map<String, JobHandler> handlers;
    private String instanceId;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "background-job"));
    private final Semaphore slot = new Semaphore(1);
    /** Nudges this replica when a job it queued for later falls due (the pollers would find it too; this only saves the wait). */
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "background-job-timer");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    /** A job as the API shows it to whoever may see its subject. */
    public record JobState(long id, String state, int attempts, boolean retryable, boolean inputKept, String lastError) {
    }

    @PostConstruct
    void init() {
        handlers = handlerBeans.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
        instanceId = config.instanceId().filter(s -> !s.isBlank())
                .orElse(ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** This replica's name in {@code background_job.locked_by}. */
    public String instanceId() {
        return instanceId;
    }

    /** Stores a job with its input, in the caller's transaction; call {@link #kick} after the commit to start it here at once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String kind, long subjectId, byte[] input) {
        return enqueue(kind, subjectId, input, null);
    }

    /**
     * Stores a job that no replica claims before {@code notBefore} (null: at once), in the caller's
     * transaction; e.g. a webhook delivery's retry after its backoff. The pollers pick it up when due.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long enqueue(String kind, long subjectId, byte[] input, Instant notBefore) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into background_job (kind, subject_id, state, input, max_attempts, not_before) values (?, ?, 'QUEUED', ?, ?, ?) returning id")) {
            ps.setString(1, kind);
            ps.setLong(2, subjectId);
            ps.setBytes(3, input);
            ps.setInt(4, Math.max(1, config.maxAttempts()));
            ps.setTimestamp(5, notBefore == null ? null : Timestamp.from(notBefore));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts working through the queue on this replica unless it is already busy (then the running loop or the poller gets there). */
    public void kick() {
        if (stopping || !slot.tryAcquire()) {
            return;
        }
        try {
            executor.submit(this::drain);
        } catch (RejectedExecutionException e) {
            slot.release();
        }
    }

    /**
     * Kicks this replica once {@code delay} has passed (e.g. after a webhook retry's backoff). Only a
     * nudge: the job is in the database, and every replica's poller finds it when due.
     */
    public void kickAfter(java.time.Duration delay) {
        if (stopping) {
            return;
        }
        try {
            timer.schedule(this::kick, Math.max(0, delay.toMillis()) + 20, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping
        }
    }

    private void drain() {
        try {
            Optional<ClaimedJob> job;
            while (!stopping && (job = claimNext(handlers.keySet())).isPresent()) {
                execute(job.get());
            }
        } catch (RuntimeException e) {
            LOG.error("background job loop failed; the poller retries", e);
        } finally {
            slot.release();
        }
    }

    @Scheduled(every = "{xianan.jobs.poll-every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "background-job-poll")
    void poll() {
        try {
            reapExpired();
        } catch (RuntimeException e) {
            LOG.warn("could not check for expired job leases", e);
        }
        kick();
    }

    @Scheduled(every = "{xianan.jobs.heartbeat-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "background-job-heartbeat")
    void heartbeat() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update background_job set lease_until = now() + make_interval(secs => ?) where state = 'RUNNING' and locked_by = ?")) {
            ps.setDouble(1, config.lease().toMillis() / 1000.0);
            ps.setString(2, instanceId);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not renew the leases of this replica's jobs", e);
        }
    }

    /**
     * Claims the oldest queued job of one of these kinds for this replica, under a fresh lease; empty
     * when there is none. Concurrent claimers (threads or replicas) skip rows another holds locked,
     * so each job goes to exactly one of them.
     */
    public Optional<ClaimedJob> claimNext(Set<String> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("""
                    with next as (
                        select id from background_job where state = 'QUEUED' and kind = any(?)
                            and (not_before is null or not_before <= now())
                        order by id limit 1 for update skip locked)
                    update background_job b set state = 'RUNNING', locked_by = ?, lease_until = now() + make_interval(secs => ?),
                        attempts = b.attempts + 1, started_at = coalesce(b.started_at, now())
                    from next where b.id = next.id
                    returning b.id, b.kind, b.subject_id, b.attempts, b.input""")) {
                ps.setArray(1, c.createArrayOf("varchar", kinds.toArray()));
                ps.setString(2, instanceId);
                ps.setDouble(3, config.lease().toMillis() / 1000.0);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ClaimedJob(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getBytes(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a claimed job with its handler and records how it ended. */
    void execute(ClaimedJob job) {
        JobHandler handler = handlers.get(job.kind());
        Outcome outcome;
        try {
            outcome = handler.run(job);
        } catch (Exception e) {
            LOG.errorf(e, "background job %d (%s, subject %d) failed", job.id(), job.kind(), job.subjectId());
            if (finish(job.id(), "FAILED", truncate(e.toString()), true)) {
                handler.failed(job.subjectId(), SYSTEM_ERROR);
            }
            return;
        }
        if (!finish(job.id(), outcome.name(), null, false)) {
            LOG.warnf("background job %d ended here after its lease had passed to another replica", job.id());
        }
    }

    /** Ends a job this replica holds; false when it no longer holds it (its lease expired and another replica took over). */
    private boolean finish(long id, String state, String error, boolean retryable) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update background_job set state = ?, finished_at = now(), locked_by = null, lease_until = null, last_error = ?,
                    retryable = ?, input = case when ? then input end
                where id = ? and state = 'RUNNING' and locked_by = ?""")) {
            ps.setString(1, state);
            ps.setString(2, error);
            ps.setBoolean(3, retryable);
            ps.setBoolean(4, retryable);
            ps.setLong(5, id);
            ps.setString(6, instanceId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Running jobs whose lease has expired (their replica died): queued again while they have
     * attempts left, otherwise ended as failed (input kept for a retry) and their handler told.
     * Several replicas may run this at once: each expired row is updated by exactly one.
     *
     * @return how many jobs were resumed and how many failed
     */
    public int[] reapExpired() {
        List<Object[]> changed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update background_job set
                    state = case when attempts < max_attempts then 'QUEUED' else 'FAILED' end,
                    finished_at = case when attempts < max_attempts then null else now() end,
                    retryable = attempts >= max_attempts,
                    last_error = 'lease expired on ' || coalesce(locked_by, '?') || ' (attempt ' || attempts || ')',
                    locked_by = null, lease_until = null
                where state = 'RUNNING' and lease_until < now()
                returning id, kind, subject_id, state, attempts""")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(new Object[] { rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5) });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        int resumed = 0;
        int failed = 0;
        for (Object[] row : changed) {
            JobHandler handler = handlers.get((String) row[1]);
            boolean requeued = "QUEUED".equals(row[3]);
            LOG.warnf("background job %d (%s): its replica stopped renewing the lease; %s", row[0], row[1], requeued ? "queued again" : "failed");
            if (requeued) {
                resumed++;
                if (handler != null) {
                    handler.requeued((Long) row[2]);
                }
            } else {
                failed++;
                if (handler != null) {
                    handler.failed((Long) row[2], INTERRUPTED.formatted((Integer) row[4]));
                }
            }
        }
        if (resumed > 0) {
            kick();
        }
        return new int[] { resumed, failed };
    }

    /**
     * Queues a failed, retryable job again (its input still kept), in the caller's transaction;
     * false when it is not such a job. Call {@link #kick} after the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean retry(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update background_job set state = 'QUEUED', attempts = 0, retryable = false, finished_at = null, last_error = null
                where id = ? and state = 'FAILED' and retryable and input is not null""")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job's state without its input. */
    public Optional<JobState> state(long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id, state, attempts, retryable, input is not null, last_error from background_job where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new JobState(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4), rs.getBoolean(5),
                        rs.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the inputs kept for a retry once the retry window has passed; the jobs are no longer retryable. Idempotent. */
    public int deleteExpiredInputs(Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update background_job set input = null, retryable = false where state = 'FAILED' and input is not null and finished_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(now.minus(config.retryWindow())));
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On a graceful stop the running job is interrupted and handed back to the queue at once (its
     * attempt not counted), so another replica takes it without waiting for the lease.
     */
    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        timer.shutdownNow();
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                return; // still running: the lease runs out and another replica resumes it
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                update background_job set state = 'QUEUED', attempts = greatest(attempts - 1, 0), locked_by = null, lease_until = null
                where state = 'RUNNING' and locked_by = ?""")) {
            ps.setString(1, instanceId);
            ps.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("could not hand this replica's running jobs back to the queue; their leases will expire", e);
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 1000);
    }
}
