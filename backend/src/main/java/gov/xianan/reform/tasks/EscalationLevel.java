package gov.xianan.reform.tasks;

/** The steps of an unanswered supervision notice, in order; each is taken once, a configured number of days after the reply deadline. */
public enum EscalationLevel {
    /** 提醒 */
    REMINDER("提醒"),
    /** 催办 */
    URGE("催办"),
    /** 通报: reported to the lead unit */
    NOTIFY_LEAD("通报");

    public final String label;

    EscalationLevel(String label) {
        this.label = label;
    }
}
