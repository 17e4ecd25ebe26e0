package gov.xianan.reform.competitions;

/** 报名 → 资格审核 → 评分 → 公示 → 结束: a competition only ever moves one step forward. */
public enum CompetitionStage {
    /** 报名 */
    REGISTRATION,
    /** 资格审核 */
    REVIEW,
    /** 评分 (the judge list is locked) */
    SCORING,
    /** 公示 (objections may be recorded) */
    PUBLICATION,
    /** 结束 (awards written to the registry) */
    CLOSED;

    /** The one stage after this, or null after CLOSED. */
    public CompetitionStage next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean atLeast(CompetitionStage other) {
        return ordinal() >= other.ordinal();
    }

    public String label() {
        return switch (this) {
            case REGISTRATION -> "报名";
            case REVIEW -> "资格审核";
            case SCORING -> "评分";
            case PUBLICATION -> "公示";
            case CLOSED -> "结束";
        };
    }
}
