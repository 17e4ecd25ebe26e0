package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.observability.DatabaseGauge;
import gov.xianan.reform.subsidies.ApplicationState;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Business meters of training subsidies, read from the database on every replica:
 * {@code xianan_subsidy_applications} (applications by state) and the funds by year in yuan,
 * {@code xianan_subsidy_funds_committed_yuan} (approved, not yet paid),
 * {@code xianan_subsidy_funds_disbursed_yuan} and {@code xianan_subsidy_funds_budget_yuan}.
 * Only counts and sums: no enterprise, worker or fund name becomes a label.
 */
@Startup
@ApplicationScoped
public class SubsidyMetrics {

    private static final Logger LOG = Logger.getLogger(SubsidyMetrics.class);

    private final DatabaseGauge applications;
    private final DatabaseGauge committed;
    private final DatabaseGauge disbursed;
    private final DatabaseGauge budget;

    @Inject
    DataSource dataSource;

    @Inject
    SubsidyMetrics(MeterRegistry registry) {
        applications = new DatabaseGauge(registry, "xianan.subsidy.applications",
                "Training subsidy applications by state (DRAFT, SUBMITTED, REVIEWED, APPROVED, REJECTED, DISBURSED)", null);
        for (ApplicationState s : ApplicationState.values()) {
            applications.preset(Tags.of("state", s.name()));
        }
        committed = new DatabaseGauge(registry, "xianan.subsidy.funds.committed",
                "Subsidy money approved and not yet paid, by fund year, in yuan", "yuan");
        disbursed = new DatabaseGauge(registry, "xianan.subsidy.funds.disbursed",
                "Subsidy money paid out (including amounts taken over), by fund year, in yuan", "yuan");
        budget = new DatabaseGauge(registry, "xianan.subsidy.funds.budget", "Subsidy fund budgets, by fund year, in yuan", "yuan");
        // the gauge names exist from the start, with the whole of all years under year="all"
        for (DatabaseGauge g : new DatabaseGauge[] { committed, disbursed, budget }) {
            g.preset(Tags.of("year", "all"));
        }
    }

    @Scheduled(every = "{xianan.metrics.refresh-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "subsidy-metrics")
    public void refresh() {
        Map<Tags, Long> byState = new HashMap<>();
        Map<Tags, BigDecimal> committedByYear = new HashMap<>();
        Map<Tags, BigDecimal> disbursedByYear = new HashMap<>();
        Map<Tags, BigDecimal> budgetByYear = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select state, count(*) from subsidy_application group by state");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byState.put(Tags.of("state", rs.getString(1)), rs.getLong(2));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select coalesce(year::text, 'all'), coalesce(sum(committed), 0), coalesce(sum(disbursed), 0), coalesce(sum(budget), 0) from subsidy_fund group by rollup (year)");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tags year = Tags.of("year", rs.getString(1));
                    committedByYear.put(year, rs.getBigDecimal(2));
                    disbursedByYear.put(year, rs.getBigDecimal(3));
                    budgetByYear.put(year, rs.getBigDecimal(4));
                }
            }
        } catch (SQLException e) {
            // the gauges keep their last values; the pool and health meters tell why
            LOG.warnf("Subsidy metrics not refreshed: %s", e.getMessage());
            return;
        }
        applications.set(byState);
        committed.set(committedByYear);
        disbursed.set(disbursedByYear);
        budget.set(budgetByYear);
    }
}
