package gov.xianan.reform.common.security;

/**
 * The functional realm roles of Keycloak realm {@code xianan}; the one place role names are spelled.
 * Meanings are in DESIGN.md ("Security model").
 */
public final class Roles {
    /** Reference data, departments, audit log. */
    public static final String ADMIN = "admin";
    /** Lead-unit leaders: read all, create, assign and supervise tasks. */
    public static final String LEAD = "lead";
    /** Work inside the own department's scope. */
    public static final String STAFF = "staff";
    /** Create and edit enterprises, workers, honours. */
    public static final String REGISTRY_EDITOR = "registry-editor";
    /** See unmasked ID numbers and phone numbers; every such read is logged. */
    public static final String PII_READER = "pii-reader";
    /** Review subsidy applications. */
    public static final String SUBSIDY_REVIEWER = "subsidy-reviewer";
    /** Approve, reject and disburse subsidy applications (never one they reviewed). */
    public static final String SUBSIDY_APPROVER = "subsidy-approver";
    /** Run competitions for the own department. */
    public static final String COMPETITION_ORGANIZER = "competition-organizer";
    /** Aggregates and anonymised exports only. */
    public static final String ANALYST = "analyst";

    /** Every functional role; anything else in a token (default-roles-xianan, offline_access…) is not ours. */
    public static final java.util.List<String> ALL = java.util.List.of(
            ADMIN, LEAD, STAFF, REGISTRY_EDITOR, PII_READER, SUBSIDY_REVIEWER, SUBSIDY_APPROVER,
            COMPETITION_ORGANIZER, ANALYST);

    private Roles() {
    }
}
