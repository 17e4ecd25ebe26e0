package gov.xianan.reform.integration.feed.service;

import java.time.Clock;
import java.time.LocalDate;

import gov.xianan.reform.common.jobs.ScheduledOnce;
import gov.xianan.reform.integration.IntegrationConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deletes change events older than {@code xianan.integration.change-retention}, once a day across replicas. */
@ApplicationScoped
public class ChangeRetention {

    @Inject
    ScheduledOnce once;

    @Inject
    ChangeLog log;

    @Inject
    IntegrationConfig config;

    @Inject
    Clock clock;

    @Scheduled(cron = "0 30 2 * * ?", timeZone = "Asia/Shanghai", identity = "change-retention")
    void scheduled() {
        once.run("change-retention", LocalDate.now(clock).toString(),
                () -> log.deleteOlderThan(clock.instant().minus(config.changeRetention())) + " change events deleted");
    }
}
