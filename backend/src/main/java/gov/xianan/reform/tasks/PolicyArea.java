package gov.xianan.reform.tasks;

/** The policy areas of the reform programme a task belongs to. */
public enum PolicyArea {
    /** 思想引领 */
    IDEOLOGY("思想引领"),
    /** 技能提升 */
    SKILLS("技能提升"),
    /** 权益维护 */
    RIGHTS("权益维护"),
    /** 安全生产 */
    SAFETY("安全生产"),
    /** 子女教育 */
    CHILD_EDUCATION("子女教育"),
    /** 规划保障 */
    PLANNING("规划保障"),
    /** 组织建设 */
    ORGANISATION("组织建设"),
    /** 其他 */
    OTHER("其他");

    public final String label;

    PolicyArea(String label) {
        this.label = label;
    }
}
