package gov.xianan.reform.common.limits;

import java.io.OutputStream;
import java.util.Optional;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Applies {@link Limited}: the caller's token bucket first (429), then, for a streaming export, a
 * cluster-wide slot (503) held until the body is written or the connection ends.
 */
@Limited(Limited.Kind.EXPORT)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class LimitsInterceptor {

    @Inject
    RateLimiter limiter;

    @Inject
    ExportSlots slots;

    @Inject
    RateLimitConfig config;

    @Inject
    CurrentUser user;

    @Inject
    Instance<RoutingContext> routing;

    @AroundInvoke
    Object limit(InvocationContext ctx) throws Exception {
        Limited limited = ctx.getMethod().getAnnotation(Limited.class);
        if (limited == null) {
            limited = ctx.getMethod().getDeclaringClass().getAnnotation(Limited.class);
        }
        if (limited == null) {
            return ctx.proceed();
        }
        String client = user.clientKey();
        limiter.take(limited.value(), client);
        if (!limited.exportSlot()) {
            return ctx.proceed();
        }
        Optional<ExportSlots.Slot> taken = slots.tryAcquire();
        if (taken.isEmpty()) {
            limiter.giveBack(limited.value(), client);
            long seconds = Math.max(1, config.exportsBusyRetryAfter().toSeconds());
            throw ProblemException.retryLater(503, "/problems/exports-busy",
                    "同时进行的导出已达上限(" + config.concurrentExports() + " 个),请 " + seconds + " 秒后重试"
                            + " / All " + config.concurrentExports() + " export slots are busy; retry in " + seconds + " s",
                    seconds);
        }
        ExportSlots.Slot slot = taken.get();
        boolean handedOver = false;
        try {
            Object result = ctx.proceed();
            if (result instanceof Response r && r.getEntity() instanceof StreamingOutput body) {
                releaseWhenTheResponseEnds(slot);
                handedOver = true;
                StreamingOutput holding = (OutputStream out) -> {
                    try {
                        body.write(out);
                    } finally {
                        slot.close();
                    }
                };
                return Response.fromResponse(r).entity(holding).build();
            }
            return result;
        } finally {
            if (!handedOver) {
                slot.close();
            }
        }
    }

    /** Also frees the slot when the client goes away before the body is written. */
    private void releaseWhenTheResponseEnds(ExportSlots.Slot slot) {
        if (routing.isResolvable()) {
            RoutingContext rc = routing.get();
            rc.addEndHandler(done -> rc.vertx().executeBlocking(() -> {
                slot.close();
                return null;
            }, false));
        }
    }
}
