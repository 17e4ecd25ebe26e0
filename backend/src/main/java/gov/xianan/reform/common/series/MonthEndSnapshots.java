package gov.xianan.reform.common.series;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.jobs.ScheduledOnce;
import gov.xianan.reform.common.time.ClockProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Materialises the month-end snapshots: once per month across all replicas ({@link ScheduledOnce},
 * period = the month that ended), the job writes every aggregate's table for the last month end
 * ({@code MONTH_END}) and back-fills every earlier month end since {@code xianan.series.start} that
 * has none ({@code BACKFILL}, recomputed from the dated records). Idempotent: a month end that has
 * a snapshot is never rewritten. The trigger runs every few hours so that a month end missed while
 * the service was down is caught up.
 *
 * <p>Each back-filled month end of each aggregate is its own transaction, so that a province-scale
 * registry (a full pass of about 12 s per month end at ten million workers) never meets the
 * transaction timeout with seven years of month ends, and a failure keeps the month ends done before
 * it. While one replica computes a month end it holds a transaction-level advisory lock on it; a
 * replica that finds the lock taken leaves that month end to it. The last month end's snapshots
 * commit with the month's claim.
 */
@ApplicationScoped
public class MonthEndSnapshots {

    private static final Logger LOG = Logger.getLogger(MonthEndSnapshots.class);

    /** The name of its once-per-month claim in {@code scheduled_run}. */
    public static final String JOB_NAME = "statistics-month-end-snapshots";

    @Inject
    ScheduledOnce once;

    @Inject
    StatisticsSnapshots snapshots;

    @Inject
    Instance<SnapshotSource> sources;

    @Inject
    EntityManager em;

    @ConfigProperty(name = "xianan.series.start", defaultValue = "2019-01")
    YearMonth start;

    /** The transaction timeout of one back-filled month end of one aggregate. */
    @ConfigProperty(name = "xianan.series.month-end-timeout", defaultValue = "PT5M")
    Duration monthEndTimeout;

    @Scheduled(every = "{xianan.series.snapshot-every}", delayed = "{xianan.series.snapshot-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = JOB_NAME)
    void scheduled() {
        ScheduledOnce.Run r = runOncePerMonth(LocalDate.now(ClockProducer.ZONE));
        if (r.ranNow()) {
            LOG.infof("Month-end snapshots %s: %s", r.period(), r.summary());
        }
    }

    /** The first month of the series. */
    public YearMonth start() {
        return start;
    }

    /**
     * The back-fill of the month ends before the last (each its own transaction, on every trigger:
     * it finds nothing to do once done), then the last month end's snapshots unless they were taken
     * for that month on any replica.
     */
    public ScheduledOnce.Run runOncePerMonth(LocalDate today) {
        LocalDate lastMonthEnd = DisclosurePolicy.referenceDate(null, today);
        Map<String, Integer> backfilled = new HashMap<>();
        for (SnapshotSource source : sources) {
            backfilled.put(source.aggregate(), backfill(source, lastMonthEnd));
        }
        return once.run(JOB_NAME, YearMonth.from(lastMonthEnd).toString(), () -> {
            List<String> done = new ArrayList<>();
            for (SnapshotSource source : sources) {
                int taken = snapshots.save(source.aggregate(), lastMonthEnd, source.table(lastMonthEnd, true), StatisticsSnapshots.Method.MONTH_END) ? 1 : 0;
                done.add(summary(source, taken, backfilled.getOrDefault(source.aggregate(), 0)));
            }
            return String.join("; ", done);
        });
    }

    /**
     * Writes the missing snapshots up to the month end, each month end of each aggregate in its own
     * transaction (never the caller's); the summary says how many.
     */
    public String materialise(LocalDate lastMonthEnd) {
        List<String> done = new ArrayList<>();
        for (SnapshotSource source : sources) {
            int backfilled = backfill(source, lastMonthEnd);
            int taken = inOwnTransaction(source, lastMonthEnd, true) ? 1 : 0;
            done.add(summary(source, taken, backfilled));
        }
        return String.join("; ", done);
    }

    /**
     * Back-fills the aggregate's month ends before {@code lastMonthEnd} that have no snapshot, one
     * transaction each; the number this call wrote (a month end another replica is writing is left
     * to it). A failing month end ends the call; the ones written before it stay.
     */
    public int backfill(SnapshotSource source, LocalDate lastMonthEnd) {
        Set<LocalDate> existing = snapshots.monthEnds(source.aggregate());
        int written = 0;
        for (YearMonth m = start; m.atEndOfMonth().isBefore(lastMonthEnd); m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            if (!existing.contains(end) && inOwnTransaction(source, end, false)) {
                written++;
            }
        }
        return written;
    }

    private boolean inOwnTransaction(SnapshotSource source, LocalDate monthEnd, boolean last) {
        return QuarkusTransaction.requiringNew().timeout((int) monthEndTimeout.toSeconds()).call(() -> {
            if (!claimMonthEnd(source.aggregate(), monthEnd)) {
                return false; // another replica is writing it now
            }
            return snapshots.save(source.aggregate(), monthEnd, source.table(monthEnd, last),
                    last ? StatisticsSnapshots.Method.MONTH_END : StatisticsSnapshots.Method.BACKFILL);
        });
    }

    /**
     * The month end's advisory lock for this transaction, unless another transaction holds it; then
     * false. Released when the transaction ends.
     */
    private boolean claimMonthEnd(String aggregate, LocalDate monthEnd) {
        return AdvisoryLocks.tryLock(em, AdvisoryLocks.Space.MONTH_END_SNAPSHOT, lockName(aggregate, monthEnd));
    }

    /** The name of a month end's lock in {@link AdvisoryLocks.Space#MONTH_END_SNAPSHOT}. */
    public static String lockName(String aggregate, LocalDate monthEnd) {
        return aggregate + "/" + monthEnd;
    }

    private static String summary(SnapshotSource source, int taken, int backfilled) {
        return "%s: %d 月末快照, %d 补录 / %d month-end, %d back-filled".formatted(source.aggregate(), taken, backfilled, taken, backfilled);
    }
}
