package gov.xianan.reform.integration.webhooks.service;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.jobs.JobHandler;
import gov.xianan.reform.integration.IntegrationConfig;
import gov.xianan.reform.integration.webhooks.WebhookDelivery;
import gov.xianan.reform.integration.webhooks.WebhookSecrets;
import gov.xianan.reform.integration.webhooks.WebhookSubscription;
import gov.xianan.reform.integration.webhooks.WebhookTargets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Sends one webhook delivery, as a durable background job (claimed by one replica). The POST
 * carries the event as the feed shows it to the owner, signed: {@code X-Xianan-Signature:
 * t=<unix>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}, with {@code X-Xianan-Event-Id} (the
 * event's cursor, the same on every retry and replay) for de-duplication. A 2xx ends it; anything
 * else is retried with exponential backoff (a new job due later), until the subscription has
 * failed too often or too long in a row: then the subscription is PAUSED with its waiting
 * deliveries, to be resumed by hand. The HTTP call runs outside any transaction.
 */
@ApplicationScoped
public class WebhookDeliveryJob implements JobHandler {

    public static final String KIND = "webhook-delivery";
    public static final String SIGNATURE = "X-Xianan-Signature";
    public static final String EVENT_ID = "X-Xianan-Event-Id";
    public static final String DELIVERY_ID = "X-Xianan-Delivery-Id";
    public static final String EVENT_TYPE = "X-Xianan-Event-Type";

    @Inject
    IntegrationConfig config;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookTargets targets;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /** What one attempt needs, read in a short transaction. */
    record Attempt(long deliveryId, String url, String secret, String body, String eventId, String type) {
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Outcome run(ClaimedJob job) {
        Attempt attempt = prepare(job.subjectId());
        if (attempt == null) {
            return Outcome.SUCCEEDED;
        }
        Integer code = null;
        String error = null;
        URI uri = URI.create(attempt.url());
        String refused = targets.refusal(uri);
        if (refused != null) {
            error = refused;
        } else {
            long now = clock.instant().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.webhooks().timeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "xianan-reform-webhooks/1")
                    .header(SIGNATURE, WebhookSecrets.signature(attempt.secret(), now, attempt.body()))
                    .header(EVENT_ID, attempt.eventId())
                    .header(EVENT_TYPE, attempt.type())
                    .header(DELIVERY_ID, Long.toString(attempt.deliveryId()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                code = response.statusCode();
                if (code < 200 || code > 299) {
                    String body = response.body() == null ? "" : response.body();
                    error = "HTTP " + code + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300) : body));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            } catch (Exception e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
        }
        Instant retryAt = record(attempt.deliveryId(), code, error);
        if (retryAt != null) {
            jobs.kickAfter(Duration.between(clock.instant(), retryAt));
        }
        return Outcome.SUCCEEDED;
    }

    /** The attempt to make, or null when there is none (already delivered, or the subscription is paused or gone). */
    @Transactional
    Attempt prepare(long deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null || d.status != WebhookDelivery.Status.PENDING) {
            return null;
        }
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        if (s == null) {
            return null;
        }
        if (s.status == WebhookSubscription.Status.PAUSED) {
            d.status = WebhookDelivery.Status.PAUSED;
            return null;
        }
        return new Attempt(d.id, s.url, secrets.open(s), d.payload, d.eventCursor, d.entityType);
    }

    /** Records how the attempt went: delivered, retried later (answers when), or the subscription paused. */
    @Transactional
    Instant record(long deliveryId, Integer code, String error) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        WebhookSubscription s = d == null ? null : WebhookSubscription.findById(d.subscriptionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            return null;
        }
        Instant now = clock.instant();
        d.attempts++;
        d.lastAttemptAt = now;
        d.lastStatusCode = code;
        d.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (error == null) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            s.consecutiveFailures = 0;
            s.failingSince = null;
            return null;
        }
        s.consecutiveFailures++;
        if (s.failingSince == null) {
            s.failingSince = now;
        }
        boolean tooMany = s.consecutiveFailures >= config.webhooks().pauseAfterFailures();
        boolean tooLong = s.failingSince.plus(config.webhooks().pauseAfterFailingFor()).isBefore(now);
        if (tooMany || tooLong) {
            s.status = WebhookSubscription.Status.PAUSED;
            s.pausedReason = tooMany ? "连续失败 " + s.consecutiveFailures + " 次,已暂停 / paused after " + s.consecutiveFailures + " failures in a row"
                    : "持续失败超过 " + config.webhooks().pauseAfterFailingFor() + ",已暂停 / paused after failing since " + s.failingSince;
            d.status = WebhookDelivery.Status.PAUSED;
            d.nextAttemptAt = null;
            WebhookDelivery.update("status = ?1, nextAttemptAt = null where subscriptionId = ?2 and status = ?3", WebhookDelivery.Status.PAUSED, s.id,
                    WebhookDelivery.Status.PENDING);
            return null;
        }
        Instant next = now.plus(backoff(d.attempts));
        d.nextAttemptAt = next;
        jobs.enqueue(KIND, d.id, null, next);
        return next;
    }

    /** initial × 2^(attempts−1), at most the configured maximum. */
    Duration backoff(int attempts) {
        Duration wait = config.webhooks().initialBackoff();
        for (int i = 1; i < attempts && wait.compareTo(config.webhooks().maxBackoff()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.webhooks().maxBackoff()) > 0 ? config.webhooks().maxBackoff() : wait;
    }

    @Override
    public void failed(long subjectId, String reason) {
        markFailed(subjectId, reason);
    }

    @Transactional
    void markFailed(long deliveryId, String reason) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d != null && d.status == WebhookDelivery.Status.PENDING) {
            d.status = WebhookDelivery.Status.FAILED;
            d.lastError = reason;
        }
    }
}
