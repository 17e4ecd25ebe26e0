package gov.xianan.reform.tasks;

import java.util.LinkedHashMap;
import java.util.Map;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A reform task (改革任务) the lead unit assigns to a lead department and co-operating departments:
 * a measurable target (value and unit), milestones, or both; a deadline; a status that follows
 * from the data.
 */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "reform_task")
@Audited
public class ReformTask extends TrackedEntity implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PolicyArea area;

    /** The target, e.g. 200 (场); null for a task measured by milestones only. */
    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "target_unit")
    public String targetUnit;

    /** A live indicator (see common/indicators) whose value is the achieved amount; null: sum of reports. */
    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskPriority priority;

    @Column(nullable = false)
    public int year;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_department_id", nullable = false)
    public Department leadDepartment;

    @ManyToMany(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @JoinTable(name = "reform_task_department", joinColumns = @JoinColumn(name = "task_id"), inverseJoinColumns = @JoinColumn(name = "department_id"))
    public Set<Department> cooperatingDepartments = new LinkedHashSet<>();

    @OneToMany(mappedBy = "task", fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @OrderBy("sortOrder, id")
    public List<TaskMilestone> milestones = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    /** Set by the lead unit; while true the status is SUSPENDED whatever the data says. */
    @Column(nullable = false)
    public boolean suspended;

    /** Why the task was last suspended or reopened. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    /** 验收: when the lead unit signed off the completion report; a reached target without it is PENDING_SIGN_OFF. */
    @Column(name = "signed_off_at")
    public java.time.Instant signedOffAt;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    @org.hibernate.envers.NotAudited
    @Column(name = "signed_off_by_name")
    public String signedOffByName;

    /** The lead unit sent the completion report back; in progress until the department reports again. */
    @Column(name = "sent_back", nullable = false)
    public boolean sentBack;

    @Column(name = "sent_back_reason")
    public String sentBackReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The name at the time of the act (张明华; a system by its name). */
    @org.hibernate.envers.NotAudited
    @jakarta.persistence.Column(name = "created_by_name")
    public String createdByName;

    /** Whether the department is the lead or a co-operating department of this task. */
    public boolean isAssigned(Department d) {
        if (d == null) {
            return false;
        }
        if (leadDepartment.id.equals(d.id)) {
            return true;
        }
        return cooperatingDepartments.stream().anyMatch(c -> c.id.equals(d.id));
    }

    /** The lead department first, then the co-operating ones. */
    public List<Department> assignedDepartments() {
        List<Department> all = new ArrayList<>();
        all.add(leadDepartment);
        cooperatingDepartments.stream().filter(c -> !c.id.equals(leadDepartment.id)).forEach(all::add);
        return all;
    }

    @Override
    public String changeType() {
        return "task";
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
        m.put("title", title);
        m.put("area", area);
        m.put("year", year);
        m.put("leadDepartment", leadDepartment.code);
        m.put("targetValue", targetValue);
        m.put("targetUnit", targetUnit);
        m.put("deadline", deadline);
        m.put("status", status);
        m.put("suspended", suspended);
        m.put("completedOn", completedOn);
        return m;
    }
}
