package gov.xianan.reform.tasks;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.math.BigDecimal;
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

/** A progress report (进展报告) of an assigned department: what was done, how much, with evidence. */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "progress_report")
@Audited
public class ProgressReport extends TrackedEntity implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    public ReformTask task;

    @Column(name = "report_date", nullable = false)
    public LocalDate reportDate;

    @Column(nullable = false)
    public String narrative;

    /** The amount achieved by this report, in the task's unit; adds up to the task's progress. */
    public BigDecimal quantity;

    /** The milestone this report completes, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    public TaskMilestone milestone;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", nullable = false)
    public Department department;

    @Override
    public String changeType() {
        return "task-report";
    }

    @Override
    public Object changeId() {
        return id;
    }

    @Override
    public Long changeVersion() {
        return version;
    }

    @Override
    public Map<String, Object> changeData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", task.id);
        m.put("reportDate", reportDate);
        m.put("narrative", narrative);
        m.put("quantity", quantity);
        m.put("reportedBy", reportedBy);
        m.put("department", department == null ? null : department.code);
        return m;
    }
}
