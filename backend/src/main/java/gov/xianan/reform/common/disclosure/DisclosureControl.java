package gov.xianan.reform.common.disclosure;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The disclosure policy applied to the caller of this request: whether their aggregates are
 * protected, and the refusal of filters that would let them difference hidden cells out.
 */
@RequestScoped
public class DisclosureControl {

    /** Problem type of a filter refused to a protected caller. */
    public static final String REFUSED_FILTER = "/problems/disclosure-control";

    @Inject
    ExactFiguresAudience audience;

    @Inject
    AuditLog audit;

    /** True unless the caller sees exact figures (the lead unit). */
    public boolean protects() {
        return !audience.seesExactFigures();
    }

    /**
     * Refuses a filter to a protected caller: 403 problem naming the rule, logged as SCOPE_DENIED
     * with the endpoint and the filter value.
     */
    public ProblemException refuseFilter(String endpoint, String filter, String value, String detail) {
        audit.record(AuditLog.Action.SCOPE_DENIED, "Statistics", endpoint, "DENIED", "filter " + filter + "=" + value + " refused: " + detail);
        return new ProblemException(403, REFUSED_FILTER, detail);
    }
}
