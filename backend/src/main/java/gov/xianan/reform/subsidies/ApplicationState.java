package gov.xianan.reform.subsidies;

/**
 * Where an application stands: draft → submitted → reviewed → approved → disbursed; a return sends
 * it back to draft (with a reason), a rejection ends it (with a reason).
 */
public enum ApplicationState {
    /** 草稿: being entered, may be changed. */
    DRAFT("草稿"),
    /** 已提交: waiting for review. */
    SUBMITTED("已提交"),
    /** 已审核: reviewed, waiting for approval. */
    REVIEWED("已审核"),
    /** 已批准: the amount is committed against the fund. */
    APPROVED("已批准"),
    /** 已驳回: refused for good. */
    REJECTED("已驳回"),
    /** 已发放: paid out. */
    DISBURSED("已发放");

    private final String label;

    ApplicationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
