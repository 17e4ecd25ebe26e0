package gov.xianan.reform.common.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import gov.xianan.reform.common.observability.RequestIds;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The one mapping layer from exceptions to RFC 9457 problems. Whatever goes wrong, the caller gets
 * {@code application/problem+json}; bad input is a 4xx with field messages, and a 500 says nothing
 * about the server's insides (the log has the stack trace, keyed by the request id that the
 * body and the {@code X-Request-Id} header carry).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static final String RETRY_AFTER = "Retry-After";
    /** A PostgreSQL restart takes a few seconds; the pool's acquisition timeout is 5 s. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        Response r = build(e.status(), e.type(), ProblemTitles.title(e.status(), en), e.getMessage(), uri, e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(r).header(RETRY_AFTER, e.retryAfterSeconds()).build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return build(400, "/problems/validation", ProblemTitles.text(ProblemTitles.VALIDATION, en), detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    /** Named separately: Quarkus' own mapper for this type would otherwise win as the closer match. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uri, HttpHeaders headers) {
        return jsonProblem(e, uri, headers);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        return build(403, "/problems/forbidden", ProblemTitles.title(403, en), ProblemTitles.text(ProblemTitles.MISSING_ROLE, en), uri, null);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        return build(409, "/problems/stale-version", ProblemTitles.title(409, en), ProblemTitles.text(ProblemTitles.CONCURRENT_CHANGE, en), uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return jsonProblem(jpe, uri, headers);
        }
        int status = e.getResponse() != null ? e.getResponse().getStatus() : 500;
        if (status >= 500) {
            return internal(e, uri, headers);
        }
        boolean en = ProblemTitles.english(headers);
        String detail = status == 404 ? ProblemTitles.text(ProblemTitles.NO_RESOURCE, en) : null;
        Response response = build(status, "/problems/http-" + status, ProblemTitles.title(status, en), detail, uri, null);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /**
     * Everything not mapped above. A database that cannot be reached (down, restarting, pool
     * exhausted: {@link DatabaseUnavailable}) is not a server bug: 503 with {@code Retry-After}, so
     * clients and load balancers wait and repeat; whatever else is a 500.
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response internal(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, uri, headers);
        }
        boolean en = ProblemTitles.english(headers);
        return build(500, "/problems/internal", ProblemTitles.title(500, en), ProblemTitles.text(ProblemTitles.INTERNAL, en), uri, null, e);
    }

    static Response databaseUnavailable(Throwable e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        Response r = build(503, "/problems/database-unavailable", ProblemTitles.title(503, en),
                ProblemTitles.text(ProblemTitles.DATABASE_UNAVAILABLE, en), uri, null, e);
        return Response.fromResponse(r).header(RETRY_AFTER, DATABASE_RETRY_AFTER_SECONDS).build();
    }

    private Response unauthorized(UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        Response r = build(401, "/problems/unauthorized", ProblemTitles.title(401, en), ProblemTitles.text(ProblemTitles.MISSING_TOKEN, en), uri, null);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"xianan\"").build();
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        boolean en = ProblemTitles.english(headers);
        if (e instanceof UnrecognizedPropertyException upe) {
            String field = pathOf(upe);
            return build(400, "/problems/validation", ProblemTitles.text(ProblemTitles.VALIDATION, en),
                    field + ": " + ProblemTitles.text(ProblemTitles.UNKNOWN_FIELD, en), uri,
                    List.of(new Problem.FieldError(field, ProblemTitles.text(ProblemTitles.UNKNOWN_FIELD, en))));
        }
        if (e instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            String field = pathOf(mie);
            String expected = mie.getTargetType() == null ? "" : " (" + typeName(mie.getTargetType()) + ")";
            String message = ProblemTitles.text(ProblemTitles.WRONG_TYPE, en) + expected;
            return build(400, "/problems/validation", ProblemTitles.text(ProblemTitles.VALIDATION, en),
                    field + ": " + message, uri, List.of(new Problem.FieldError(field, message)));
        }
        return build(400, "/problems/malformed-json", ProblemTitles.title(400, en), ProblemTitles.text(ProblemTitles.MALFORMED_JSON, en), uri, null);
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object c : type.getEnumConstants()) {
                values.add(c.toString());
            }
            return String.join("|", values);
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** {@code update.request.name} → {@code name}; a query parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> names = new ArrayList<>();
        boolean afterParameter = false;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.RETURN_VALUE) {
                names.clear();
                names.add(node.getName());
                afterParameter = true;
                continue;
            }
            if (afterParameter) {
                // a body parameter's own name says nothing to the caller: its fields do
                names.clear();
                afterParameter = false;
            }
            String name = node.getName() == null ? "" : node.getName();
            // Hibernate Validator puts an element's index on the node *inside* the list: scores, version[0] means scores[0].version
            Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (node.isInIterable() && at != null && !names.isEmpty() && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + at + "]");
                names.add(name);
                continue;
            }
            names.add(at != null ? name + "[" + at + "]" : name);
        }
        String field = names.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }

    static Response build(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return build(status, type, title, detail, uri, errors, null);
    }

    /**
     * The problem answer, logged once: a 5xx as an error (with the stack trace when a bug caused it), a
     * 4xx at debug level. The log line carries the request id through the MDC ({@link RequestIds}),
     * the same id as in the body and the {@code X-Request-Id} header. Only the path is logged, never
     * the query string (it can carry an ID number).
     */
    static Response build(int status, String type, String title, String detail, UriInfo uri, List<Problem.FieldError> errors, Throwable cause) {
        String path = uri == null ? null : uri.getPath();
        String requestId = RequestIds.current();
        if (status == 503) {
            // a dependency is unavailable, not a bug: one line with the root cause, no stack trace
            // (an outage would otherwise flood the log with identical traces)
            LOG.warnf("%d %s on %s (request %s)%s", status, type, path, requestId, cause == null ? "" : ": " + rootCause(cause));
        } else if (status >= 500) {
            LOG.errorf(cause, "%d %s on %s (request %s)", status, type, path, requestId);
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("%d %s on %s (request %s)", status, type, path, requestId);
        }
        Problem p = new Problem(type, title, status, detail, path, errors, requestId);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
