package gov.xianan.reform.common.error;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells whether a failure means "the database cannot be reached right now" — stopped, restarting,
 * or the pool cannot get a connection in time — as opposed to a bug or a rejected statement. Such a
 * failure is answered {@code 503} with {@code Retry-After} (see {@link ProblemMappers}), never 500.
 *
 * <p>What it looks for anywhere in the cause chain (the JDBC error arrives wrapped: Hibernate's
 * {@code JDBCConnectionException} or {@code GenericJDBCException}, JPA's {@code PersistenceException},
 * JTA's {@code RollbackException} at commit, Narayana's or Bucket4j's own wrappers):
 * <ul>
 * <li>an {@link SQLException} with an SQLSTATE of class {@code 08} (connection exception: refused,
 * broken, I/O error), or {@code 57P01}–{@code 57P03} (the server is shutting down, crashed, or still
 * starting up — what {@code pg_ctl restart -m fast} sends to open sessions);</li>
 * <li>the standard {@link java.sql.SQLTransientConnectionException} /
 * {@link java.sql.SQLNonTransientConnectionException};</li>
 * <li>Agroal's pool giving up ("Acquisition timeout while waiting for new connection"): a plain
 * {@link SQLException} without SQLSTATE, raised by {@code io.agroal}.</li>
 * </ul>
 * A statement timeout, a constraint violation or a serialization failure is none of these.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable e) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable t = e;
        while (t != null && seen.put(t, Boolean.TRUE) == null) {
            if (matches(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && matches(sql.getNextException())) {
                return true;
            }
            for (Throwable s : t.getSuppressed()) {
                if (seen.get(s) == null && isCause(s)) {
                    return true;
                }
            }
            t = t.getCause();
        }
        return false;
    }

    private static boolean matches(Throwable t) {
        if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null) {
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return fromPool(sql);
    }

    /** Agroal's acquisition timeout: no SQLSTATE, thrown from the pool. */
    private static boolean fromPool(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (!message.contains("acquisition timeout")) {
            return false;
        }
        StackTraceElement[] trace = e.getStackTrace();
        // exceptions built without a stack trace still name the pool in the message
        return trace.length == 0 || trace[0].getClassName().startsWith("io.agroal.");
    }
}
