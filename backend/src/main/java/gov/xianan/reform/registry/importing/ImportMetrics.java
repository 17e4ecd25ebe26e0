package gov.xianan.reform.registry.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.observability.DatabaseGauge;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Business meters of worker imports: {@code xianan_import_rows_processed_total} (a counter by phase,
 * so that {@code rate()} gives rows per second) and {@code xianan_background_jobs} (jobs by kind and
 * state, read from {@code import_job}). The gauge is refreshed on every replica: it is a read, and
 * each replica then reports the whole database (dashboards take the max over instances).
 */
@Startup
@ApplicationScoped
public class ImportMetrics {

    private static final Logger LOG = Logger.getLogger(ImportMetrics.class);

    private final Counter validated;
    private final Counter written;
    private final DatabaseGauge jobs;

    @Inject
    DataSource dataSource;

    @Inject
    ImportMetrics(MeterRegistry registry) {
        String rows = "xianan.import.rows.processed";
        String rowsHelp = "Rows of uploaded worker files processed: phase=validate (read and checked), phase=write (written to the registry)";
        validated = Counter.builder(rows).description(rowsHelp).tag("phase", "validate").register(registry);
        written = Counter.builder(rows).description(rowsHelp).tag("phase", "write").register(registry);
        jobs = new DatabaseGauge(registry, "xianan.background.jobs",
                "Background jobs in the database by kind and state (import_job: QUEUED, VALIDATING, IMPORTING, VALIDATED, SUCCEEDED, FAILED)", null);
        for (ImportJob.Status s : ImportJob.Status.values()) {
            jobs.preset(Tags.of("kind", "workers", "state", s.name()));
        }
    }

    /** One row read and checked. */
    public void rowValidated() {
        validated.increment();
    }

    /** One row handed to the registry writer. */
    public void rowWritten() {
        written.increment();
    }

    @Scheduled(every = "{xianan.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "import-metrics")
    public void refresh() {
        Map<Tags, Long> counts = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select kind, status, count(*) from import_job group by kind, status");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(Tags.of("kind", rs.getString(1), "state", rs.getString(2)), rs.getLong(3));
            }
        } catch (SQLException e) {
            // the gauges keep their last values; the pool and health meters tell why
            LOG.warnf("Job metrics not refreshed: %s", e.getMessage());
            return;
        }
        jobs.set(counts);
    }
}
