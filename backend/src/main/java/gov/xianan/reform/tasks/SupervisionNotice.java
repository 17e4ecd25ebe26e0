package gov.xianan.reform.tasks;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import gov.xianan.reform.departments.Department;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A supervision notice (督办) of the lead unit on a task; an assigned department acknowledges and answers it. */
@Entity
@Table(name = "supervision_notice")
@Audited
public class SupervisionNotice extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public ReformTask task;

    @Column(nullable = false)
    public String text;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** The name at the time of the act (张明华; a system by its name). */
    @org.hibernate.envers.NotAudited
    @jakarta.persistence.Column(name = "issued_by_name")
    public String issuedByName;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;

    /** By when the department should answer. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "acknowledged_department_id")
    public Department acknowledgedDepartment;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    public String answer;

    /** The escalation level reached while unanswered (null: none yet). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "escalation_level")
    public EscalationLevel escalationLevel;

    @Column(name = "escalated_on")
    public LocalDate escalatedOn;

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
