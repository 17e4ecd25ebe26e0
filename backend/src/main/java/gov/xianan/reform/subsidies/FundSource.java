package gov.xianan.reform.subsidies;

/** Where a fund's money comes from (the seed's three sources of training subsidy money). */
public enum FundSource {
    /** 上级就业补助资金: upper-level employment subsidy. */
    EMPLOYMENT_SUBSIDY("就业补助资金"),
    /** 以工代训专账资金: the 以工代训 special account. */
    WORK_FOR_TRAINING_ACCOUNT("以工代训专账资金"),
    /** 地方配套资金: local matching budget. */
    LOCAL_MATCHING("地方配套资金");

    private final String label;

    FundSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
