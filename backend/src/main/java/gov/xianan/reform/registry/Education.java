package gov.xianan.reform.registry;

/** 文化程度 in the seed's four bands. */
public enum Education {
    /** 初中以下 */
    BELOW_JUNIOR_HIGH,
    /** 初中 */
    JUNIOR_HIGH,
    /** 高中及中专 */
    SENIOR_HIGH,
    /** 大专以上 */
    COLLEGE_OR_ABOVE
}
