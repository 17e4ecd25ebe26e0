package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.ZoneId;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The clock the task rules read "today" from (deadlines, reminders, overdue). A bean, so that tests
 * replace it (QuarkusMock) and drive the daily check through any date. {@code @DefaultBean}: a
 * shared clock producer elsewhere takes precedence without ambiguity.
 */
@ApplicationScoped
public class ClockProducer {

    /** Deadlines are Xian'an dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
