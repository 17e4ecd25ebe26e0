package gov.xianan.reform.registry;

/** 企业性质: 公有制 or 非公有制. */
public enum Ownership {
    PUBLIC, NON_PUBLIC
}
