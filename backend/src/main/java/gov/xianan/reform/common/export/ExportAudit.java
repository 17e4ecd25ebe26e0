package gov.xianan.reform.common.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.atomic.AtomicLong;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.audit.service.AuditLog.Action;
import jakarta.enterprise.context.ApplicationScoped;
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
     * with the row count, or aborted with the rows so far (and the failure passed on, so the
     * server closes the connection instead of pretending the file is whole).
     */
    public StreamingOutput stream(Started export, Body body) {
        return out -> {
            AtomicLong rows = new AtomicLong();
            try {
                body.write(out, rows);
                out.flush();
            } catch (Exception e) {
                aborted(export, rows.get(), e);
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
