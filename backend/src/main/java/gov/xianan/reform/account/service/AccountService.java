package gov.xianan.reform.account.service;

import java.util.List;

import gov.xianan.reform.account.MeResponse;
import gov.xianan.reform.account.MeResponse.DepartmentSummary;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.service.DepartmentService;
import gov.xianan.reform.registry.scope.RegistryAccess;
import gov.xianan.reform.subsidies.SubsidyApplicationScope;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.service.SubsidyScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class AccountService {

    @Inject
    CurrentUser user;

    @Inject
    DepartmentService departments;

    @Inject
    RegistryAccess registry;

    @Inject
    SubsidyScope subsidies;

    /** The roles that may list subsidy applications (SubsidyApplicationResource#list). */
    private static final List<String> APPLICATION_READERS = List.of(Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER);

    /** The caller with their department resolved; an unknown department code counts as none. */
    public MeResponse me() {
        DepartmentSummary department = user.departmentCode()
                .flatMap(departments::find)
                .map(DepartmentSummary::of)
                .orElse(null);
        SubsidyApplicationScope applications = APPLICATION_READERS.stream().anyMatch(user::hasRole)
                ? subsidies.applicationScope().orElse(null)
                : null;
        // entering needs a programme of the own department's fund (ApplicationService#create)
        boolean applicant = user.hasRole(Roles.STAFF) && user.departmentCode()
                .filter(SubsidyFund::anyOf).isPresent();
        return new MeResponse(user.username(), user.displayName(), department, user.roles(),
                user.clientId().orElse(null), user.isServiceAccount(), registry.profileScope().orElse(null), registry.canWrite(),
                applications, applicant);
    }
}
