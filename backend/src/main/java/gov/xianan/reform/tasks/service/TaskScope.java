package gov.xianan.reform.tasks.service;

import java.util.Optional;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.tasks.ReformTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one place that decides who sees and works on which task. The lead role and the lead unit's
 * staff see every task; a department's staff see the tasks their department leads or co-operates
 * on, and another department's task answers 404 as if it did not exist (the attempt is logged).
 * Only an assigned department reports or answers a notice.
 */
@ApplicationScoped
public class TaskScope {

    static final String ENTITY = "reform_task";

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CallerDepartment caller;

    /** The caller's department, if the token names a known one. */
    public Optional<Department> department() {
        return caller.get();
    }

    /** Lead role, or any user of the lead unit. */
    public boolean seesAll() {
        return caller.seesAll();
    }

    public boolean canSee(ReformTask task) {
        return seesAll() || department().map(task::isAssigned).orElse(false);
    }

    /** The task if the caller may see it; otherwise 404, and a refused access is logged. */
    public ReformTask visibleTask(long id) {
        ReformTask task = ReformTask.findById(id);
        if (task == null) {
            throw notFound(id);
        }
        if (!canSee(task)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, ENTITY, id, "DENIED",
                    "task of another department; caller department " + user.departmentCode().orElse("-"));
            throw notFound(id);
        }
        return task;
    }

    /**
     * The caller's department when it is assigned to the task; otherwise 403 (the caller may see the
     * task, as the lead unit does, but may not act for its departments), logged.
     */
    public Department assignedDepartment(ReformTask task, String action) {
        Optional<Department> d = department();
        if (d.isEmpty() || !task.isAssigned(d.get())) {
            audit.record(AuditLog.Action.SCOPE_DENIED, ENTITY, task.id, "DENIED",
                    action + " by a department not assigned to the task: " + user.departmentCode().orElse("-"));
            throw ProblemException.forbidden("只有该任务的牵头或配合单位可以" + action);
        }
        return d.get();
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("任务不存在: " + id);
    }
}
