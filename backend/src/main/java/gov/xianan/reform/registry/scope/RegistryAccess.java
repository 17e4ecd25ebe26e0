package gov.xianan.reform.registry.scope;

import java.util.Optional;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.RegistryScope;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.registry.Worker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The registry by the principle of minimum necessity (DESIGN.md "Registry by minimum necessity"),
 * decided in one place:
 * <ul>
 * <li>the lead unit (and holders of {@code lead}) reads the whole registry; its registry editors are
 * the only ones who change workers, enterprises and honours;</li>
 * <li>a department whose row says {@link RegistryScope#DEV_ZONE} lists, exports and reads the
 * workers of the enterprises in the development zone;</li>
 * <li>every other department ({@link RegistryScope#LINKED}) and every service account neither lists
 * nor exports the registry: it finds people through the minimal lookup and reads only the workers
 * linked to its own records ({@link WorkerLinks}).</li>
 * </ul>
 * A refused list, export or change answers 403, a refused read 404 (existence does not leak); all
 * are logged as SCOPE_DENIED.
 */
@RequestScoped
public class RegistryAccess {

    @Inject
    CurrentUser user;

    @Inject
    CallerDepartment caller;

    @Inject
    AuditLog audit;

    @Inject
    Instance<WorkerLinks> links;

    /**
     * The caller's registry scope. Service accounts are systems that find people by lookup: never
     * more than {@link RegistryScope#LINKED}, whatever their department's row says.
     */
    public RegistryScope scope() {
        if (user.isServiceAccount()) {
            return RegistryScope.LINKED;
        }
        if (caller.seesAll()) {
            return RegistryScope.ALL;
        }
        return caller.get().map(d -> d.registryScope).orElse(RegistryScope.LINKED);
    }

    /** The scope for the caller's profile: none for callers without a registry role (analysts, admin). */
    public Optional<RegistryScope> profileScope() {
        boolean registryRole = user.hasRole(Roles.STAFF) || user.hasRole(Roles.LEAD) || user.hasRole(Roles.REGISTRY_EDITOR);
        return registryRole ? Optional.of(scope()) : Optional.empty();
    }

    /** Lists and exports workers: the whole registry, or the development zone's part of it. */
    public boolean canList() {
        return scope() != RegistryScope.LINKED;
    }

    /** Changes workers, enterprises, honours and political posts: registry editors of the lead unit. */
    public boolean canWrite() {
        return user.hasRole(Roles.REGISTRY_EDITOR) && !user.isServiceAccount() && caller.seesAll();
    }

    /** Whether the caller may read this worker's record. */
    public boolean canRead(Worker w) {
        return switch (scope()) {
            case ALL -> true;
            case DEV_ZONE -> inDevZone(w) || linked(w.id);
            case LINKED -> linked(w.id);
        };
    }

    /** Whether only the development zone's workers are listed for the caller. */
    public boolean listsDevZoneOnly() {
        return scope() == RegistryScope.DEV_ZONE;
    }

    /** A 403 (logged) unless the caller may list or export the registry. */
    public void requireList(String what) {
        if (!canList()) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "worker", null, "DENIED", what + " of the registry refused: registry scope " + scope());
            throw new ProblemException(403, "/problems/registry-scope",
                    "按最小必要原则,本部门不能浏览或导出工人名册;请通过“工人查询”(姓名加所在企业)查找,或查看与本部门业务关联的工人");
        }
    }

    /** The worker if the caller may read it; a missing or out-of-scope worker is the same 404 (the latter logged). */
    public Worker readable(long id) {
        Worker w = Worker.findById(id);
        if (w == null) {
            throw ProblemException.notFound("工人不存在: " + id);
        }
        if (!canRead(w)) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "worker", id, "DENIED", "read of a worker outside registry scope " + scope());
            throw ProblemException.notFound("工人不存在: " + id);
        }
        return w;
    }

    /** A 403 (logged) unless the caller may change the registry. */
    public void requireWrite(String entityType, Object id) {
        if (!canWrite()) {
            audit.record(AuditLog.Action.SCOPE_DENIED, entityType, id, "DENIED", "registry change outside scope " + scope());
            throw new ProblemException(403, "/problems/registry-scope", "只有牵头单位的名册管理员可以修改工人名册、企业和荣誉");
        }
    }

    /**
     * Upserts by ID number ({@code PUT /workers/by-id-number/{idNumber}} and the batch): a caller who
     * holds pii-reader and is either a registry editor of the lead unit or a system (service
     * account) with a department. The upsert names a person by the full ID number, so it is for
     * pii-reader only, like the lookup by ID number; a system that keeps its own HR records writes
     * them through it.
     */
    public boolean canUpsert() {
        if (!user.hasRole(Roles.PII_READER)) {
            return false;
        }
        return user.isServiceAccount() ? caller.get().isPresent() : canWrite();
    }

    /** A 403 (logged) unless the caller may upsert workers by ID number. */
    public void requireUpsert() {
        if (!canUpsert()) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "worker", null, "DENIED", "upsert by ID number refused: "
                    + (user.hasRole(Roles.PII_READER) ? "not a registry editor of the lead unit nor a system with a department" : "no pii-reader"));
            throw new ProblemException(403, "/problems/registry-scope",
                    "按身份证号登记或更新工人仅限持有个人信息查看权限(pii-reader)的对接系统或牵头单位名册管理员");
        }
    }

    /**
     * The enterprise scope of an upsert, from the registry scope of the caller's department (for a
     * system too: it writes its own records, it does not browse): a department with scope
     * {@link RegistryScope#DEV_ZONE} writes only workers employed, before and after, by enterprises
     * in the development zone; the lead unit and the other departments' systems are not confined to
     * enterprises. A refusal is logged with the ID number masked and answers why, naming no data of
     * the stored record.
     */
    public Optional<String> upsertRefusal(Worker existing, gov.xianan.reform.registry.Enterprise target, String maskedIdNumber) {
        boolean zoneOnly = !caller.seesAll() && caller.get().map(d -> d.registryScope == RegistryScope.DEV_ZONE).orElse(false);
        if (!zoneOnly) {
            return Optional.empty();
        }
        String why = null;
        if (target == null || !target.inDevZone) {
            why = "本部门只能登记开发区内企业的工人:请指定开发区内的企业(enterpriseId)";
        } else if (existing != null && !inDevZone(existing)) {
            why = "该工人当前不在开发区内企业任职,不在本部门的名册范围内";
        }
        if (why != null) {
            audit.record(AuditLog.Action.SCOPE_DENIED, "worker", existing == null ? null : existing.id, "DENIED",
                    "upsert of " + maskedIdNumber + " outside registry scope DEV_ZONE");
        }
        return Optional.ofNullable(why);
    }

    private static boolean inDevZone(Worker w) {
        return w.enterprise != null && w.enterprise.inDevZone;
    }

    /** Linked to a record of the caller's department; a service account only to records it entered itself. */
    private boolean linked(long workerId) {
        String department = user.departmentCode().orElse(null);
        if (department == null) {
            return false;
        }
        java.util.Optional<String> enteredBy = user.isServiceAccount() ? java.util.Optional.of(user.username()) : java.util.Optional.empty();
        for (WorkerLinks l : links) {
            if (l.links(workerId, department, enteredBy)) {
                return true;
            }
        }
        return false;
    }
}
