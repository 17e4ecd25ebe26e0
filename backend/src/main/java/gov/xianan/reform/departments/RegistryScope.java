package gov.xianan.reform.departments;

/**
 * How much of the workers' registry a department's staff may list, export and read (the principle
 * of minimum necessity, DESIGN.md "Registry by minimum necessity"). A property of the department
 * row, so that no code asks which department a caller belongs to.
 */
public enum RegistryScope {
    /** The whole registry (the lead unit). */
    ALL,
    /** The enterprises located in the development zone and their workers. */
    DEV_ZONE,
    /** No list or export: a minimal lookup and the workers linked to the department's own records. */
    LINKED
}
