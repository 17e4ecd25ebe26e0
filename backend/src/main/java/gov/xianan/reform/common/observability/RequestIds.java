package gov.xianan.reform.common.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * One id per request that ties an answer to its log lines: the caller's {@code X-Request-Id} when it
 * is short and harmless, else the OpenTelemetry trace id when tracing is on, else a fresh one. It goes
 * into the logging MDC (key {@value #MDC_KEY}: in the console format and in JSON logs), back to the
 * caller as the {@code X-Request-Id} header of every answer, and into every problem body
 * ({@code requestId}).
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Letters, digits and {@code . _ : -}, at most 64: enough for UUIDs and trace ids, nothing to inject into a log line. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** Before the security headers and everything else, so that even a refused request carries its id. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = choose(rc.request().getHeader(HEADER));
            MDC.put(MDC_KEY, id);
            rc.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        }, PRIORITY);
    }

    /** The id of the request being served, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String choose(String incoming) {
        if (incoming != null && SAFE.matcher(incoming).matches()) {
            return incoming;
        }
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            return span.getTraceId();
        }
        return UUID.randomUUID().toString();
    }
}
