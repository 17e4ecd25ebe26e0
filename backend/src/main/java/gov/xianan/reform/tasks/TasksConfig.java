package gov.xianan.reform.tasks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Reform tasks: the daily check and evidence uploads. */
@ConfigMapping(prefix = "xianan.tasks")
public interface TasksConfig {

    /** How many days before a deadline the assigned departments get a reminder (once per task). */
    @WithDefault("7")
    int reminderDays();

    /** When the daily check runs (Quartz cron, Asia/Shanghai); {@code off} disables it (tests call it directly). */
    @WithDefault("0 30 1 * * ?")
    String checkCron();

    /** When an unanswered supervision notice escalates: days after its reply deadline per level. */
    Escalation escalation();

    interface Escalation {
        /** 提醒: days after the reply deadline. */
        @WithDefault("1")
        int reminderDays();

        /** 催办: days after the reply deadline. */
        @WithDefault("3")
        int urgeDays();

        /** 通报 to the lead unit: days after the reply deadline. */
        @WithDefault("7")
        int notifyLeadDays();
    }

    /** Largest evidence file accepted, in bytes (10 MB); bigger uploads answer 413. */
    @WithDefault("10485760")
    long maxAttachmentBytes();
}
