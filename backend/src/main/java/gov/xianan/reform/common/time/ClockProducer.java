package gov.xianan.reform.common.time;

import java.time.Clock;
import java.time.ZoneId;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Xian'an's clock: every "today" of the API is a date in Asia/Shanghai, whatever the server's own
 * zone (a UTC server would otherwise refuse a disbursement dated today before 08:00 in Xian'an).
 * The task rules read it as a bean (deadlines, reminders, overdue), so that tests replace it
 * (QuarkusMock) and drive the daily check through any date; the others use {@link #ZONE}. {@code @DefaultBean}: a
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
