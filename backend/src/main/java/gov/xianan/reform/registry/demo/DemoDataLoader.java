package gov.xianan.reform.registry.demo;

import gov.xianan.reform.common.time.ClockProducer;

import java.sql.Connection;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Loads the demo registry at startup of `make run` (dev profile) into an empty registry. */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    @Inject
    DemoDataConfig config;

    @Inject
    DataSource dataSource;

    void onStart(@Observes StartupEvent event) throws Exception {
        if (!config.loadAtStartup()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (var rs = c.createStatement().executeQuery("select exists (select 1 from worker)")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    return;
                }
            }
            // the seed's figures as of 31 December 2020, then the district moves on to today
            DemoDataGenerator.Result r = new DemoDataGenerator(c, config.seed(), LocalDate.now(ClockProducer.ZONE))
                    .withHistory(DemoDataGenerator.SEED_DATE).generate(config.workers());
            LOG.infof("Demo data: %d enterprises, %d workers on %s (%d joined, %d left since), %d honours, %d political posts in %d ms",
                    r.enterprises(), r.workers(), DemoDataGenerator.SEED_DATE, r.joined(), r.left(), r.honours(), r.politicalPosts(), r.millis());
        }
    }
}
