package gov.xianan.reform.records.service;

import java.util.List;
import java.util.Map;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.records.DepartmentRecord;
import gov.xianan.reform.records.RecordType;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who reads and writes department records (DESIGN.md, "Security model"): the owner department
 * writes (staff of a department listed for the type in {@code record_type_owner}; any department
 * for a type with no owner rows, each owning its own records); the lead unit reads all; any other
 * department reads the records linked to a reform task it is assigned to (lead or co-operating
 * department). A record outside the caller's scope is 404 (its existence does not leak), a write
 * outside it 403; both are logged.
 */
@RequestScoped
public class RecordScope {

    /** SQL over {@code department_record r}: the records a department may read besides the lead unit's all. */
    static final String ASSIGNED = "(r.owner_department_id = :dept"
            + " or r.task_id in (select t.id from reform_task t where t.lead_department_id = :dept)"
            + " or r.task_id in (select td.task_id from reform_task_department td where td.department_id = :dept))";

    @Inject
    CallerDepartment caller;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    /** A where-clause (and its parameters) limiting {@code department_record r} to what the caller reads. */
    public String readClause(Map<String, Object> params) {
        if (caller.seesAll()) {
            return "true";
        }
        if (caller.get().isEmpty()) {
            return "false";
        }
        params.put("dept", caller.get().get().id);
        return ASSIGNED;
    }

    public boolean readable(DepartmentRecord r) {
        if (caller.seesAll() || caller.is(r.owner)) {
            return true;
        }
        if (r.taskId == null || caller.get().isEmpty()) {
            return false;
        }
        return assignedTo(r.taskId, caller.get().get().id);
    }

    /** Whether the department is the task's lead or one of its co-operating departments. */
    public static boolean assignedTo(long taskId, long departmentId) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery("select count(*) from reform_task t where t.id = :task and "
                + "(t.lead_department_id = :dept or exists (select 1 from reform_task_department td where td.task_id = t.id and td.department_id = :dept))")
                .setParameter("task", taskId).setParameter("dept", departmentId).getSingleResult();
        return n.longValue() > 0;
    }

    /** The departments that write the type (empty: any department). */
    @SuppressWarnings("unchecked")
    public static List<Long> owners(RecordType type) {
        return ((List<Number>) Panache.getEntityManager().createNativeQuery("select department_id from record_type_owner where record_type = :t")
                .setParameter("t", type.code()).getResultList()).stream().map(Number::longValue).toList();
    }

    /** Whether the caller may create records of the type (staff of an owner department); without logging. */
    public boolean mayCreate(RecordType type) {
        if (!user.hasRole(Roles.STAFF) || caller.get().isEmpty()) {
            return false;
        }
        List<Long> owners = owners(type);
        return owners.isEmpty() || owners.contains(caller.get().get().id);
    }

    /** The caller's department, which will own a new record of the type; 403 (logged) when the caller may not create one. */
    public Department requireCreate(RecordType type) {
        if (!mayCreate(type)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "department_record", null, "DENIED", "create " + type.code());
            throw ProblemException.forbidden("本部门不负责登记“" + type.label() + "”");
        }
        return caller.get().get();
    }

    /** Whether the caller may change the record (staff of its owner department); without logging. */
    public boolean mayEdit(DepartmentRecord r) {
        return user.hasRole(Roles.STAFF) && caller.is(r.owner);
    }

    /** 403 (logged) unless the caller is staff of the record's owner department. */
    public void requireEdit(DepartmentRecord r) {
        if (!mayEdit(r)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "department_record", r.id, "DENIED", "edit " + r.type + " of " + r.owner.code);
            throw ProblemException.forbidden("只有登记部门可以修改此记录");
        }
    }

    /** The record of the type if the caller reads it; 404 otherwise (logged when it exists but is out of scope). */
    public DepartmentRecord readableOr404(RecordType type, long id) {
        DepartmentRecord r = DepartmentRecord.findById(id);
        if (r == null || !r.type.equals(type.code())) {
            throw ProblemException.notFound("记录不存在: " + id);
        }
        if (!readable(r)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "department_record", id, "DENIED", "read " + r.type + " of " + r.owner.code);
            throw ProblemException.notFound("记录不存在: " + id);
        }
        return r;
    }
}
