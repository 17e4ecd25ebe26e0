package gov.xianan.reform.tasks;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import gov.xianan.reform.common.audit.TrackedEntity;
import gov.xianan.reform.departments.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 延期申请: an assigned department asks the lead unit to move a task's deadline; one pending request per task. */
@Entity
@Table(name = "extension_request")
@Audited
public class ExtensionRequest extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public ReformTask task;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    public Department department;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @NotAudited
    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(nullable = false)
    public String reason;

    /** The deadline when the request was made. */
    @Column(name = "current_deadline", nullable = false)
    public LocalDate currentDeadline;

    @Column(name = "requested_deadline", nullable = false)
    public LocalDate requestedDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @NotAudited
    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** Why it was refused (or a note with an approval). */
    @Column(name = "decision_reason")
    public String decisionReason;
}
