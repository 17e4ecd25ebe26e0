package gov.xianan.reform.common.jobs;

/**
 * Runs one kind of background job. An {@code @ApplicationScoped} bean implementing this is found
 * by the runner; its {@link #kind()} is the {@code background_job.kind} it claims.
 */
public interface JobHandler {

    /** How a run ended when the handler itself decided it. */
    enum Outcome {
        /** Done; the input is deleted. */
        SUCCEEDED,
        /** Ended without success for a reason in the data (the handler recorded it); a retry would fail the same way, so the input is deleted. */
        FAILED
    }

    /** The job kind this handler runs, e.g. {@code worker-import}. */
    String kind();

    /**
     * Runs a claimed job. A job may be run again after its replica died part-way (or after a retry),
     * so the handler starts from a clean state each time. Throwing means a system failure: the
     * runner ends the job as failed and retryable, keeps its input for the retry window and calls
     * {@link #failed}.
     */
    Outcome run(ClaimedJob job) throws Exception;

    /** The runner ended the job as failed (an error, or its replicas died too often); {@code reason} is user-facing Chinese text. */
    void failed(long subjectId, String reason);

    /** The job was queued again (resumed after a crash, or retried): the subject shows it waiting. */
    default void requeued(long subjectId) {
    }

    /** A job a replica claimed: its row id, kind, the record it works on, which attempt this is, and its input. */
    record ClaimedJob(long id, String kind, long subjectId, int attempt, byte[] input) {
    }
}
