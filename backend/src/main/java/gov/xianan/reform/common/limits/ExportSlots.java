package gov.xianan.reform.common.limits;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.db.AdvisoryLocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The cluster-wide bound on streaming exports running at once. Slot {@code i} is the PostgreSQL
 * transaction-level advisory lock {@code (EXPORT_SLOT, i)} ({@link AdvisoryLocks}), held by a connection of its own for as
 * long as the export writes: every replica sees the same slots, and a replica that dies (or a
 * database restart) frees its slots with its sessions — nothing stays taken by mistake.
 */
@ApplicationScoped
public class ExportSlots {

    private static final Logger LOG = Logger.getLogger(ExportSlots.class);

    @Inject
    DataSource dataSource;

    @Inject
    RateLimitConfig config;

    /** A free slot, held until {@link Slot#close()}, or empty when all are busy. */
    public Optional<Slot> tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            for (int i = 0; i < config.concurrentExports(); i++) {
                if (AdvisoryLocks.tryLock(c, AdvisoryLocks.Space.EXPORT_SLOT, i)) {
                    return Optional.of(new Slot(c, i));
                }
            }
            end(c);
            return Optional.empty();
        } catch (SQLException e) {
            if (c != null) {
                end(c);
            }
            throw new IllegalStateException("export slot", e); // a database outage: 503 through the mappers
        }
    }

    private static void end(Connection c) {
        try {
            c.rollback(); // ends the transaction: its advisory lock goes with it
        } catch (SQLException e) {
            LOG.debugf("rollback of an export slot failed (the session is gone, and its lock with it): %s", e.getMessage());
        }
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // a broken connection: the pool drops it
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // already closed
        }
    }

    /** One taken slot; closing it twice is harmless. */
    public static final class Slot implements AutoCloseable {
        private final Connection connection;
        private final int number;
        private final AtomicBoolean open = new AtomicBoolean(true);

        Slot(Connection connection, int number) {
            this.connection = connection;
            this.number = number;
        }

        public int number() {
            return number;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                end(connection);
            }
        }
    }
}
