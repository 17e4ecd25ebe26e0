package gov.xianan.reform.registry;

/**
 * The national vocational skill scale. The seed groups it into three tiers: 普工 (none),
 * 初中级技工 (junior, intermediate) and 高级技工和技师 (senior, technician, senior technician).
 */
public enum SkillLevel {
    /** 普工 */
    NONE(SkillTier.GENERAL),
    /** 初级工 */
    JUNIOR(SkillTier.JUNIOR_INTERMEDIATE),
    /** 中级工 */
    INTERMEDIATE(SkillTier.JUNIOR_INTERMEDIATE),
    /** 高级工 */
    SENIOR(SkillTier.SENIOR_TECHNICIAN),
    /** 技师 */
    TECHNICIAN(SkillTier.SENIOR_TECHNICIAN),
    /** 高级技师 */
    SENIOR_TECHNICIAN(SkillTier.SENIOR_TECHNICIAN);

    private final SkillTier tier;

    SkillLevel(SkillTier tier) {
        this.tier = tier;
    }

    public SkillTier tier() {
        return tier;
    }

    /** The seed's three tiers. */
    public enum SkillTier {
        /** 普工 */
        GENERAL,
        /** 初中级技工 */
        JUNIOR_INTERMEDIATE,
        /** 高级技工和技师 */
        SENIOR_TECHNICIAN
    }
}
