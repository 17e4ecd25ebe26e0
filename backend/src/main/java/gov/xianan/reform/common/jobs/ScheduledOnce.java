package gov.xianan.reform.common.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Scheduled work that runs once per period across all replicas (the daily task check once a day,
 * the import clean-up once an hour). A run claims its (job name, period) row in
 * {@code scheduled_run} in the same transaction as the work: a replica that triggers the same
 * period at the same moment waits on the row until the first commits and then finds it taken; a
 * replica that triggers it later finds it too. If the work fails, its transaction rolls back with
 * the claim, so the next trigger runs it. Plain {@code @Scheduled} methods on every replica call
 * {@link #run}; an on-demand trigger calls it the same way.
 */
@ApplicationScoped
public class ScheduledOnce {

    @Inject
    DataSource dataSource;

    @Inject
    BackgroundJobs jobs;

    /**
     * A period's run. {@code ranNow}: this call did the work (otherwise another call had, see
     * {@code ranBy}, {@code ranAt}); {@code summary}: what the run did, in the words of the job.
     */
    public record Run(String jobName, String period, boolean ranNow, String ranBy, Instant ranAt, @Nullable String summary) {
    }

    /** Runs {@code work} unless this job already ran for the period; the work joins this transaction when it is transactional. */
    @Transactional
    public Run run(String jobName, String period, Supplier<String> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean claimed;
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into scheduled_run (job_name, period, claimed_by) values (?, ?, ?) on conflict (job_name, period) do nothing")) {
                ps.setString(1, jobName);
                ps.setString(2, period);
                ps.setString(3, jobs.instanceId());
                claimed = ps.executeUpdate() == 1;
            }
            if (claimed) {
                String summary = work.get();
                try (PreparedStatement ps = c.prepareStatement("update scheduled_run set summary = ? where job_name = ? and period = ?")) {
                    ps.setString(1, summary == null || summary.length() <= 1000 ? summary : summary.substring(0, 1000));
                    ps.setString(2, jobName);
                    ps.setString(3, period);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select claimed_by, claimed_at, summary from scheduled_run where job_name = ? and period = ?")) {
                ps.setString(1, jobName);
                ps.setString(2, period);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Run(jobName, period, claimed, rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
