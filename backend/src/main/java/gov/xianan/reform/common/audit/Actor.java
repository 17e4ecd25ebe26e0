package gov.xianan.reform.common.audit;

import gov.xianan.reform.common.security.CurrentUser;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/** The caller as the audit trail records it; work outside a request (migrations, jobs) is "system". */
public record Actor(String username, String department, String clientId) {

    public static final Actor SYSTEM = new Actor("system", null, null);

    public static Actor current() {
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return SYSTEM;
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        if (user == null || !user.isAuthenticated()) {
            return SYSTEM;
        }
        return new Actor(user.username(), user.departmentCode().orElse(null), user.clientId().orElse(null));
    }
}
