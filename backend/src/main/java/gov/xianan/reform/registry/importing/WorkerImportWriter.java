package gov.xianan.reform.registry.importing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import org.postgresql.PGConnection;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.importing.WorkerRowParser.WorkerRow;

/**
 * Writes validated rows in one transaction, set-based, while the file is still being read: rows are
 * COPYed into a temporary stage table in chunks, and every {@link ImportConfig#writeBatchRows()} rows one INSERT
 * creates the new people, one UPDATE changes the existing ones whose data differs (one person, one
 * record: the ID number decides), employments are closed and opened for transfers, and the rows of
 * one Envers revision (who did it) and of the change feed are added. The database works on a
 * batch on its own thread while the caller parses and validates the next rows (issue 13: the file
 * was parsed on one core while the other waited, then written while the first waited). Nothing is
 * visible before {@link #commit}; {@link #abandon} (a bad row) or {@link #close} without a commit
 * rolls everything back.
 */
final class WorkerImportWriter implements AutoCloseable {

    /** What the write did. */
    record Counts(int created, int updated, int unchanged) {
    }

    /** Rows per COPY into the stage. */
    static final int CHUNK_ROWS = 5_000;
    /** Chunks the parser may be ahead of the database (bounds the memory of a fast parser). */
    private static final int CHUNKS_AHEAD = 8;

    private static final Logger LOG = Logger.getLogger(WorkerImportWriter.class);
    private static final String COLS = "id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, "
            + "agricultural_hukou, from_outside, union_member, party_member, phone, enterprise_id";

    /**
     * Tells the employment trigger's summary delta (V26) that this transaction holds every worker the next statement's
     * employments belong to, so it reads them without a row lock. Good for that one statement: the trigger clears it
     * when it reads it (V27), so every later employment statement locks again.
     */
    private static final String HOLD_WORKERS = "select set_config('xianan.summary_workers_held', 'on', true)";

    private final Connection c;
    private final Actor actor;
    private final int batchRows;
    private final ExecutorService database = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker-import-writer"));
    private final Semaphore ahead = new Semaphore(CHUNKS_AHEAD);
    private StringBuilder chunk = new StringBuilder(1 << 16);
    private int staged;
    private int unbatched;
    // written on the database thread only
    private long revision = -1;
    private int created;
    private int updated;
    private int batches;
    private volatile Statement running;
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean committed;

