package gov.xianan.reform.subsidies;

/** The kinds of training subsidy programme; one worker is paid once per kind and year. */
public enum ProgrammeKind {
    /** 以工代训 */
    WORK_FOR_TRAINING("以工代训"),
    /** 岗前培训 */
    PRE_JOB_TRAINING("岗前培训"),
    /** 在岗技能提升培训 */
    ON_JOB_UPGRADING("在岗技能提升培训"),
    /** 转岗培训 */
    JOB_TRANSFER_TRAINING("转岗培训"),
    /** 职业技能等级认定补贴 */
    SKILL_CERTIFICATION("职业技能等级认定补贴");

    private final String label;

    ProgrammeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
