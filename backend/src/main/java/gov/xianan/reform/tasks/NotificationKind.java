package gov.xianan.reform.tasks;

/** What a notification is about. */
public enum NotificationKind {
    /** 到期提醒: the deadline is near */
    REMINDER,
    /** 督办 or an answer to one */
    NOTICE,
    /** 新任务: the department was assigned a task */
    ASSIGNMENT,
    /** 逾期: the deadline passed and the task is not completed */
    OVERDUE,
    /** 督办升级: an unanswered notice escalated (提醒, 催办, 通报) */
    ESCALATION,
    /** 延期申请 or its decision */
    EXTENSION,
    /** 验收: signed off or sent back */
    SIGN_OFF
}
