package gov.xianan.reform.account.service;

import gov.xianan.reform.account.MeResponse;
import gov.xianan.reform.account.MeResponse.DepartmentSummary;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.service.DepartmentService;
import gov.xianan.reform.registry.scope.RegistryAccess;
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

    /** The caller with their department resolved; an unknown department code counts as none. */
    public MeResponse me() {
        DepartmentSummary department = user.departmentCode()
                .flatMap(departments::find)
                .map(DepartmentSummary::of)
                .orElse(null);
        return new MeResponse(user.username(), user.displayName(), department, user.roles(),
                user.clientId().orElse(null), user.isServiceAccount(), registry.profileScope().orElse(null), registry.canWrite());
    }
}