    /** {@code batchRows}: rows per batch of statements ({@link ImportConfig#writeBatchRows()}). */
    WorkerImportWriter(Connection c, Actor actor, int batchRows) throws SQLException {
        this.c = c;
        this.actor = actor;
        this.batchRows = batchRows;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table import_stage (row_number integer, id_number varchar(18) primary key, name varchar(50), "
                    + "gender varchar(6), birth_date date, education varchar(24), monthly_wage numeric(10,2), skill_level varchar(24), "
                    + "occupation varchar(100), agricultural_hukou boolean, from_outside boolean, union_member boolean, party_member boolean, "
                    + "phone varchar(20), enterprise_id bigint, employed_since date) on commit drop");
            // What each batch wrote, as written (RETURNING): the workers, with every column the history and the change
            // feed carry, and the employments opened or closed. The history rows and feed events are made from these two
            // small tables instead of reading the registry again (a pass over employment by xmin, and a join of the whole
            // worker table by ID number, cost seconds at millions of workers).
            s.execute("create temporary table import_changed on commit drop as select id, 0::smallint as kind, version, " + COLS
                    + " from worker limit 0");
            s.execute("create temporary table import_employment (id bigint, worker_id bigint, enterprise_id bigint, start_date date, "
                    + "end_date date, kind smallint) on commit drop");
            // the statements below are few and large: compiling them (JIT) costs more than it saves (issue 13)
            s.execute("set local jit = off");
            // each batch analyses its two temporary tables (below); a sample of 3,000 rows gives the planner the row counts
            // and ID-number statistics it needs in 8 ms instead of 53 ms for 25,000 rows (the default samples 30,000)
            s.execute("set local default_statistics_target = 10");
            // a batch's rows are found in the registry through its indexes (ID number, open employment): PostgreSQL's
            // default random_page_cost (4, for spinning disks) priced 25,000 probes above a hash join over the whole
            // worker table, so each statement over existing people read every worker, once per batch (issue 13: at
            // 1M, 240 ms of each such statement's 300-450 ms of join). 1.1 is the usual setting for SSDs and a cached
            // table; the new people's anti join was already planned with the index.
            s.execute("set local random_page_cost = 1.1");
        }
    }

    /** Stages a valid row; the database writes it with its batch. Throws when an earlier batch failed. */
    void add(WorkerRow r) throws SQLException {
        rethrow();
        chunk.append(r.rowNumber()).append(',').append(r.idNumber()).append(',').append(csv(r.name())).append(',').append(r.gender())
                .append(',').append(r.birthDate()).append(',').append(r.education()).append(',').append(r.monthlyWage().toPlainString())
                .append(',').append(r.skillLevel()).append(',').append(csv(r.occupation())).append(',').append(r.agriculturalHukou())
                .append(',').append(r.fromOutside()).append(',').append(r.unionMember()).append(',').append(r.partyMember()).append(',')
                .append(csv(r.phone())).append(',').append(r.enterpriseId() == null ? "" : r.enterpriseId()).append(',')
                .append(r.employedSince() == null ? "" : r.employedSince()).append('\n');
        staged++;
        unbatched++;
        if (unbatched % CHUNK_ROWS == 0) {
            flush();
        }
        if (unbatched == batchRows) {
            batch();
        }
    }

    /**
     * Stops writing (a row of the file is bad): the batch the database is running is cancelled and
     * nothing more is written; {@link #close} rolls back.
     */
    void abandon() {
        abandoned = true;
        Statement s = running;
        if (s != null) {
            try {
                s.cancel();
            } catch (SQLException e) {
                // it ended on its own
            }
        }
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        String rows = chunk.toString();
        chunk = new StringBuilder(1 << 16);
        submit(() -> c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_stage FROM STDIN (FORMAT csv)", new StringReader(rows)));
    }

    private void batch() throws SQLException {
        flush();
        int rows = unbatched;
        unbatched = 0;
        if (rows > 0) {
            submit(() -> write(rows));
        }
    }

    private interface Work {
        void run() throws SQLException, IOException;
    }

    /** Queues work for the database thread; waits while the parser is {@link #CHUNKS_AHEAD} ahead. */
    private void submit(Work work) throws SQLException {
        try {
            ahead.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("import interrupted", e);
        }
        database.execute(() -> {
            try {
                if (failure == null && !abandoned) {
                    work.run();
                }
            } catch (Throwable t) {
                failure = t;
            } finally {
                ahead.release();
            }
        });
    }

    private void rethrow() throws SQLException {
        Throwable t = failure;
        if (t != null && !abandoned) {
            throw t instanceof SQLException e ? e : new SQLException(t);
        }
    }

    /** Writes what the stage holds and empties it (database thread). */
    private void write(int rows) throws SQLException {
        try (Statement s = c.createStatement()) {
            running = s;
            if (abandoned) {
                return;
            }
            if (revision < 0) {
                revision = revision();
            }
            batches++;
            written(s, rows);
            s.execute("truncate import_stage, import_changed, import_employment");
        } finally {
            running = null;
        }
    }

    /** Writes the last rows and commits: everything of the file is visible at once. */
    Counts commit() throws SQLException {
        batch();
        Future<?> done = database.submit(() -> {
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("import interrupted", e);
        } catch (ExecutionException e) {
            throw new SQLException(e.getCause());
        }
        rethrow();
        c.commit();
        committed = true;
        LOG.debugf("import written in %d batches", batches);
        return new Counts(created, updated, staged - created - updated);
    }

    private long revision() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_revision (timestamp, changed_at, actor, department, client_id, actor_name) values (?, now(), ?, ?, ?, ?) returning id")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, actor.username());
            ps.setString(3, actor.department());
            ps.setString(4, actor.clientId());
            ps.setString(5, actor.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The statements of one batch: {@code rows} staged rows become workers, employments, history and feed events. */
    private void written(Statement s, int rows) throws SQLException {
        long rev = revision;
        String by = literal(actor.username()) + ", " + literal(actor.department()) + ", " + literal(actor.clientId());
        int made;
        int changed;
        // employments without a start date start today in Xian'an, as in WorkerService (not the database session's date)
        String today = "date '" + LocalDate.now(ClockProducer.ZONE) + "'";
        // statistics for the planner: a temporary table is never analysed by autovacuum, and without them the joins
        // below were planned for a handful of rows (issue 13)
        s.execute("analyze import_stage");
        made = s.executeUpdate("with ins as (insert into worker (" + COLS + ") select " + COLS + " from import_stage s "
                + "where not exists (select 1 from worker w where w.id_number = s.id_number) returning id, version, " + COLS + ") "
                + "insert into import_changed select id, 0, version, " + COLS + " from ins");
        s.execute("analyze import_changed");
        // the new workers' employments, from the rows just inserted (no pass over the registry); this transaction created
        // those workers, so nobody else can change them before it ends and the summary's delta need not lock them (V26)
        s.execute(HOLD_WORKERS);
        s.executeUpdate("with opened as (insert into employment (worker_id, enterprise_id, start_date) select ch.id, ch.enterprise_id, "
                + "coalesce(s.employed_since, " + today + ") from import_changed ch join import_stage s on s.id_number = ch.id_number "
                + "where ch.kind = 0 and ch.enterprise_id is not null returning id, worker_id, enterprise_id, start_date, end_date) "
                + "insert into import_employment select id, worker_id, enterprise_id, start_date, end_date, 0 from opened");
        // every row a new person: nobody to transfer or update, so the statements over existing workers are skipped
        boolean anyExisting = made < rows;
        if (anyExisting) {
            // The people created above need no exclusion below: their employment was opened at the staged enterprise
            // and their row holds the staged values, so neither the transfer nor the update matches them. (An anti
            // join on import_changed here, which the same statement appends to, rescanned it for every row: 105 s
            // for 100,000 updates.)
            // transfers: close the open employment at another enterprise the day before the new one starts
            s.executeUpdate("with closed as (update employment m set end_date = greatest(m.start_date, coalesce(s.employed_since, "
                    + today + ") - 1) from import_stage s join worker w on w.id_number = s.id_number "
                    + "where m.worker_id = w.id and m.end_date is null and s.enterprise_id is distinct from m.enterprise_id "
                    + "returning m.id, m.worker_id, m.enterprise_id, m.start_date, m.end_date) "
                    + "insert into import_employment select id, worker_id, enterprise_id, start_date, end_date, 1 from closed");
            changed = s.executeUpdate("with upd as (update worker w set name = s.name, education = s.education, "
                    + "monthly_wage = s.monthly_wage, skill_level = s.skill_level, occupation = s.occupation, "
                    + "agricultural_hukou = s.agricultural_hukou, from_outside = s.from_outside, union_member = s.union_member, "
                    + "party_member = s.party_member, phone = s.phone, enterprise_id = s.enterprise_id, version = w.version + 1, "
                    + "updated_at = now() from import_stage s where w.id_number = s.id_number and "
                    + "(w.name, w.education, w.monthly_wage, w.skill_level, w.occupation, w.agricultural_hukou, w.from_outside, "
                    + "w.union_member, w.party_member, w.phone, w.enterprise_id) is distinct from (s.name, s.education, s.monthly_wage, "
                    + "s.skill_level, s.occupation, s.agricultural_hukou, s.from_outside, s.union_member, s.party_member, s.phone, "
                    + "s.enterprise_id) returning w.id, w.version, " + prefixed("w.", COLS) + ") "
                    + "insert into import_changed select id, 1, version, " + COLS + " from upd");
            // existing workers without an open employment (new to an enterprise, or just transferred; the new ones have theirs)
            s.executeUpdate("with opened as (insert into employment (worker_id, enterprise_id, start_date) select w.id, s.enterprise_id, "
                    + "coalesce(s.employed_since, " + today + ") from import_stage s join worker w on w.id_number = s.id_number "
                    + "where s.enterprise_id is not null and not exists (select 1 from employment m where m.worker_id = w.id and m.end_date is null) "
                    + "returning id, worker_id, enterprise_id, start_date, end_date) "
                    + "insert into import_employment select id, worker_id, enterprise_id, start_date, end_date, 0 from opened");
        } else {
            changed = 0;
        }
        // one Envers revision: ADD (0) for what was created, MOD (1) for what was changed
        s.executeUpdate("insert into worker_aud (id, rev, rev_type, " + COLS + ") select id, " + rev + ", kind, " + COLS
                + " from import_changed");
        s.executeUpdate("insert into employment_aud (id, rev, rev_type, worker_id, enterprise_id, start_date, end_date) "
                + "select id, " + rev + ", kind, worker_id, enterprise_id, start_date, end_date from import_employment");
        // the change feed's outbox, in this same transaction (common/changes; the entity hook does not see set-based writes),
        // in the order of the records' ids (qualified: a bare "order by id" named the select list's id::text, and events of
        // worker 10 came before those of worker 9)
        s.executeUpdate("insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data) "
                + "select 'worker', id::text, case kind when 0 then 'CREATED' else 'UPDATED' end, version, " + by
                + ", jsonb_build_object('idNumber', id_number, 'name', name, 'gender', gender, 'birthDate', birth_date, "
                + "'education', education, 'monthlyWage', monthly_wage, 'skillLevel', skill_level, 'occupation', occupation, "
                + "'agriculturalHukou', agricultural_hukou, 'fromOutside', from_outside, 'unionMember', union_member, "
                + "'partyMember', party_member, 'phone', phone, 'enterpriseId', enterprise_id) from import_changed c order by c.id");
        s.executeUpdate("insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data) "
                + "select 'employment', id::text, case kind when 0 then 'CREATED' else 'UPDATED' end, null, " + by
                + ", jsonb_build_object('workerId', worker_id, 'enterpriseId', enterprise_id, 'startDate', start_date, "
                + "'endDate', end_date) from import_employment e order by e.id");
        created += made;
        updated += changed;
    }

    /** The column list with each column qualified by {@code alias} (e.g. {@code w.}). */
    private static String prefixed(String alias, String cols) {
        return alias + cols.replace(", ", ", " + alias);
    }

    /** A SQL string literal (or null) for the actor's names, quotes doubled. */
    private static String literal(String value) {
        return value == null ? "null" : "'" + value.replace("'", "''") + "'";
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() throws SQLException {
        if (!committed) {
            abandon();
        }
        database.shutdown();
        try {
            // the database thread ends its statement (cancelled, or the last one) before the connection is used here
            if (!database.awaitTermination(10, TimeUnit.MINUTES)) {
                LOG.warn("import writer still busy after 10 minutes; rolling back");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
