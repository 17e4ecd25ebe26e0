package gov.xianan.reform.registry.mapping;

import jakarta.annotation.Nullable;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import gov.xianan.reform.common.error.Problem;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerRequest;

/** Bodies of the upserts by ID number, for systems that keep their own HR records. */
public final class WorkerUpsertDtos {

    /** The most rows one batch may carry; more is a 413. */
    public static final int MAX_BATCH_ROWS = 1000;

    private WorkerUpsertDtos() {
    }

    /** What an upsert did to one person. */
    @Schema(name = "UpsertOutcome", description = "CREATED: a new worker; UPDATED: a stored worker changed (version + 1); UNCHANGED: the "
            + "stored worker already held these data (nothing written, version kept); REJECTED: the row was refused, see errors")
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }

    /** How a batch treats its bad rows. */
    @Schema(name = "BatchMode", description = "ALL_OR_NOTHING: any rejected row → nothing is written, 422 with every row's result; "
            + "PER_ROW: the good rows are written, the bad ones reported")
    public enum Mode {
        ALL_OR_NOTHING, PER_ROW
    }

    @Schema(name = "WorkerBatchUpsertRequest", description = "Up to 1,000 workers, each keyed by its idNumber (once per batch); "
            + "version is not needed and, when given, must match")
    public record BatchRequest(
            @Schema(description = "The workers, at most 1,000", required = true) List<WorkerRequest> workers) {
    }

    @Schema(name = "WorkerUpsertRowResult", description = "The result of one row of a batch")
    public record RowResult(
            @Schema(description = "Position of the row in workers, from 0", required = true) int index,
            @Schema(description = "The row's ID number, masked (421202********1234) unless the caller holds pii-reader; null when the row has none",
                    examples = "421202199001011234") @Nullable String idNumber,
            @Schema(required = true) Outcome outcome,
            @Schema(description = "The worker written or found; null for a rejected row and for a row that would have created a worker "
                    + "in a refused ALL_OR_NOTHING batch") @Nullable Long workerId,
            @Schema(description = "The worker's version after the row (null when no worker)") @Nullable Long version,
            @Schema(description = "Why the row was rejected (empty otherwise); field names the row's field", required = true)
            List<Problem.FieldError> errors) {
    }

    @Schema(name = "WorkerBatchUpsertResponse", description = "Per-row results of a batch, in the order of the request")
    public record BatchResponse(
            @Schema(required = true) Mode mode,
            @Schema(description = "Whether anything of the batch was written: false for a refused ALL_OR_NOTHING batch (its good rows "
                    + "carry the outcome they would have had)", required = true) boolean written,
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true) int rejected,
            @Schema(required = true) List<RowResult> results) {
    }

    /** A single upsert's answer: the worker and whether it was created, changed or already so. */
    public record Single(Outcome outcome, WorkerDtos.WorkerResponse worker) {
    }
}
