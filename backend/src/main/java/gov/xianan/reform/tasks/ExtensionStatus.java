package gov.xianan.reform.tasks;

/** Where an extension request (延期申请) stands. */
public enum ExtensionStatus {
    /** 待审批 */
    PENDING("待审批"),
    /** 已批准: the task's deadline moved */
    APPROVED("已批准"),
    /** 已驳回 */
    REFUSED("已驳回");

    public final String label;

    ExtensionStatus(String label) {
        this.label = label;
    }
}
