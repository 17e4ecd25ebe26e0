package gov.xianan.reform.registry.importing;

import gov.xianan.reform.registry.importing.ImportService.JobResponse;

/**
 * Who may retry an import of a kind other than workers: the feature that owns the kind says
 * (department records: staff of an owner department of the record type, the job's own department).
 * A worker import's retry stays with the registry's write access.
 */
public interface ImportRetryGuard {

    /** Whether this guard decides for jobs of this kind (e.g. {@code records:publicity-sessions}). */
    boolean handles(String kind);

    /** 403 (logged) unless the caller may run the job again. */
    void requireRetry(JobResponse job);
}
