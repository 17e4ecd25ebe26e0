package gov.xianan.reform.common.observability;

import java.util.regex.Pattern;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps ids out of the {@code uri} label of {@code http_server_requests_seconds}. A request the
 * JAX-RS router serves is labelled with its path template ({@code /api/v1/workers/{id}}); one
 * answered before it (a CORS preflight, a refused origin) would be labelled with its raw path. For
 * those, numeric, UUID and ID-number-like segments become {@code {id}} in the template Micrometer
 * reads ({@value #TEMPLATE_KEY}, the context local RESTEasy Reactive sets for matched requests).
 */
@ApplicationScoped
public class RouteTemplates {

    static final String TEMPLATE_KEY = "UrlPathTemplate";
    /** Digits (an ID number may end in X), UUIDs, and anything percent-encoded. */
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "(?<=/)(?:[0-9]+[Xx]?|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[^/]*%[^/]*)(?=/|$)");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> {
                if (rc.request() instanceof HttpServerRequestInternal internal) {
                    Context context = internal.context();
                    if (context.getLocal(TEMPLATE_KEY) == null) {
                        context.putLocal(TEMPLATE_KEY, template(rc.normalizedPath()));
                    }
                }
            });
            rc.next();
        }, 9_999);
    }

    static String template(String path) {
        return ID_SEGMENT.matcher(path).replaceAll("{id}");
    }
}
