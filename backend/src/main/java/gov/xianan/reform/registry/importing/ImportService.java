package gov.xianan.reform.registry.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.export.ExportAudit;
import gov.xianan.reform.common.files.FileTypes;
import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportJob.Status;
import gov.xianan.reform.registry.validation.PersonalNumbers;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Worker imports as jobs: the upload is checked at once (type by the whole content, header
 * columns), then stored with its job in the database; a background job ({@link WorkerImportJob},
 * on whichever replica claims it) validates every row (progress in the job row) and — unless it is
 * a dry run — writes everything in one transaction or nothing at all when any row is bad. The
 * uploaded bytes are deleted when the job ends (kept for a retry only after a system failure, for
 * {@code xianan.jobs.retry-window}); the header and the
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
    BackgroundJobs jobs;

    /**
     * An import job. {@code errorsKeptUntil}: when the error rows of an ended job with errors will be
     * deleted (null while it runs or when it has none); {@code errorsPurgedAt}: when they were;
     * {@code retryable}: it failed for a system reason (its server stopped, an error) and its upload
     * is still kept, so {@code POST /api/v1/imports/{id}/retry} runs it again.
     */
    public record JobResponse(long id, String kind, Status status, boolean dryRun, @Nullable String fileName, FileFormat fileFormat, int rowsRead, int rowsValid,
            int rowsCreated, int rowsUpdated, int rowsUnchanged, int errorCount, @Nullable String failureReason, String createdBy, @Nullable String department,
            Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable Instant errorsKeptUntil, @Nullable Instant errorsPurgedAt, boolean retryable) {
        static JobResponse of(ImportJob j, Duration retention) {
            Instant keptUntil = j.finishedAt == null || j.errorCount == 0 || j.errorsPurgedAt != null ? null : j.finishedAt.plus(retention);
            return new JobResponse(j.id, j.kind, j.status, j.dryRun, j.fileName, j.fileFormat, j.rowsRead, j.rowsValid, j.rowsCreated, j.rowsUpdated,
                    j.rowsUnchanged, j.errorCount, j.failureReason, j.createdBy, j.department, j.createdAt, j.startedAt, j.finishedAt, keptUntil,
                    j.errorsPurgedAt, j.status == Status.FAILED && Boolean.TRUE.equals(j.retryable));
        }
    }

    public record ErrorResponse(int row, String column, String message) {
    }

    /**
     * Accepts an upload: checks it synchronously, then stores the job and its bytes in the database
     * in one transaction (any replica can run it, none keeps a file) and starts it here at once.
     */
    public JobResponse submit(Path upload, String fileName, boolean dryRun) {
        return submit(upload, fileName, dryRun, WORKERS);
    }

    /**
     * What is imported: the job's {@code import_job.kind} (shown to users and checked by the
     * kind's own endpoints), the {@link gov.xianan.reform.common.jobs.JobHandler} kind that runs it
     * and the header check done at upload. Workers are one kind; each department-record type is
     * another (records/importing), all through this same pipeline.
     */
    public record ImportKind(String name, String handler, HeaderCheck header) {
    }

    /** Adds the names of required columns that the header lacks to {@code missing}. */
    public interface HeaderCheck {
        void check(List<String> header, List<String> missing);
    }

    static final ImportKind WORKERS = new ImportKind("workers", WorkerImportJob.KIND,
            (cells, missing) -> WorkerRowParser.forHeader(cells, Map.of(), missing));

    /** Accepts an upload of the given kind (see {@link #submit(Path, String, boolean)}). */
    public JobResponse submit(Path upload, String fileName, boolean dryRun, ImportKind kind) {
        byte[] content;
        try {
            if (Files.size(upload) > MAX_FILE_BYTES) {
                throw new ProblemException(413, "/problems/file-too-large", "文件超过 50 MB,请拆分后分批导入");
            }
            content = Files.readAllBytes(upload); // the request's multipart file, deleted when the request ends
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (content.length == 0) {
            throw ProblemException.invalid("file", "文件是空的");
        }
        String type = FileTypes.detect(content);
        FileFormat format = FileTypes.XLSX.equals(type) ? FileFormat.XLSX : FileTypes.TEXT.equals(type) ? FileFormat.CSV : null;
        if (format == null) {
            throw new ProblemException(415, "/problems/unsupported-file",
                    "不支持的文件类型或文件已损坏:请上传 Excel(.xlsx)或 CSV(UTF-8)文件(按整个文件的内容识别,与文件名无关)");
        }
        List<String> missing = new ArrayList<>();
        checkHeader(content, format, kind.header(), missing);
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("file", "缺少必填列: " + String.join("、", missing) + "(请使用导入模板)");
        }
        ImportJob job = create(content, fileName, format, dryRun, kind);
        jobs.kick();
        return JobResponse.of(job, config.errorRetention());
    }

    private static void checkHeader(byte[] content, FileFormat format, HeaderCheck header, List<String> missing) {
        try {
            RowReader.read(content, format, (row, cells) -> {
                header.check(cells, missing);
                throw new RowReader.Stop();
            });
        } catch (RowReader.Stop stop) {
            // header read
        } catch (ProblemException refused) {
            throw refused; // the kind's own answer to the header
        } catch (Exception e) {
            throw ProblemException.invalid("file", "文件无法读取(" + (format == FileFormat.XLSX ? "不是有效的 Excel 文件" : "不是有效的 CSV 文件") + ")");
        }
    }

    @Transactional
    ImportJob create(byte[] content, String fileName, FileFormat format, boolean dryRun, ImportKind kind) {
        Actor actor = Actor.current();
        ImportJob job = new ImportJob();
        job.kind = kind.name();
        job.status = Status.QUEUED;
        job.dryRun = dryRun;
        job.fileName = fileName == null ? null : fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        job.fileFormat = format;
        job.createdBy = actor.username();
        job.createdByName = actor.name();
        job.department = actor.department();
        job.clientId = actor.clientId();
        job.createdAt = Instant.now();
        job.persist();
        job.backgroundJobId = jobs.enqueue(kind.handler(), job.id, content);
        return job;
    }

    /**
     * Runs a failed import again from its stored upload: only one that failed for a system reason
     * (its server stopped, an error) and whose upload is still kept (within
     * {@code xianan.jobs.retry-window}); one that failed on its data would fail the same way (409).
     */
    public JobResponse retry(long id) {
        JobResponse job = retryInTransaction(id);
        jobs.kick();
        return job;
    }

    @Transactional
    JobResponse retryInTransaction(long id) {
        ImportJob job = visible(id);
        if (job.status != Status.FAILED) {
            throw new ProblemException(409, "/problems/import-not-retryable", "只有失败的导入可以重试(当前状态: " + job.status + ")");
        }
        var background = job.backgroundJobId == null ? Optional.<BackgroundJobs.JobState>empty() : jobs.state(job.backgroundJobId);
        if (background.isEmpty() || !background.get().retryable()) {
            throw new ProblemException(409, "/problems/import-not-retryable",
                    "该导入因数据错误失败,重试结果相同:请按错误明细修正文件后重新上传");
        }
        if (!background.get().inputKept() || !jobs.retry(job.backgroundJobId)) {
            throw new ProblemException(409, "/problems/import-not-retryable", "原上传文件已按保留规则删除,无法重试:请重新上传");
        }
        try (Connection c = dataSource.getConnection(); // this transaction's connection
                PreparedStatement errors = c.prepareStatement("delete from import_error where job_id = ?");
                PreparedStatement rows = c.prepareStatement("delete from import_error_row where job_id = ?")) {
            errors.setLong(1, id);
            errors.executeUpdate();
            rows.setLong(1, id);
            rows.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        job.status = Status.QUEUED;
        job.failureReason = null;
        job.finishedAt = null;
        job.startedAt = null;
        job.errorsPurgedAt = null;
        job.rowsRead = job.rowsValid = job.rowsCreated = job.rowsUpdated = job.rowsUnchanged = job.errorCount = 0;
        job.retryable = false;
        return JobResponse.of(job, config.errorRetention());
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

    /** The job as its kind's own endpoints show it: 404 when it is another kind's job. */
    public JobResponse get(long id, String kind) {
        ImportJob job = visible(id);
        if (!kind.equals(job.kind)) {
            throw ProblemException.notFound("导入任务不存在: " + id);
        }
        return JobResponse.of(job, config.errorRetention());
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
    public record KeptRow(int rowNumber, List<String> cells) {
        public KeptRow {
            cells = cells.stream().map(v -> v == null ? "" : v).toList();
        }
    }

}
