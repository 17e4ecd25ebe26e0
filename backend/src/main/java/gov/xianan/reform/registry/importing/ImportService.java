package gov.xianan.reform.registry.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.files.FileTypes;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportJob.Status;
import gov.xianan.reform.registry.importing.WorkerRowParser.CellError;
import gov.xianan.reform.registry.importing.WorkerRowParser.WorkerRow;
import gov.xianan.reform.registry.validation.PersonalNumbers;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Worker imports as jobs: the upload is checked at once (type by the whole content, header
 * columns), then a background job validates every row (streaming, progress in the job row) and —
 * unless it is a dry run — writes everything in one transaction or nothing at all when any row is
 * bad. The uploaded file is deleted when the job ends, whatever the outcome; the header and the
 * rows with errors are kept in the database for the error list and the marked workbook until
 * {@link ImportCleanup} removes them after the retention. Both show ID numbers and phones masked
 * unless the caller holds pii-reader; every workbook download is audited as an export.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Stored cell errors per job; the count goes on beyond it. */
    static final int MAX_STORED_ERRORS = 10_000;
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    private static final int PROGRESS_EVERY = 1_000;

    /** One job at a time: an import holds one long transaction, two would only slow each other. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker-import"));

    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ExportAudit exportAudit;

    @Inject
    CallerDepartment callerDepartment;

    @Inject
    ImportConfig config;

    @Inject
    ImportMetrics metrics;

    /** Jobs queued or running in this JVM: an unfinished job outside it (a restart) is orphaned; see {@link ImportCleanup}. */
    private final Set<Long> active = ConcurrentHashMap.newKeySet();

    /** Where uploads wait while their job runs: this server's disk; each file is deleted when its job ends. */
    Path uploadDirectory() {
        return Path.of(config.uploadDirectory()).toAbsolutePath();
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /**
     * An import job. {@code errorsKeptUntil}: when the error rows of an ended job with errors will be
     * deleted (null while it runs or when it has none); {@code errorsPurgedAt}: when they were.
     */
    public record JobResponse(long id, Status status, boolean dryRun, String fileName, FileFormat fileFormat, int rowsRead, int rowsValid,
            int rowsCreated, int rowsUpdated, int rowsUnchanged, int errorCount, String failureReason, String createdBy, String department,
            Instant createdAt, Instant startedAt, Instant finishedAt, Instant errorsKeptUntil, Instant errorsPurgedAt) {
        static JobResponse of(ImportJob j, Duration retention) {
            Instant keptUntil = j.finishedAt == null || j.errorCount == 0 || j.errorsPurgedAt != null ? null : j.finishedAt.plus(retention);
            return new JobResponse(j.id, j.status, j.dryRun, j.fileName, j.fileFormat, j.rowsRead, j.rowsValid, j.rowsCreated, j.rowsUpdated,
                    j.rowsUnchanged, j.errorCount, j.failureReason, j.createdBy, j.department, j.createdAt, j.startedAt, j.finishedAt, keptUntil,
                    j.errorsPurgedAt);
        }
    }

    public record ErrorResponse(int row, String column, String message) {
    }

    /** Accepts an upload: checks it synchronously, stores it, queues the job. */
    public JobResponse submit(Path upload, String fileName, boolean dryRun) {
        try {
            if (Files.size(upload) == 0) {
                throw ProblemException.invalid("file", "文件是空的");
            }
            if (Files.size(upload) > MAX_FILE_BYTES) {
                throw new ProblemException(413, "/problems/file-too-large", "文件超过 50 MB,请拆分后分批导入");
            }
            String type = FileTypes.detect(upload);
            FileFormat format = FileTypes.XLSX.equals(type) ? FileFormat.XLSX : FileTypes.TEXT.equals(type) ? FileFormat.CSV : null;
            if (format == null) {
                throw new ProblemException(415, "/problems/unsupported-file",
                        "不支持的文件类型或文件已损坏:请上传 Excel(.xlsx)或 CSV(UTF-8)文件(按整个文件的内容识别,与文件名无关)");
            }
            List<String> missing = new ArrayList<>();
            checkHeader(upload, format, missing);
            if (!missing.isEmpty()) {
                throw ProblemException.invalid("file", "缺少必填列: " + String.join("、", missing) + "(请使用导入模板)");
            }
            Path dir = uploadDirectory();
            Files.createDirectories(dir);
            Path stored = Files.createTempFile(dir, "workers-", format == FileFormat.XLSX ? ".xlsx" : ".csv");
            ImportJob job;
            try {
                Files.copy(upload, stored, StandardCopyOption.REPLACE_EXISTING);
                job = create(stored, fileName, format, dryRun);
            } catch (RuntimeException | IOException e) {
                Files.deleteIfExists(stored);
                throw e;
            }
            active.add(job.id);
            try {
                executor.submit(() -> run(job.id));
            } catch (RejectedExecutionException e) { // shutting down: the job ends here, and so does its file
                active.remove(job.id);
                abandon(job.id, "服务正在停止,导入未开始,请稍后重新上传");
                throw new ProblemException(503, "/problems/unavailable", "服务正在停止,请稍后重新上传");
            }
            return JobResponse.of(job, config.errorRetention());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkHeader(Path file, FileFormat format, List<String> missing) {
        try {
            RowReader.read(file, format, (row, cells) -> {
                WorkerRowParser.forHeader(cells, Map.of(), missing);
                throw new RowReader.Stop();
            });
        } catch (RowReader.Stop stop) {
            // header read
        } catch (Exception e) {
            throw ProblemException.invalid("file", "文件无法读取(" + (format == FileFormat.XLSX ? "不是有效的 Excel 文件" : "不是有效的 CSV 文件") + ")");
        }
        if (missing.isEmpty()) {
            return;
        }
    }

    @Transactional
    ImportJob create(Path stored, String fileName, FileFormat format, boolean dryRun) {
        Actor actor = Actor.current();
        ImportJob job = new ImportJob();
        job.kind = "workers";
        job.status = Status.QUEUED;
        job.dryRun = dryRun;
        job.fileName = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        job.fileFormat = format;
        job.filePath = stored.toString();
        job.createdBy = actor.username();
        job.department = actor.department();
        job.clientId = actor.clientId();
        job.createdAt = Instant.now();
        job.persist();
        return job;
    }

    /** The job, if the caller may see it: its creator, its department, or the lead unit (seesAll); otherwise 404 and a log entry. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportJob visible(long id) {
        ImportJob job = ImportJob.findById(id);
        if (job == null) {
            throw ProblemException.notFound("导入任务不存在: " + id);
        }
        boolean mine = user.username().equals(job.createdBy)
                || (job.department != null && job.department.equals(user.departmentCode().orElse(null)))
                || callerDepartment.seesAll();
        if (!mine) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "import_job", id, "DENIED", "job of department " + job.department);
            throw ProblemException.notFound("导入任务不存在: " + id);
        }
        return job;
    }

    public JobResponse get(long id) {
        return JobResponse.of(visible(id), config.errorRetention());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<JobResponse> list(PageQuery page) {
        var q = callerDepartment.seesAll() ? ImportJob.<ImportJob>findAll(Sort.descending("createdAt"))
                : ImportJob.<ImportJob>find("department = ?1 or createdBy = ?2", Sort.descending("createdAt"),
                        user.departmentCode().orElse("-"), user.username());
        long total = q.count();
        return new PageResponse<>(q.page(page.pageNumber(), page.pageSize()).list().stream().map(j -> JobResponse.of(j, config.errorRetention())).toList(), total,
                page.pageNumber(), page.pageSize());
    }

    /**
     * The bad cells, paged. Messages never quote an ID number or phone of the ID and phone columns,
     * but one typed into another column could be: without pii-reader such numbers are masked; a
     * pii-reader who is shown one in clear leaves a PII_READ.
     */
    public PageResponse<ErrorResponse> errors(long id, PageQuery page) {
        ImportJob job = visible(id);
        ensureErrorsKept(job);
        boolean unmasked = user.hasRole(Roles.PII_READER);
        boolean shownInClear = false;
        List<ErrorResponse> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select row_number, column_name, message from import_error where job_id = ? order by row_number, id limit ? offset ?")) {
            ps.setLong(1, id);
            ps.setInt(2, page.pageSize());
            ps.setLong(3, (long) page.pageNumber() * page.pageSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String message = rs.getString(3);
                    String masked = PersonalNumbers.maskWithin(message);
                    shownInClear |= unmasked && !masked.equals(message);
                    items.add(new ErrorResponse(rs.getInt(1), rs.getString(2), unmasked ? message : masked));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (shownInClear) {
            audit.record(AuditLog.Action.PII_READ, "import_job", id, "GRANTED", "error list page " + page.pageNumber());
        }
        return new PageResponse<>(items, Math.min(job.errorCount, MAX_STORED_ERRORS), page.pageNumber(), page.pageSize());
    }

    /** 410 once the retention is over and the error rows are deleted. */
    private void ensureErrorsKept(ImportJob job) {
        if (job.errorsPurgedAt != null) {
            throw new ProblemException(410, "/problems/import-errors-expired",
                    "导入错误明细已按保留期限(" + config.errorRetention().toDays() + " 天)删除;如需核对,请重新导入原文件");
        }
    }

    /** Errors of a job by row and column, for the marked workbook. */
    Map<Integer, Map<String, String>> errorsByCell(long id) {
        Map<Integer, Map<String, String>> out = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select row_number, column_name, message from import_error where job_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), k -> new HashMap<>()).merge(rs.getString(2), rs.getString(3), (a, b) -> a + ";" + b);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    // ------------------------------------------------------------------------------ the job

    void run(long jobId) {
        try {
            validateAndImport(jobId);
        } finally {
            active.remove(jobId);
            deleteUpload(jobId);
        }
    }

    private void validateAndImport(long jobId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            JobState job = JobState.load(c, jobId);
            job.status(c, Status.VALIDATING);
            Map<String, Long> enterprises = enterprises(c);
            Set<String> seen = new HashSet<>();
            List<CellError> pending = new ArrayList<>();
            List<KeptRow> pendingRows = new ArrayList<>();
            int[] counters = new int[3]; // read, valid, errors
            WorkerRowParser[] parser = new WorkerRowParser[1];
            List<String> missing = new ArrayList<>();
            RowReader.read(job.path, job.format, (rowNumber, cells) -> {
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
                } else {
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
            job.saveRows(c, pendingRows);
            job.saveErrors(c, pending);
            job.progress(c, counters[0], counters[1], counters[2]);
            if (!missing.isEmpty()) {
                job.finish(c, Status.FAILED, "缺少必填列: " + String.join("、", missing));
                return;
            }
            if (counters[0] == 0) {
                job.finish(c, Status.FAILED, "文件中没有数据行");
                return;
            }
            if (job.dryRun) {
                int existing = existing(c, seen);
                job.counts(c, counters[1] - existing, existing, 0);
                job.finish(c, Status.VALIDATED, counters[2] > 0 ? counters[2] + " 处错误,修正后再导入" : null);
                return;
            }
            if (counters[2] > 0) {
                job.finish(c, Status.FAILED, (counters[0] - counters[1]) + " 行有错误,未导入任何数据(全部成功或全部不导入)");
                return;
            }
            job.status(c, Status.IMPORTING);
            WorkerImportWriter.Counts counts;
            try (Connection tx = dataSource.getConnection(); WorkerImportWriter writer = new WorkerImportWriter(tx)) {
                WorkerRowParser[] p2 = new WorkerRowParser[1];
                RowReader.read(job.path, job.format, (rowNumber, cells) -> {
                    if (p2[0] == null) {
                        p2[0] = WorkerRowParser.forHeader(cells, enterprises, new ArrayList<>());
                        return;
                    }
                    p2[0].parse(rowNumber, cells, new ArrayList<>()).ifPresent(r -> {
                        try {
                            writer.add(r);
                            metrics.rowWritten();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
                counts = writer.commit(job.actor);
            }
            job.counts(c, counts.created(), counts.updated(), counts.unchanged());
            job.finish(c, Status.SUCCEEDED, null);
        } catch (Exception e) {
            LOG.errorf(e, "import job %d failed", jobId);
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                JobState.load(c, jobId).finish(c, Status.FAILED, "导入失败,未写入任何数据(系统错误,请联系管理员)");
            } catch (Exception ignored) {
                LOG.error("could not mark the job failed", ignored);
            }
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
    private static final class JobState {
        final long id;
        final boolean dryRun;
        final Path path;
        final FileFormat format;
        final Actor actor;
        int storedErrors;
        int storedRows;

        private JobState(long id, boolean dryRun, Path path, FileFormat format, Actor actor) {
            this.id = id;
            this.dryRun = dryRun;
            this.path = path;
            this.format = format;
            this.actor = actor;
        }

        static JobState load(Connection c, long id) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(
                    "select dry_run, file_path, file_format, created_by, department, client_id from import_job where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new JobState(id, rs.getBoolean(1), Path.of(rs.getString(2)), FileFormat.valueOf(rs.getString(3)),
                            new Actor(rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }

        void status(Connection c, Status status) throws SQLException {
            update(c, "update import_job set status = ?, started_at = coalesce(started_at, now()) where id = ?", status.name(), id);
        }

        void progress(Connection c, int read, int valid, int errors) throws SQLException {
            update(c, "update import_job set rows_read = ?, rows_valid = ?, error_count = ? where id = ?", read, valid, errors, id);
        }

        void counts(Connection c, int created, int updated, int unchanged) throws SQLException {
            update(c, "update import_job set rows_created = ?, rows_updated = ?, rows_unchanged = ? where id = ?", created, updated, unchanged, id);
        }

        void finish(Connection c, Status status, String reason) throws SQLException {
            update(c, "update import_job set status = ?, failure_reason = ?, finished_at = now() where id = ?", status.name(), reason, id);
        }

        /** Keeps the header and each row with errors as uploaded (at most as many rows as stored errors). */
        void saveRows(Connection c, List<KeptRow> rows) throws SQLException {
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

        void saveErrors(Connection c, List<CellError> errors) throws SQLException {
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

    /**
     * The marked workbook of a job as a response body: the header and the rows with errors as
     * uploaded, ID numbers and phones masked unless the caller holds pii-reader. Audited as an
     * export (start, then end with the row count or abort); an unmasked one is also a PII_READ.
     */
    public StreamingOutput errorWorkbook(long id) {
        ImportJob job = visible(id);
        ensureErrorsKept(job);
        boolean unmasked = user.hasRole(Roles.PII_READER);
        ExportAudit.Started started = exportAudit.start("import_job", id, "XLSX", !unmasked, "error workbook of import " + id);
        Map<Integer, Map<String, String>> errors = errorsByCell(id);
        return exportAudit.stream(started, (out, rows) -> {
            List<KeptRow> kept = keptRows(id);
            ImportWorkbooks.markErrors(kept, errors, unmasked, out, rows);
        });
    }

    private List<KeptRow> keptRows(long id) throws SQLException {
        List<KeptRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select row_number, cells from import_error_row where job_id = ? order by row_number")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new KeptRow(rs.getInt(1), List.of((String[]) rs.getArray(2).getArray())));
                }
            }
        }
        return rows;
    }

    /** A row of the upload kept for the error workbook: its number in the file and its cells as uploaded. */
    record KeptRow(int rowNumber, List<String> cells) {
        KeptRow {
            cells = cells.stream().map(v -> v == null ? "" : v).toList();
        }
    }

    // ------------------------------------------------------------------------------ the end of a job

    /** Deletes the job's uploaded file and forgets its path; safe to call again. */
    void deleteUpload(long jobId) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            String path;
            try (PreparedStatement ps = c.prepareStatement("select file_path from import_job where id = ?")) {
                ps.setLong(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    path = rs.next() ? rs.getString(1) : null;
                }
            }
            if (path != null) {
                Files.deleteIfExists(Path.of(path));
            }
            try (PreparedStatement ps = c.prepareStatement("update import_job set file_path = null where id = ?")) {
                ps.setLong(1, jobId);
                ps.executeUpdate();
            }
        } catch (SQLException | IOException e) {
            LOG.errorf(e, "could not delete the upload of import job %d (the clean-up will retry)", jobId);
        }
    }

    /** Ends a job that will never run (shutdown, restart) as failed, and deletes its file. */
    void abandon(long jobId, String reason) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(
                    "update import_job set status = 'FAILED', failure_reason = ?, finished_at = now() where id = ? and finished_at is null")) {
                ps.setString(1, reason);
                ps.setLong(2, jobId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            LOG.errorf(e, "could not end import job %d", jobId);
        }
        deleteUpload(jobId);
    }

    /** Whether this JVM queued or runs the job. */
    boolean isActiveHere(long jobId) {
        return active.contains(jobId);
    }
}
