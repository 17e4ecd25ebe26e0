package gov.xianan.reform.registry;

/** 企业规模: 大型, 中型, 小型, 微型. */
public enum EnterpriseSize {
    LARGE, MEDIUM, SMALL, MICRO
}
