package gov.xianan.reform.subsidies.service;

import java.util.Optional;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyApplicationScope;
import gov.xianan.reform.subsidies.SubsidyFund;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may see and change which subsidy records. Staff of the department that owns a fund manage
 * its programmes' applications; the lead unit (or a holder of {@code lead}) reads everything; a
 * service account sees only the applications it submitted. Every refusal is written to the audit
 * log as SCOPE_DENIED before the 403.
 */
@RequestScoped
public class SubsidyScope {

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    CallerDepartment caller;

    public String username() {
        return user.username();
    }

    public Optional<String> department() {
        return user.departmentCode();
    }

    public CurrentUser user() {
        return user;
    }

    /** Lead-unit staff and holders of {@code lead} read every fund's applications. */
    public boolean readsAll() {
        return caller.seesAll();
    }

    /**
     * Which applications the list answers for this caller: all, those of the own department's funds,
     * or none (empty: a department that owns no fund, a caller without a department). Roles are
     * checked by the resource; this is the data scope alone.
     */
    public Optional<SubsidyApplicationScope> applicationScope() {
        if (readsAll()) {
            return Optional.of(SubsidyApplicationScope.ALL);
        }
        return user.departmentCode()
                .filter(SubsidyFund::anyOf)
                .map(department -> SubsidyApplicationScope.DEPARTMENT);
    }

    /** Whether the caller's department owns the fund. */
    public boolean owns(SubsidyFund fund) {
        return user.departmentCode().map(fund.departmentCode::equals).orElse(false);
    }

    public boolean mayRead(SubsidyApplication a) {
        if (readsAll()) {
            return true;
        }
        return mayManage(a);
    }

    public boolean mayManage(SubsidyApplication a) {
        if (!owns(a.programme.fund)) {
            return false;
        }
        return !user.isServiceAccount() || user.username().equals(a.createdBy);
    }

    public void requireRead(SubsidyApplication a) {
        if (!mayRead(a)) {
            throw denied("subsidy_application", a.id, "application of department " + a.programme.fund.departmentCode);
        }
    }

    public void requireManage(SubsidyApplication a) {
        if (!mayManage(a)) {
            throw denied("subsidy_application", a.id, "application of department " + a.programme.fund.departmentCode);
        }
    }

    public void requireOwner(SubsidyFund fund, String entityType, Object id) {
        if (!owns(fund)) {
            throw denied(entityType, id, "fund of department " + fund.departmentCode);
        }
    }

    /** The caller as the separation-of-duties rule sees it. */
    public SeparationOfDuties.Caller caller() {
        return new SeparationOfDuties.Caller(user.username(), user.isServiceAccount());
    }

    /** Refuses a step of money to a service account (fund, budget, programme): they enter and submit applications only. */
    public void requirePerson(String entityType, Object id) {
        SeparationOfDuties.refusal(SeparationOfDuties.Step.FUNDS, caller(), SeparationOfDuties.Parts.NONE)
                .ifPresent(reason -> {
                    throw dutyDenied(entityType, id, SeparationOfDuties.Step.FUNDS, reason);
                });
    }

    /** Logs a step refused by separation of duties (DUTY_DENIED) and returns the 403 problem to throw. */
    public ProblemException dutyDenied(String entityType, Object id, SeparationOfDuties.Step step, String reason) {
        audit.record(AuditLog.Action.DUTY_DENIED, entityType, id, "DENIED", step.name() + ": " + reason);
        return new ProblemException(403, SeparationOfDuties.PROBLEM_TYPE, reason);
    }

    /** Logs the refused access and returns the 403 problem to throw. */
    public ProblemException denied(String entityType, Object id, String detail) {
        audit.record(AuditLog.Action.SCOPE_DENIED, entityType, id, "DENIED", detail);
        return ProblemException.forbidden("该记录不属于您所在部门的管理范围");
    }
}
