package gov.xianan.reform.subsidies;

/**
 * Which subsidy applications a caller lists and reads, so that the web app offers 补贴申请 only to
 * those for whom the list answers (the API refuses the others with 403).
 */
public enum SubsidyApplicationScope {
    /** Every fund's applications (the lead unit, holders of {@code lead}). */
    ALL,
    /** The applications under the funds of the caller's own department. */
    DEPARTMENT
}
