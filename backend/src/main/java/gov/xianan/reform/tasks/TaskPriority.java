package gov.xianan.reform.tasks;

/** 高 / 中 / 低 */
public enum TaskPriority {
    HIGH, MEDIUM, LOW
}
