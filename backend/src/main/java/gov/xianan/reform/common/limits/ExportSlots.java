package gov.xianan.reform.common.limits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The cluster-wide bound on streaming exports running at once. Slot {@code i} is the PostgreSQL
 * transaction-level advisory lock {@code (LOCK_CLASS, i)}, held by a connection of its own for as
 * long as the export writes: every replica sees the same slots, and a replica that dies (or a
 * database restart) frees its slots with its sessions — nothing stays taken by mistake.
 */
@ApplicationScoped
public class ExportSlots {

    /** First key of the two-key advisory locks of export slots ("XAEX"); no other lock uses it. */
    public static final int LOCK_CLASS = 0x58414558;

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
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
                for (int i = 0; i < config.concurrentExports(); i++) {
                    ps.setInt(1, LOCK_CLASS);
                    ps.setInt(2, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getBoolean(1)) {
                            return Optional.of(new Slot(c, i));
                        }
                    }
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
