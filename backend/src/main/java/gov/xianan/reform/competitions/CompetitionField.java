package gov.xianan.reform.competitions;

/** The fields the review aims labour competitions at. */
public enum CompetitionField {
    /** 重点项目 */
    KEY_PROJECTS,
    /** 新兴产业 */
    EMERGING_INDUSTRIES,
    /** 非公企业 */
    NON_PUBLIC,
    /** 小微企业 */
    SMALL_MICRO,
    /** 节能减排降耗 */
    ENERGY_SAVING
}
