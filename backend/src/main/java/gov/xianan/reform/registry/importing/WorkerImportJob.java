package gov.xianan.reform.registry.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.jobs.JobHandler;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportJob.Status;
import gov.xianan.reform.registry.importing.ImportService.KeptRow;
import gov.xianan.reform.registry.importing.WorkerRowParser.CellError;
import gov.xianan.reform.registry.importing.WorkerRowParser.WorkerRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The background part of a worker import, run by {@link gov.xianan.reform.common.jobs.BackgroundJobs}
 * on whichever replica claims it: validates every row of the stored upload (progress in the job
 * row), then — unless it is a dry run — writes everything in one transaction, or nothing when any
 * row is bad. Because the write is one transaction, a run cut short by a crash wrote nothing, and
 * the job can simply start over on another replica (or on the user's retry).
 */
@ApplicationScoped
public class WorkerImportJob implements JobHandler {

    /** The job kind in {@code background_job}. */
    public static final String KIND = "worker-import";
    private static final Logger LOG = Logger.getLogger(WorkerImportJob.class);
    private static final int PROGRESS_EVERY = 1_000;
    private static final int MAX_STORED_ERRORS = ImportService.MAX_STORED_ERRORS;

    @Inject
    DataSource dataSource;

    @Inject
    ImportMetrics metrics;

    @Inject
    ImportConfig config;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void failed(long importId, String reason) {
        end(importId, reason + ",未写入任何数据;可点击“重试”重新执行,仍失败请联系管理员");
    }

    @Override
    public void requeued(long importId) {
        JobState.requeued(dataSource, importId);
    }

    private void end(long importId, String reason) {
        JobState.endFailed(dataSource, importId, reason);
    }

    @Override
    public Outcome run(ClaimedJob claimed) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            JobState job = JobState.load(c, claimed.subjectId(), claimed.input());
            job.startOver(c); // a resumed or retried run: nothing of an earlier attempt counts
            job.status(c, Status.VALIDATING);
            Map<String, Long> enterprises = enterprises(c);
            Set<String> seen = new HashSet<>();
            List<CellError> pending = new ArrayList<>();
            List<KeptRow> pendingRows = new ArrayList<>();
            int[] counters = new int[3]; // read, valid, errors
            WorkerRowParser[] parser = new WorkerRowParser[1];
            List<String> missing = new ArrayList<>();
            WorkerImportWriter.Counts counts;
            // A real run hands each valid row to the writer as it is validated: the file is parsed once, and the database
            // writes batch after batch (uncommitted) while the next rows are parsed. The first bad row stops the writing;
            // the transaction is then rolled back when the writer closes, and nothing was written (all or nothing).
            try (Connection tx = job.dryRun ? null : dataSource.getConnection();
                    WorkerImportWriter writer = tx == null ? null : new WorkerImportWriter(tx, job.actor, config.writeBatchRows())) {
                RowReader.read(job.input, job.format, (rowNumber, cells) -> {
                    if (parser[0] == null) {
                        parser[0] = WorkerRowParser.forHeader(cells, enterprises, missing);
                        pendingRows.add(new KeptRow(rowNumber, cells)); // the header: the workbook's column names
                        return;
                    }
                    counters[0]++;
                    metrics.rowValidated();
                    List<CellError> errors = new ArrayList<>();
                    Optional<WorkerRow> row = parser[0].parse(rowNumber, cells, errors);
                    if (row.isPresent() && !seen.add(row.get().idNumber())) {
                        errors.add(new CellError(rowNumber, WorkerRowParser.ID, "同一文件中身份证号重复:一人只能有一行"));
                    }
                    if (errors.isEmpty()) {
                        counters[1]++;
                        if (writer != null && counters[2] == 0 && missing.isEmpty()) {
                            writer.add(row.get());
                            metrics.rowWritten();
                        }
                    } else {
                        if (writer != null) {
                            writer.abandon(); // nothing of this file will be written: the database stops at once
                        }
                        counters[2] += errors.size();
                        pending.addAll(errors);
                        pendingRows.add(new KeptRow(rowNumber, cells));
                    }
                    if (counters[0] % PROGRESS_EVERY == 0) {
                        job.saveRows(c, pendingRows);
                        job.saveErrors(c, pending);
                        job.progress(c, counters[0], counters[1], counters[2]);
                    }
                });
                Optional<Outcome> ended = job.validated(c, pendingRows, pending, counters, missing);
                if (ended.isPresent()) {
                    return ended.get();
                }
                if (job.dryRun) {
                    return job.dryRunDone(c, counters, existing(c, seen));
                }
                ended = job.refusedWithErrors(c, counters);
                if (ended.isPresent()) {
                    return ended.get();
                }
                job.status(c, Status.IMPORTING);
                counts = writer.commit();
            }
            job.counts(c, counts.created(), counts.updated(), counts.unchanged());
            job.finish(c, Status.SUCCEEDED, null);
            return Outcome.SUCCEEDED;
        }
    }

    private static Map<String, Long> enterprises(Connection c) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select credit_code, id from enterprise")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static int existing(Connection c, Set<String> ids) throws SQLException {
        int n = 0;
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 5_000) {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from worker where id_number = any(?)")) {
                ps.setArray(1, c.createArrayOf("varchar", all.subList(i, Math.min(all.size(), i + 5_000)).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    n += rs.getInt(1);
                }
            }
        }
        return n;
    }

    /** The job row as the background thread writes it (plain JDBC, each update commits at once). */
    public static final class JobState {
        public final long id;
        public final boolean dryRun;
        public final byte[] input;
        public final FileFormat format;
        public final Actor actor;
        int storedErrors;
        int storedRows;

        private JobState(long id, boolean dryRun, byte[] input, FileFormat format, Actor actor) {
            this.id = id;
            this.dryRun = dryRun;
            this.input = input;
            this.format = format;
            this.actor = actor;
        }

        public static JobState load(Connection c, long id, byte[] input) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "select dry_run, file_format, created_by, department, client_id, created_by_name from import_job where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalStateException("import job " + id + " is gone");
                    }
                    return new JobState(id, rs.getBoolean(1), input, FileFormat.valueOf(rs.getString(2)),
                            new Actor(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }

        /** Ends an import the job runner gave up on (any kind of import). */
        public static void endFailed(DataSource dataSource, long importId, String reason) {
            try (Connection c = dataSource.getConnection()) {
                update(c, "update import_job set status = 'FAILED', failure_reason = ?, finished_at = now() where id = ?", reason, importId);
            } catch (SQLException e) {
                LOG.errorf(e, "could not end import job %d", importId);
            }
        }

        /** Shows an import queued again (resumed after a crash, or retried). */
        public static void requeued(DataSource dataSource, long importId) {
            try (Connection c = dataSource.getConnection()) {
                update(c, "update import_job set status = 'QUEUED' where id = ? and finished_at is null", importId);
            } catch (SQLException e) {
                LOG.errorf(e, "could not show import job %d as queued again", importId);
            }
        }

        /** Forgets what an earlier, interrupted attempt stored: its error rows and counters. */
        public void startOver(Connection c) throws SQLException {
            update(c, "delete from import_error where job_id = ?", id);
            update(c, "delete from import_error_row where job_id = ?", id);
            update(c, "update import_job set rows_read = 0, rows_valid = 0, error_count = 0, rows_created = 0, rows_updated = 0, "
                    + "rows_unchanged = 0, failure_reason = null, finished_at = null where id = ?", id);
        }

        public void status(Connection c, Status status) throws SQLException {
            update(c, "update import_job set status = ?, started_at = coalesce(started_at, now()) where id = ?", status.name(), id);
        }

        public void progress(Connection c, int read, int valid, int errors) throws SQLException {
            update(c, "update import_job set rows_read = ?, rows_valid = ?, error_count = ? where id = ?", read, valid, errors, id);
        }

        public void counts(Connection c, int created, int updated, int unchanged) throws SQLException {
            update(c, "update import_job set rows_created = ?, rows_updated = ?, rows_unchanged = ? where id = ?", created, updated, unchanged, id);
        }

        public void finish(Connection c, Status status, String reason) throws SQLException {
            update(c, "update import_job set status = ?, failure_reason = ?, finished_at = now() where id = ?", status.name(), reason, id);
        }

        /**
         * The end of validation, the same for every kind of import: stores the rows and errors still
         * pending and the counters ({@code read, valid, errors}), then ends the job when a required
         * column is missing or the file had no row. Answers the outcome when it ended the job.
         */
        public Optional<Outcome> validated(Connection c, List<KeptRow> rows, List<CellError> errors, int[] counters,
                List<String> missing) throws SQLException {
            saveRows(c, rows);
            saveErrors(c, errors);
            progress(c, counters[0], counters[1], counters[2]);
            if (!missing.isEmpty()) {
                finish(c, Status.FAILED, "缺少必填列: " + String.join("、", missing));
                return Optional.of(Outcome.FAILED);
            }
            if (counters[0] == 0) {
                finish(c, Status.FAILED, "文件中没有数据行");
                return Optional.of(Outcome.FAILED);
            }
            return Optional.empty();
        }

        /** Ends a dry run: {@code existing} of the valid rows would update a record, the others create one. */
        public Outcome dryRunDone(Connection c, int[] counters, int existing) throws SQLException {
            counts(c, counters[1] - existing, existing, 0);
            finish(c, Status.VALIDATED, counters[2] > 0 ? counters[2] + " 处错误,修正后再导入" : null);
            return Outcome.SUCCEEDED;
        }

        /** Ends a real run whose file has errors: nothing is written (all or nothing). Answers the outcome when it did. */
        public Optional<Outcome> refusedWithErrors(Connection c, int[] counters) throws SQLException {
            if (counters[2] == 0) {
                return Optional.empty();
            }
            finish(c, Status.FAILED, (counters[0] - counters[1]) + " 行有错误,未导入任何数据(全部成功或全部不导入)");
            return Optional.of(Outcome.FAILED);
        }

        /** Keeps the header and each row with errors as uploaded (at most as many rows as stored errors). */
        public void saveRows(Connection c, List<KeptRow> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into import_error_row (job_id, row_number, cells) values (?, ?, ?)")) {
                for (KeptRow r : rows) {
                    if (storedRows++ > MAX_STORED_ERRORS) {
                        break;
                    }
                    ps.setLong(1, id);
                    ps.setInt(2, r.rowNumber());
                    ps.setArray(3, c.createArrayOf("text", r.cells().stream().map(v -> v == null ? "" : v).toArray()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            rows.clear();
        }

        public void saveErrors(Connection c, List<CellError> errors) throws SQLException {
            if (errors.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into import_error (job_id, row_number, column_name, message) values (?, ?, ?, ?)")) {
                for (CellError e : errors) {
                    if (storedErrors++ >= MAX_STORED_ERRORS) {
                        break;
                    }
                    ps.setLong(1, id);
                    ps.setInt(2, e.rowNumber());
                    ps.setString(3, e.column());
                    ps.setString(4, e.message().length() > 500 ? e.message().substring(0, 500) : e.message());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            errors.clear();
        }

        private static void update(Connection c, String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
        }
    }
}
