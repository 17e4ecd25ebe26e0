package gov.xianan.reform.common.audit;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.dictionaries.service.DictionaryLabels;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;

/**
 * The caller as the audit trail records it: the login (for the admin), the name at the time of the
 * act (for everyone else: 张明华, a service account by its client's name such as 区人社局人事系统),
 * the department and the OAuth client. Work outside a request (migrations, jobs) is "system".
 */
public record Actor(String username, String department, String clientId, String name) {

    public static final Actor SYSTEM = new Actor("system", null, null, "系统");

    /** An actor known by login only (a job that runs for its requester): the name is resolved when shown. */
    public Actor(String username, String department, String clientId) {
        this(username, department, clientId, null);
    }

    /** The actor of work done outside a request on someone's behalf (an import job writing records), see {@link #runAs}. */
    private static final ThreadLocal<Actor> ON_BEHALF = new ThreadLocal<>();

    /**
     * Runs work outside a request (a background job) as the person who asked for it, so that the
     * Envers revisions and audit events it writes name them and not "system".
     */
    public static <T> T runAs(Actor actor, java.util.concurrent.Callable<T> work) throws Exception {
        Actor before = ON_BEHALF.get();
        ON_BEHALF.set(actor);
        try {
            return work.call();
        } finally {
            if (before == null) {
                ON_BEHALF.remove();
            } else {
                ON_BEHALF.set(before);
            }
        }
    }

    public static Actor current() {
        Actor onBehalf = ON_BEHALF.get();
        if (onBehalf != null) {
            return onBehalf;
        }
        ManagedContext requestContext = Arc.container().requestContext();
        if (!requestContext.isActive()) {
            return SYSTEM;
        }
        CurrentUser user = Arc.container().instance(CurrentUser.class).get();
        if (user == null || !user.isAuthenticated()) {
            return SYSTEM;
        }
        String name;
        if (user.isServiceAccount()) {
            DictionaryLabels labels = Arc.container().instance(DictionaryLabels.class).get();
            name = user.clientId().flatMap(c -> labels.label("client", c)).orElse(user.username());
        } else {
            name = user.displayName();
        }
        return new Actor(user.username(), user.departmentCode().orElse(null), user.clientId().orElse(null), name);
    }
}
