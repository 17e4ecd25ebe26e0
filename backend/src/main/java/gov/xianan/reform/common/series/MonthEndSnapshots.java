package gov.xianan.reform.common.series;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.jobs.ScheduledOnce;
import gov.xianan.reform.common.time.ClockProducer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Materialises the month-end snapshots: once per month across all replicas ({@link ScheduledOnce},
 * period = the month that ended), the job writes every aggregate's table for the last month end
 * ({@code MONTH_END}) and back-fills every earlier month end since {@code xianan.series.start} that
 * has none ({@code BACKFILL}, recomputed from the dated records). Idempotent: a month end that has
 * a snapshot is never rewritten, and the claim commits with the snapshots. The trigger runs every
 * few hours so that a month end missed while the service was down is caught up.
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

    @ConfigProperty(name = "xianan.series.start", defaultValue = "2019-01")
    YearMonth start;

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

    /** The last month end's snapshots (and the back-fill) unless they were taken for that month on any replica. */
    public ScheduledOnce.Run runOncePerMonth(LocalDate today) {
        LocalDate lastMonthEnd = DisclosurePolicy.referenceDate(null, today);
        return once.run(JOB_NAME, YearMonth.from(lastMonthEnd).toString(), () -> materialise(lastMonthEnd));
    }

    /** Writes the missing snapshots up to the month end; the summary says how many. Joins the caller's transaction. */
    public String materialise(LocalDate lastMonthEnd) {
        List<String> done = new ArrayList<>();
        for (SnapshotSource source : sources) {
            Set<LocalDate> existing = snapshots.monthEnds(source.aggregate());
            int taken = 0;
            int backfilled = 0;
            for (YearMonth m = start; !m.atEndOfMonth().isAfter(lastMonthEnd); m = m.plusMonths(1)) {
                LocalDate end = m.atEndOfMonth();
                if (existing.contains(end)) {
                    continue;
                }
                boolean last = end.equals(lastMonthEnd);
                if (snapshots.save(source.aggregate(), end, source.table(end, last),
                        last ? StatisticsSnapshots.Method.MONTH_END : StatisticsSnapshots.Method.BACKFILL)) {
                    if (last) {
                        taken++;
                    } else {
                        backfilled++;
                    }
                }
            }
            done.add("%s: %d 月末快照, %d 补录 / %d month-end, %d back-filled".formatted(source.aggregate(), taken, backfilled, taken, backfilled));
        }
        return String.join("; ", done);
    }
}
