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

    public ProblemException(int status, String type, String detail) {
        this(status, type, detail, null);
    }

    public ProblemException(int status, String type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors;
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
}
