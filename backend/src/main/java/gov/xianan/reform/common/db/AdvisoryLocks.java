package gov.xianan.reform.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL's transaction-level advisory locks, taken one way everywhere: a lock is a {@link Space}
 * (the first of the two keys, one per use, all listed here so that no two uses share one) and a key
 * within it (the second: {@code hashtext(name)}, or a number). Every replica sees the same locks,
 * and a lock goes with the transaction that took it, at commit, rollback or a lost session, so
 * nothing stays locked by mistake. Through an {@link EntityManager} the lock joins the caller's
 * transaction; through a {@link Connection}, the transaction the caller runs on it.
 */
public final class AdvisoryLocks {

    /** The first keys. A new use takes a new space; two uses in one space would wait for each other. */
    public enum Space {
        /**
         * The maintained workforce summary (V14_2, V25): a rebuild holds {@code (14, 0)}, the deltas share it
         * and lock {@code (14, enterprise)}. Taken in SQL only; listed so that no other use takes 14.
         */
        WORKFORCE_SUMMARY(14),
        /** One ID number's upsert by another system, so that two creates of one new person queue: "upst". */
        WORKER_UPSERT(0x75707374),
        /** One value of a unique field of a department record type, so that the second writer's check sees the first's row: "XARU". */
        RECORD_UNIQUE(0x58415255),
        /** The clean-up of expired import errors, one replica at a time: "XAIC". */
        IMPORT_CLEANUP(0x58414943),
        /** One month end of one aggregate being back-filled, so that two replicas share the back-fill: "XAMS". */
        MONTH_END_SNAPSHOT(0x58414D53),
        /** The slots of streaming exports running at once across the replicas (key: the slot's number): "XAEX". */
        EXPORT_SLOT(0x58414558);

        /** The first key of the space's locks. */
        public final int key;

        Space(int key) {
            this.key = key;
        }
    }

    private AdvisoryLocks() {
    }

    /** Waits for the lock {@code (space, hashtext(name))}; the caller's transaction holds it until it ends. */
    public static void lock(EntityManager em, Space space, String name) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) locked")
                .setParameter(1, space.key).setParameter(2, name).getSingleResult();
    }

    /**
     * Takes the lock {@code (space, hashtext(name))} for the caller's transaction, unless another
     * transaction holds it: then false, at once.
     */
    public static boolean tryLock(EntityManager em, Space space, String name) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, space.key).setParameter(2, name).getSingleResult();
    }

    /**
     * Takes the lock {@code (space, key)} for the transaction open on the connection (auto-commit off),
     * unless another transaction holds it: then false, at once.
     */
    public static boolean tryLock(Connection c, Space space, int key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, space.key);
            ps.setInt(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
