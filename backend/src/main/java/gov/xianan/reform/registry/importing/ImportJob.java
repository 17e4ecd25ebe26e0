package gov.xianan.reform.registry.importing;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An import (workers, or a department record type — {@code kind}): its file, its progress and who started it. Counters are written by the job as it runs. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Status {
        QUEUED, VALIDATING, IMPORTING, VALIDATED, SUCCEEDED, FAILED
    }

    public enum FileFormat {
        CSV, XLSX
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_format", nullable = false)
    public FileFormat fileFormat;

    /** The background job that runs this import and holds its upload (background_job.input) until it ends. */
    @Column(name = "background_job_id")
    public Long backgroundJobId;

    @Column(name = "rows_read", nullable = false)
    public int rowsRead;

    @Column(name = "rows_valid", nullable = false)
    public int rowsValid;

    @Column(name = "rows_created", nullable = false)
    public int rowsCreated;

    @Column(name = "rows_updated", nullable = false)
    public int rowsUpdated;

    @Column(name = "rows_unchanged", nullable = false)
    public int rowsUnchanged;

    @Column(name = "error_count", nullable = false)
    public int errorCount;

    @Column(name = "failure_reason")
    public String failureReason;

    /** The requester's name at the time (张明华, 区人社局人事系统). */
    @Column(name = "created_by_name")
    public String createdByName;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public String department;

    @Column(name = "client_id")
    public String clientId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /**
     * Whether the user may retry it: it failed for a system reason and its upload is still kept
     * (read from its background job; never written here).
     */
    @org.hibernate.annotations.Formula("(select coalesce(b.retryable and b.input is not null, false) from background_job b where b.id = background_job_id)")
    public Boolean retryable;

    /** When the retained error rows were deleted (retention over); the error list and workbook are gone then. */
    @Column(name = "errors_purged_at")
    public Instant errorsPurgedAt;
}
