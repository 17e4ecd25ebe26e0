package gov.xianan.reform.registry.scope;

import java.util.Optional;

/**
 * A feature's records that link a worker to a department: the trainees of its subsidy
 * applications, the entrants of its competitions. A department outside the registry's scope reads
 * exactly the workers some implementation links to it. Features contribute their own
 * {@code @ApplicationScoped} implementations and the registry finds them all through CDI (as
 * {@code common/indicators} does), so the registry imports no feature above it. Who the caller
 * is, and that a service account counts only what it entered itself, is decided once, in
 * {@link RegistryAccess}.
 */
public interface WorkerLinks {

    /**
     * Whether the worker appears in a record of this feature owned by {@code department}; with
     * {@code enteredBy}, only in records that login entered itself (a service account's own).
     */
    boolean links(long workerId, String department, Optional<String> enteredBy);
}
