package gov.xianan.reform.common.error;

import java.util.List;

/**
 * Thrown by services to end a request with a problem: a rule was broken (409), a record is not
 * there or not visible to the caller (404), a stale version (409/412), a refused action (403).
 * The message is the problem's {@code detail}, written for the user.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final List<Problem.FieldError> errors;
    private final Long retryAfterSeconds;

    public ProblemException(int status, String type, String detail) {
        this(status, type, detail, null);
    }

    public ProblemException(int status, String type, String detail, List<Problem.FieldError> errors) {
        this(status, type, detail, errors, null);
    }

    private ProblemException(int status, String type, String detail, List<Problem.FieldError> errors, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * A refusal the caller may simply repeat later (429 too many requests, 503 unavailable): the
     * answer carries {@code Retry-After} with this many seconds (at least 1).
     */
    public static ProblemException retryLater(int status, String type, String detail, long retryAfterSeconds) {
        return new ProblemException(status, type, detail, null, Math.max(1, retryAfterSeconds));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "/problems/not-found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "/problems/conflict", detail);
    }

    public static ProblemException staleVersion(String detail) {
        return new ProblemException(409, "/problems/stale-version", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "/problems/forbidden", detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "/problems/validation", message, List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /** Seconds for the {@code Retry-After} header, or null when repeating the request will not help. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
