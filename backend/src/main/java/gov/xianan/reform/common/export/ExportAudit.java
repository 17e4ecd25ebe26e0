package gov.xianan.reform.common.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.audit.service.AuditLog.Action;
import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Every export leaves two audit events, masked or not: {@code EXPORT_STARTED} before the first
 * byte (the caller, the format, masked or not, the filters — the caller masks ID numbers in them)
 * and then {@code EXPORT_FINISHED} with the row count, or {@code EXPORT_ABORTED} with the rows
 * written so far when the client cut the download or writing failed. The end event names its
 * start event ({@code export #id}). An unmasked export is also a {@code PII_READ}.
 */
@ApplicationScoped
public class ExportAudit {

    /** Outcome of a start event whose file shows ID numbers and phones masked. */
    public static final String MASKED = "MASKED";
    /** Outcome of a start event whose file shows them in clear (pii-reader). */
    public static final String UNMASKED = "UNMASKED";
    public static final String COMPLETED = "COMPLETED";
    public static final String ABORTED = "ABORTED";

    @Inject
    AuditLog audit;

    @Inject
    Instance<HttpServerRequest> requests;

    /** An export that has begun: its start event, to which the end event refers. */
    public record Started(long eventId, String entityType, Object entityId, String format) {
    }

    /** Writes the rows of an export to {@code out} and counts each one in {@code rows} as it goes. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out, AtomicLong rows) throws Exception;
    }

    /** Records the start (and, when unmasked, the personal-data read); call it before anything is sent. */
    public Started start(String entityType, Object entityId, String format, boolean masked, String filters) {
        if (!masked) {
            audit.record(Action.PII_READ, entityType, entityId, "GRANTED", "unmasked " + format + " export");
        }
        Long id = audit.record(Action.EXPORT_STARTED, entityType, entityId, masked ? MASKED : UNMASKED,
                format + " export, " + (masked ? "masked" : "unmasked") + "; filters: " + (filters == null || filters.isBlank() ? "(none)" : filters));
        return new Started(id, entityType, entityId, format);
    }

    public void finished(Started export, long rows) {
        audit.record(Action.EXPORT_FINISHED, export.entityType(), export.entityId(), COMPLETED,
                "export #" + export.eventId() + ": " + export.format() + ", " + rows + " rows");
    }

    public void aborted(Started export, long rows, Throwable cause) {
        String why = ioFailure(cause) ? "the download was cut or could not be written" : "error " + cause.getClass().getSimpleName();
        audit.record(Action.EXPORT_ABORTED, export.entityType(), export.entityId(), ABORTED,
                "export #" + export.eventId() + ": " + export.format() + ", stopped after " + rows + " rows (" + why + ")");
    }

    /**
     * The response body of a started export: runs {@code body}, then records the end — finished
     * with the row count, or aborted with the rows so far. A failure while the client is still
     * there is passed on, so the server breaks the connection instead of ending a truncated file as
     * if it were whole.
     */
    public StreamingOutput stream(Started export, Body body) {
        HttpServerResponse response = currentResponse();
        return out -> {
            AtomicLong rows = new AtomicLong();
            try {
                // the writers close the stream: the last bytes go out, or the failure shows, here
                body.write(response == null ? out : new ClientGoneGuard(out, response), rows);
            } catch (Exception e) {
                aborted(export, rows.get(), e);
                if (response != null && response.closed()) {
                    return; // the client is gone: nothing left to tell it, and no server error to log
                }
                IOException io = ioCause(e);
                if (io != null) {
                    throw io;
                }
                if (e instanceof RuntimeException r) {
                    throw r;
                }
                throw new IOException(e);
            }
            finished(export, rows.get());
        };
    }

    /** The HTTP response being written, when there is one (the request that starts the export). */
    private HttpServerResponse currentResponse() {
        if (!Arc.container().requestContext().isActive() || !requests.isResolvable()) {
            return null;
        }
        return requests.get().response();
    }

    /**
     * Fails the next write once the client has gone. Writes to a connection the client has closed
     * are otherwise dropped silently by the server's output stream until its queue fills, so an
     * export cut short would run to its end and be recorded as finished.
     */
    static final class ClientGoneGuard extends FilterOutputStream {
        private final HttpServerResponse response;

        ClientGoneGuard(OutputStream out, HttpServerResponse response) {
            super(out);
            this.response = response;
        }

        private void check() throws IOException {
            if (response.closed()) {
                throw new IOException("the client closed the connection");
            }
        }

        @Override
        public void write(int b) throws IOException {
            check();
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            check();
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            check();
            out.flush();
        }
    }

    private static boolean ioFailure(Throwable t) {
        return ioCause(t) != null;
    }

    private static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
