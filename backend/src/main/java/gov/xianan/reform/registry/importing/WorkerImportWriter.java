package gov.xianan.reform.registry.importing;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import org.postgresql.PGConnection;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.importing.WorkerRowParser.WorkerRow;

/**
 * Writes validated rows in one transaction, set-based: rows are COPYed into a temporary stage
 * table in chunks, then one INSERT creates the new people, one UPDATE changes the existing ones
 * whose data differs (one person, one record: the ID number decides), employments are closed and
 * opened for transfers, and one Envers revision with the *_aud rows records who did it.
 */
final class WorkerImportWriter implements AutoCloseable {

    /** What the write did. */
    record Counts(int created, int updated, int unchanged) {
    }

    private final Connection c;
    private final StringBuilder chunk = new StringBuilder(1 << 16);
    private int staged;

    WorkerImportWriter(Connection c) throws SQLException {
        this.c = c;
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table import_stage (row_number integer, id_number varchar(18) primary key, name varchar(50), "
                    + "gender varchar(6), birth_date date, education varchar(24), monthly_wage numeric(10,2), skill_level varchar(24), "
                    + "occupation varchar(100), agricultural_hukou boolean, from_outside boolean, union_member boolean, party_member boolean, "
                    + "phone varchar(20), enterprise_id bigint, employed_since date) on commit drop");
        }
    }

    void add(WorkerRow r) throws SQLException {
        chunk.append(r.rowNumber()).append(',').append(r.idNumber()).append(',').append(csv(r.name())).append(',').append(r.gender())
                .append(',').append(r.birthDate()).append(',').append(r.education()).append(',').append(r.monthlyWage().toPlainString())
                .append(',').append(r.skillLevel()).append(',').append(csv(r.occupation())).append(',').append(r.agriculturalHukou())
                .append(',').append(r.fromOutside()).append(',').append(r.unionMember()).append(',').append(r.partyMember()).append(',')
                .append(csv(r.phone())).append(',').append(r.enterpriseId() == null ? "" : r.enterpriseId()).append(',')
                .append(r.employedSince() == null ? "" : r.employedSince()).append('\n');
        if (++staged % 5_000 == 0) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY import_stage FROM STDIN (FORMAT csv)", new StringReader(chunk.toString()));
        } catch (IOException e) {
            throw new SQLException(e);
        }
        chunk.setLength(0);
    }

    Counts commit(Actor actor) throws SQLException {
        flush();
        long rev;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_revision (timestamp, changed_at, actor, department, client_id, actor_name) values (?, now(), ?, ?, ?, ?) returning id")) {
            ps.setLong(1, System.currentTimeMillis());
            ps.setString(2, actor.username());
            ps.setString(3, actor.department());
            ps.setString(4, actor.clientId());
            ps.setString(5, actor.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                rev = rs.getLong(1);
            }
        }
        String cols = "id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, agricultural_hukou, "
                + "from_outside, union_member, party_member, phone, enterprise_id";
        String by = literal(actor.username()) + ", " + literal(actor.department()) + ", " + literal(actor.clientId());
        int created;
        int updated;
        // employments without a start date start today in Xian'an, as in WorkerService (not the database session's date)
        String today = "date '" + LocalDate.now(ClockProducer.ZONE) + "'";
        try (Statement s = c.createStatement()) {
            // the statements below are few and large: compiling them (JIT) costs more than it saves (issue 13)
            s.execute("set local jit = off");
            // statistics for the planner: a temporary table is never analysed by autovacuum, and without them the joins
            // below were planned for a handful of rows (issue 13)
            s.execute("analyze import_stage");
            // What this transaction wrote, as written (RETURNING): the workers, with every column the history and the
            // change feed carry, and the employments opened or closed. The history rows and feed events are made from
            // these two small tables instead of reading the registry again (a pass over employment by xmin, and a join
            // of the whole worker table by ID number, cost seconds at millions of workers).
            s.execute("create temporary table import_changed on commit drop as select id, 0::smallint as kind, version, " + cols
                    + " from worker limit 0");
            s.execute("create temporary table import_employment (id bigint, worker_id bigint, enterprise_id bigint, start_date date, "
                    + "end_date date, kind smallint) on commit drop");
            created = s.executeUpdate("with ins as (insert into worker (" + cols + ") select " + cols + " from import_stage s "
                    + "where not exists (select 1 from worker w where w.id_number = s.id_number) returning id, version, " + cols + ") "
                    + "insert into import_changed select id, 0, version, " + cols + " from ins");
            s.execute("analyze import_changed");
            // the new workers' employments, from the rows just inserted (no pass over the registry)
            s.executeUpdate("with opened as (insert into employment (worker_id, enterprise_id, start_date) select ch.id, ch.enterprise_id, "
                    + "coalesce(s.employed_since, " + today + ") from import_changed ch join import_stage s on s.id_number = ch.id_number "
                    + "where ch.kind = 0 and ch.enterprise_id is not null returning id, worker_id, enterprise_id, start_date, end_date) "
                    + "insert into import_employment select id, worker_id, enterprise_id, start_date, end_date, 0 from opened");
            // every row a new person: nobody to transfer or update, so the statements over existing workers are skipped
            boolean anyExisting = created < staged;
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
                updated = s.executeUpdate("with upd as (update worker w set name = s.name, education = s.education, "
                        + "monthly_wage = s.monthly_wage, skill_level = s.skill_level, occupation = s.occupation, "
                        + "agricultural_hukou = s.agricultural_hukou, from_outside = s.from_outside, union_member = s.union_member, "
                        + "party_member = s.party_member, phone = s.phone, enterprise_id = s.enterprise_id, version = w.version + 1, "
                        + "updated_at = now() from import_stage s where w.id_number = s.id_number and "
                        + "(w.name, w.education, w.monthly_wage, w.skill_level, w.occupation, w.agricultural_hukou, w.from_outside, "
                        + "w.union_member, w.party_member, w.phone, w.enterprise_id) is distinct from (s.name, s.education, s.monthly_wage, "
                        + "s.skill_level, s.occupation, s.agricultural_hukou, s.from_outside, s.union_member, s.party_member, s.phone, "
                        + "s.enterprise_id) returning w.id, w.version, " + prefixed("w.", cols) + ") "
                        + "insert into import_changed select id, 1, version, " + cols + " from upd");
                // existing workers without an open employment (new to an enterprise, or just transferred; the new ones have theirs)
                s.executeUpdate("with opened as (insert into employment (worker_id, enterprise_id, start_date) select w.id, s.enterprise_id, "
                        + "coalesce(s.employed_since, " + today + ") from import_stage s join worker w on w.id_number = s.id_number "
                        + "where s.enterprise_id is not null and not exists (select 1 from employment m where m.worker_id = w.id and m.end_date is null) "
                        + "returning id, worker_id, enterprise_id, start_date, end_date) "
                        + "insert into import_employment select id, worker_id, enterprise_id, start_date, end_date, 0 from opened");
            } else {
                updated = 0;
            }
            // one Envers revision: ADD (0) for what was created, MOD (1) for what was changed
            s.executeUpdate("insert into worker_aud (id, rev, rev_type, " + cols + ") select id, " + rev + ", kind, " + cols
                    + " from import_changed");
            s.executeUpdate("insert into employment_aud (id, rev, rev_type, worker_id, enterprise_id, start_date, end_date) "
                    + "select id, " + rev + ", kind, worker_id, enterprise_id, start_date, end_date from import_employment");
            // the change feed's outbox, in this same transaction (common/changes; the entity hook does not see set-based writes)
            s.executeUpdate("insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data) "
                    + "select 'worker', id::text, case kind when 0 then 'CREATED' else 'UPDATED' end, version, " + by
                    + ", jsonb_build_object('idNumber', id_number, 'name', name, 'gender', gender, 'birthDate', birth_date, "
                    + "'education', education, 'monthlyWage', monthly_wage, 'skillLevel', skill_level, 'occupation', occupation, "
                    + "'agriculturalHukou', agricultural_hukou, 'fromOutside', from_outside, 'unionMember', union_member, "
                    + "'partyMember', party_member, 'phone', phone, 'enterpriseId', enterprise_id) from import_changed order by id");
            s.executeUpdate("insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data) "
                    + "select 'employment', id::text, case kind when 0 then 'CREATED' else 'UPDATED' end, null, " + by
                    + ", jsonb_build_object('workerId', worker_id, 'enterpriseId', enterprise_id, 'startDate', start_date, "
                    + "'endDate', end_date) from import_employment order by id");
        }
        c.commit();
        return new Counts(created, updated, staged - created - updated);
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
        if (!c.getAutoCommit()) {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
