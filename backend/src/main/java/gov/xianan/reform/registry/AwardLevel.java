package gov.xianan.reform.registry;

/** 全国 / 省 / 市 / 区 */
public enum AwardLevel {
    NATIONAL, PROVINCIAL, CITY, DISTRICT
}
