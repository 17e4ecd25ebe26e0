package gov.xianan.reform.integration.webhooks;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** Requests and answers of the webhook API. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionRequest", description = "订阅 / where to send which events")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "http(s) endpoint that receives POSTs", required = true, examples = "https://hr.example.gov.cn/xianan/webhook") String url,
            @NotEmpty @Size(max = 20) @Schema(description = "Event types (as in the change feed)", required = true, examples = "[\"worker\",\"subsidy-application\"]") List<String> eventTypes,
            @Size(min = 16, max = 200) @Schema(description = "Signing secret (16+ characters); absent on creation: one is generated and returned once; absent on update: unchanged", nullable = true) @Nullable String secret,
            @Size(max = 500) @Schema(nullable = true) @Nullable String description,
            @Schema(description = "The version read (required on update)", nullable = true) @Nullable Long version) {
    }

    @Schema(name = "WebhookSubscription", description = "订阅 / a webhook subscription")
    public record SubscriptionResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String url,
            @Schema(required = true) List<String> eventTypes,
            @Schema(nullable = true) @Nullable String description,
            @Schema(required = true, enumeration = { "ACTIVE", "PAUSED" }) String status,
            @Schema(description = "Why it was paused (repeated failures, or by hand)", nullable = true) @Nullable String pausedReason,
            @Schema(description = "Whose read scope filters the events (the login, for the admin)", required = true) String owner,
            @Schema(description = "The owner by name (a system by its client's name)", nullable = true, examples = "区人社局人事系统") @Nullable String ownerName,
            @Schema(description = "The owner's department (code)", nullable = true) @Nullable String ownerDepartment,
            @Schema(description = "The owner's department by name", nullable = true, examples = "区人社局") @Nullable String ownerDepartmentName,
            @Schema(nullable = true) @Nullable String ownerClient,
            @Schema(description = "Failed attempts in a row", required = true) int consecutiveFailures,
            @Schema(nullable = true) @Nullable Instant failingSince,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(description = "The signing secret: only in the answer to the creation (or to a rotation), never again", nullable = true) @Nullable String secret) {
    }

    @Schema(name = "WebhookDelivery", description = "投递记录 / one event sent to one subscription")
    public record DeliveryResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long subscriptionId,
            @Schema(description = "The event's feed cursor, also sent as X-Xianan-Event-Id", required = true) String eventId,
            @Schema(required = true) String type,
            @Schema(required = true, enumeration = { "PENDING", "DELIVERED", "FAILED", "PAUSED" }) String status,
            @Schema(required = true) int attempts,
            @Schema(nullable = true) @Nullable Integer lastStatusCode,
            @Schema(nullable = true) @Nullable String lastError,
            @Schema(nullable = true) @Nullable Instant lastAttemptAt,
            @Schema(nullable = true) @Nullable Instant nextAttemptAt,
            @Schema(nullable = true) @Nullable Instant deliveredAt,
            @Schema(required = true) Instant createdAt) {
    }

    @Schema(name = "WebhookReplayRequest")
    public record ReplayRequest(
            @Schema(description = "Send again every event after this feed cursor (absent: from the oldest kept); at most 10,000 per call", nullable = true) @Nullable String after) {
    }

    @Schema(name = "WebhookReplayResult")
    public record ReplayResult(@Schema(description = "Deliveries queued", required = true) int queued,
            @Schema(description = "Where this replay stopped; call again with it when more remain", nullable = true) @Nullable String nextCursor,
            @Schema(required = true) boolean hasMore) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(@Schema(required = true) List<DeliveryResponse> items, @Schema(required = true) long total,
            @Schema(required = true) int page, @Schema(required = true) int size) {
    }

    @Schema(name = "WebhookSubscriptionPage")
    public record SubscriptionPage(@Schema(required = true) List<SubscriptionResponse> items, @Schema(required = true) long total) {
    }
}
