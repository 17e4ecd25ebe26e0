package gov.xianan.reform.common.audit;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** One change of a record: who made it, when, through which client, and what changed. */
@Schema(name = "HistoryEntry", description = "谁在何时修改了什么 / who changed what, when")
public record HistoryEntry(
        @Schema(description = "Revision number (ascending in time)") long revision,
        @Schema(description = "When the change was committed") Instant changedAt,
        @Schema(description = "Username of the person or service account") String actor,
        @Schema(description = "The actor's name at the time of the change (张明华; a service account by its system's name)") @Nullable String actorName,
        @Schema(description = "The actor's department code, if any") @Nullable String department,
        @Schema(description = "The actor's department by name") @Nullable String departmentName,
        @Schema(description = "OAuth client the change came through") @Nullable String clientId,
        @Schema(description = "CREATED, UPDATED or DELETED") ChangeType type,
        @Schema(description = "Fields that changed, with values before and after") List<FieldChange> changes) {

    public enum ChangeType {
        CREATED, UPDATED, DELETED
    }

    @Schema(name = "FieldChange")
    public record FieldChange(String field, Object before, Object after) {
    }
}
