package gov.xianan.reform.common.error;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Collects the field errors a service finds beyond Bean Validation, then fails once with all of them. */
public final class Violations {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    /**
     * A query or form value as one of an enum's constants (case-insensitive); a blank value is
     * null, an unknown one is a field error naming the allowed values.
     */
    public <E extends Enum<E>> E parseEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            add(field, "无效的取值“" + value + "”,可选: " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
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
