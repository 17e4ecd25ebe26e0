package gov.xianan.reform.registry;

/** Political posts held by workers. */
public enum PostType {
    /** 党代会代表 */
    PARTY_CONGRESS_DELEGATE,
    /** 人大代表 */
    PEOPLES_CONGRESS_DEPUTY,
    /** 政协委员 */
    CPPCC_MEMBER,
    /** 工会代表大会代表 */
    UNION_CONGRESS_DELEGATE,
    OTHER
}
