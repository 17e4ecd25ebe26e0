package gov.xianan.reform.departments.service;

import java.util.Optional;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.Department;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The caller's department and whether the caller reads every department's records: the one rule
 * every feature's scope builds on. Holders of {@code lead} and the staff of the lead unit (区总工会)
 * see everything; everyone else sees their own department's work. Looked up once per request.
 */
@RequestScoped
public class CallerDepartment {

    @Inject
    CurrentUser user;

    private Optional<Department> department;

    /** The department the token's {@code department} claim names, if it is a known one. */
    public Optional<Department> get() {
        if (department == null) {
            department = user.departmentCode().flatMap(Department::byCode);
        }
        return department;
    }

    /** Lead role, or any user of the lead unit. */
    public boolean seesAll() {
        return user.hasRole(Roles.LEAD) || get().map(d -> d.leadUnit).orElse(false);
    }

    /** Whether the caller belongs to the given department. */
    public boolean is(Department other) {
        return other != null && get().map(d -> d.id.equals(other.id)).orElse(false);
    }
}
