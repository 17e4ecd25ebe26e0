package gov.xianan.reform.records;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

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

/**
 * One record of a department's work (a publicity session, a learning-platform enrolment, a visit,
 * …): the columns every record has, and the fields of its type ({@link RecordType}) as JSON.
 * Owned by one department, which alone changes it; history through Envers.
 */
@Entity
@Table(name = "department_record")
@Audited
public class DepartmentRecord extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_type", nullable = false, updatable = false)
    public String type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_department_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Department owner;

    @Column(name = "record_date", nullable = false)
    public LocalDate date;

    /** The record's (first) enterprise, for filters; null when its type has none or it names none. */
    @Column(name = "enterprise_id")
    public Long enterpriseId;

    /** The reform task this record is evidence for; the task's departments may read it. */
    @Column(name = "task_id")
    public Long taskId;

    /** The type's fields, checked and normalised by RecordValues (dates as yyyy-MM-dd, kinds as codes, enterprises as ids). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fields", nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> fields = new LinkedHashMap<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_by_name", nullable = false, updatable = false)
    public String createdByName;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_by_name", nullable = false)
    public String updatedByName;
}
