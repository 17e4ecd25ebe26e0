package gov.xianan.reform.tasks;

/** Entries of a task's timeline. */
public enum TaskEventKind {
    CREATED, UPDATED, REPORT_FILED, ATTACHMENT_ADDED, NOTICE_ISSUED, NOTICE_ACKNOWLEDGED, STATUS_CHANGED, SUSPENDED, REOPENED, REMINDER_SENT
}
