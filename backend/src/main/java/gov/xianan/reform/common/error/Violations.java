package gov.xianan.reform.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects the field errors a service finds beyond Bean Validation, then fails once with all of them. */
public final class Violations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    /** A 400 validation problem listing every error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "/problems/validation", detail, errors());
        }
    }
}
