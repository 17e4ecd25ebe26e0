package gov.xianan.reform.tasks;

/** A task's status; all but SUSPENDED follow from the data (see TaskStatusRules). */
public enum TaskStatus {
    /** 未开始 */
    NOT_STARTED("未开始"),
    /** 进行中 */
    IN_PROGRESS("进行中"),
    /** 待验收: the target is reached, the lead unit has not signed off yet */
    PENDING_SIGN_OFF("待验收"),
    /** 已完成: signed off by the lead unit */
    COMPLETED("已完成"),
    /** 已逾期 */
    OVERDUE("已逾期"),
    /** 已暂停: set by the lead unit with a reason */
    SUSPENDED("已暂停");

    public final String label;

    TaskStatus(String label) {
        this.label = label;
    }
}
