package gov.xianan.reform.registry;

public enum HonourCategory {
    /** 劳动模范 */
    MODEL_WORKER,
    /** 技术能手 */
    TECHNICAL_EXPERT,
    /** 工匠 */
    CRAFTSMAN,
    /** 工人先锋号 (collective) */
    WORKER_PIONEER,
    OTHER
}
