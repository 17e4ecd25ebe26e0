package gov.xianan.reform.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.jobs.JobHandler.ClaimedJob;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.RecordingJobHandler;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The job runner against the real database: one claimer per job, leases that expire, retries, inputs deleted, once-per-period runs. */
@QuarkusTest
class BackgroundJobsTest {

    @Inject
    BackgroundJobs jobs;

    @Inject
    ScheduledOnce once;

    @Inject
    RecordingJobHandler handler;

    @Inject
    Db db;

    private long enqueue(String kind, String input) {
        long subject = ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
        return QuarkusTransaction.requiringNew().call(() -> jobs.enqueue(kind, subject, input.getBytes(StandardCharsets.UTF_8)));
    }

    private long subject(long job) {
        return db.count("select subject_id from background_job where id = ?", job);
    }

    private String state(long job) {
        return db.string("select state from background_job where id = ?", job);
    }

    /** Replica "dead-replica" claimed the job and died: its lease is over. */
    private void claimedByADeadReplica(long job, int attempts) {
        db.execute("update background_job set state = 'RUNNING', locked_by = 'dead-replica', attempts = ?, lease_until = now() - interval '1 second', "
                + "started_at = now() where id = ?", attempts, job);
    }

    @Test
    void concurrentClaimersNeverGetTheSameJob() throws Exception {
        String kind = "test-exclusive-" + System.nanoTime(); // no handler: only this test's claimers take these jobs
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            queued.add(enqueue(kind, "job " + i));
        }
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> claimers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                claimers.add(pool.submit(() -> {
                    start.await();
                    Optional<ClaimedJob> job;
                    while ((job = jobs.claimNext(Set.of(kind))).isPresent()) {
                        claimed.add(job.get().id());
                    }
                    return null;
                }));
            }
            for (Future<?> f : claimers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(claimed).as("every job claimed exactly once").hasSize(20).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
        assertThat(db.count("select count(*) from background_job where kind = ? and state = 'RUNNING' and attempts = 1 and lease_until > now() "
                + "and locked_by = ?", kind, jobs.instanceId())).isEqualTo(20);

        // two claimers, one job: exactly one gets it
        long single = enqueue(kind, "the one");
        CyclicBarrier both = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<ClaimedJob>> a = two.submit(() -> {
                both.await();
                return jobs.claimNext(Set.of(kind));
            });
            Future<Optional<ClaimedJob>> b = two.submit(() -> {
                both.await();
                return jobs.claimNext(Set.of(kind));
            });
            List<Long> got = new ArrayList<>();
            a.get().ifPresent(j -> got.add(j.id()));
            b.get().ifPresent(j -> got.add(j.id()));
            assertThat(got).containsExactly(single);
        } finally {
            two.shutdownNow();
        }
        db.execute("update background_job set state = 'SUCCEEDED', input = null, finished_at = now() where kind = ?", kind);
    }

    @Test
    void aJobWhoseReplicaDiedIsResumedElsewhereAfterTheLeaseAndItsInputDeletedWhenItEnds() {
        long job = enqueue(RecordingJobHandler.KIND, "resume me");
        claimedByADeadReplica(job, 1);
        assertThat(state(job)).isEqualTo("RUNNING");

        int[] reaped = jobs.reapExpired(); // any replica's poller
        assertThat(reaped[0]).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUCCEEDED".equals(state(job)));
        assertThat(handler.runs()).contains(new RecordingJobHandler.Seen(subject(job), 2, "resume me"));
        assertThat(db.count("select count(*) from background_job where id = ? and input is null and locked_by is null and finished_at is not null "
                + "and attempts = 2 and not retryable", job)).isEqualTo(1);
        assertThat(jobs.reapExpired()[0]).as("nothing expired twice").isZero();
    }

    @Test
    void aJobWhoseReplicasDiedTooOftenFailsWithAMessageKeepsItsInputAndCanBeRetried() {
        long job = enqueue(RecordingJobHandler.KIND, "retry me");
        claimedByADeadReplica(job, 2); // the second start: max-attempts is 2
        jobs.reapExpired();
        assertThat(state(job)).isEqualTo("FAILED");
        assertThat(handler.failures()).contains(subject(job) + ": " + BackgroundJobs.INTERRUPTED.formatted(2));
        assertThat(db.count("select count(*) from background_job where id = ? and retryable and input is not null and finished_at is not null", job))
                .isEqualTo(1);
        assertThat(jobs.state(job)).get().extracting(BackgroundJobs.JobState::retryable, BackgroundJobs.JobState::inputKept).containsExactly(true, true);

        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.retry(job))).isTrue();
        jobs.kick();
        await().atMost(Duration.ofSeconds(20)).until(() -> "SUCCEEDED".equals(state(job)));
        assertThat(handler.runs()).contains(new RecordingJobHandler.Seen(subject(job), 1, "retry me"));
        assertThat(db.count("select count(*) from background_job where id = ? and input is null", job)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.retry(job))).as("a succeeded job is not retried").isFalse();
    }

    @Test
    void aSystemFailureIsRetryableUntilTheRetryWindowDeletesTheInput() {
        long job = enqueue(RecordingJobHandler.KIND, "fail");
        jobs.kick();
        await().atMost(Duration.ofSeconds(20)).until(() -> "FAILED".equals(state(job)));
        assertThat(handler.failures()).contains(subject(job) + ": " + BackgroundJobs.SYSTEM_ERROR);
        assertThat(db.string("select last_error from background_job where id = ?", job)).contains("told to fail");
        assertThat(jobs.state(job)).get().extracting(BackgroundJobs.JobState::retryable, BackgroundJobs.JobState::inputKept).containsExactly(true, true);

        assertThat(jobs.deleteExpiredInputs(Instant.now())).as("within the window").isZero();
        assertThat(jobs.deleteExpiredInputs(Instant.now().plus(Duration.ofDays(2)))).isGreaterThanOrEqualTo(1);
        assertThat(db.count("select count(*) from background_job where id = ? and input is null and not retryable", job)).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> jobs.retry(job))).as("nothing left to retry with").isFalse();
    }

    @Test
    void scheduledWorkRunsOncePerPeriodHoweverManyReplicasTriggerIt() throws Exception {
        String name = "test-once-" + System.nanoTime();
        AtomicInteger runs = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ScheduledOnce.Run> answers = new ArrayList<>();
        try {
            List<Future<ScheduledOnce.Run>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(pool.submit(() -> {
                    start.await();
                    return once.run(name, "2031-01-01", () -> {
                        runs.incrementAndGet();
                        try {
                            Thread.sleep(300); // long enough for the other trigger to arrive while this one runs
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return "did it";
                    });
                }));
            }
            for (Future<ScheduledOnce.Run> f : both) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(runs.get()).isEqualTo(1);
        assertThat(answers).extracting(ScheduledOnce.Run::ranNow).containsExactlyInAnyOrder(true, false);
        assertThat(answers).extracting(ScheduledOnce.Run::summary).containsOnly("did it");

        // a later trigger in the same period does not run it again; the next period does
        assertThat(once.run(name, "2031-01-01", () -> "again").ranNow()).isFalse();
        assertThat(once.run(name, "2031-01-02", () -> "next day").ranNow()).isTrue();
        assertThat(db.count("select count(*) from scheduled_run where job_name = ?", name)).isEqualTo(2);

        // work that fails leaves no claim: the next trigger runs it
        try {
            once.run(name, "2031-01-03", () -> {
                throw new IllegalStateException("broken");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back with the claim
        }
        assertThat(db.count("select count(*) from scheduled_run where job_name = ? and period = '2031-01-03'", name)).isZero();
        assertThat(once.run(name, "2031-01-03", () -> "fixed").ranNow()).isTrue();
    }
}
