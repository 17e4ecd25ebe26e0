package gov.xianan.reform.registry.scope;

/**
 * A feature's records that link a worker to the caller: the trainees of the caller's department's
 * subsidy applications, the entrants of its competitions. A department outside the registry's
 * scope reads exactly the workers some implementation links to it. Features contribute their own
 * {@code @ApplicationScoped} implementations and the registry finds them all through CDI (as
 * {@code common/indicators} does), so the registry imports no feature above it.
 */
public interface WorkerLinks {

    /**
     * Whether the worker appears in one of the current caller's own records of this feature: a
     * record of the caller's department, or, for a service account, one the account entered itself.
     */
    boolean linksCaller(long workerId);
}
