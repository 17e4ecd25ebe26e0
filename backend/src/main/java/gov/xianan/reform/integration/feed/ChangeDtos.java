package gov.xianan.reform.integration.feed;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The change feed's answer. */
public final class ChangeDtos {

    private ChangeDtos() {
    }

    @Schema(name = "ChangeEvent", description = "一条变更 / one change of a record, in feed order")
    public record ChangeEvent(
            @Schema(description = "This event's position; pass it as `after` to continue after it", required = true) String cursor,
            @Schema(description = "Record type: worker, employment, enterprise, subsidy-application, subsidy-application-transition, "
                    + "competition, competition-award, task, task-report", required = true, examples = "worker") String type,
            @Schema(description = "The record's id", required = true, examples = "42") String id,
            @Schema(description = "What happened to the record", required = true, enumeration = { "CREATED", "UPDATED",
                    "DELETED" }) String operation,
            @Schema(description = "The record's version after the change (optimistic lock); null for records without one", nullable = true) @Nullable Long version,
            @Schema(description = "When the change was made", required = true) Instant occurredAt,
            @Schema(description = "Username of the person or service account that made the change (system for scheduled work)", required = true) String actor,
            @Schema(description = "OAuth client the change came through", nullable = true) @Nullable String client,
            @Schema(description = "The record after the change (personal fields masked unless the caller holds pii-reader); null for a deletion", nullable = true) @Nullable Map<String, Object> data) {
    }

    @Schema(name = "ChangePage", description = "一页变更 / a page of the change feed")
    public record ChangePage(
            @Schema(required = true) List<ChangeEvent> items,
            @Schema(description = "Pass as `after` for the next page (also when this page is empty: it may have skipped events the caller may not read); null only when nothing has happened yet", nullable = true) @Nullable String nextCursor,
            @Schema(description = "Whether more events are ready now; false means the caller is up to date and should poll again later", required = true) boolean hasMore) {
    }
}
