package gov.xianan.reform.integration.webhooks.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.integration.feed.ChangeCursor;
import gov.xianan.reform.integration.feed.ChangeDtos.ChangeEvent;
import gov.xianan.reform.integration.feed.service.ChangeFeedService;
import gov.xianan.reform.integration.feed.service.ChangeLog;
import gov.xianan.reform.integration.webhooks.WebhookDelivery;
import gov.xianan.reform.integration.webhooks.WebhookDtos.DeliveryPage;
import gov.xianan.reform.integration.webhooks.WebhookDtos.DeliveryResponse;
import gov.xianan.reform.integration.webhooks.WebhookDtos.ReplayResult;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionPage;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionRequest;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionResponse;
import gov.xianan.reform.integration.webhooks.WebhookSecrets;
import gov.xianan.reform.integration.webhooks.WebhookSubscription;
import gov.xianan.reform.integration.webhooks.WebhookTargets;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/**
 * Webhook subscriptions and their deliveries. A client registers, changes and removes its own
 * subscriptions; admin sees, pauses, resumes and replays everyone's (admin does not subscribe: it
 * reads no records). Another owner's subscription is a 404 (existence does not leak).
 */
@ApplicationScoped
public class WebhookService {

    static final int REPLAY_MAX = 10_000;

    @Inject
    CurrentUser user;

    @Inject
    WebhookSecrets secrets;

    @Inject
    WebhookTargets targets;

    @Inject
    BackgroundJobs jobs;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ChangeLog log;

    @Inject
    ChangeFeedService feed;

    @Inject
    OwnerIdentity owners;

    @Inject
    DataSource dataSource;

    @Transactional
    public SubscriptionResponse create(@Valid SubscriptionRequest request) {
        if (user.hasRole(Roles.ADMIN) && !mayRead()) {
            throw ProblemException.forbidden("管理员不读取业务记录,不能订阅变更;请用业务系统或业务用户订阅");
        }
        WebhookSubscription s = new WebhookSubscription();
        apply(s, request);
        String secret = request.secret() == null ? WebhookSecrets.generate() : request.secret();
        s.secret = secrets.seal(secret);
        s.secretEncrypted = secrets.encrypts();
        s.ownerUsername = user.username();
        s.ownerName = gov.xianan.reform.common.audit.Actor.current().name();
        s.ownerDepartment = user.departmentCode().orElse(null);
        s.ownerClientId = user.clientId().orElse(null);
        s.ownerRoles = user.roles().toArray(String[]::new);
        s.persist();
        return toResponse(s, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionPage list() {
        List<WebhookSubscription> rows = isAdmin() ? WebhookSubscription.listAll(Sort.by("id"))
                : WebhookSubscription.list("ownerUsername", Sort.by("id"), user.username());
        return new SubscriptionPage(rows.stream().map(s -> toResponse(s, null)).toList(), rows.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse get(long id) {
        return toResponse(visible(id), null);
    }

    @Transactional
    public SubscriptionResponse update(long id, @Valid SubscriptionRequest request) {
        WebhookSubscription s = own(id);
        if (request.version() == null) {
            throw ProblemException.invalid("version", "请提供读取时的 version");
        }
        if (request.version() != s.version) {
            throw ProblemException.staleVersion("订阅已被他人修改,请刷新后重试");
        }
        apply(s, request);
        if (request.secret() != null) {
            s.secret = secrets.seal(request.secret());
            s.secretEncrypted = secrets.encrypts();
        }
        // the owner's scope is taken again from the caller's current roles
        s.ownerRoles = user.roles().toArray(String[]::new);
        s.ownerDepartment = user.departmentCode().orElse(null);
        s.ownerName = gov.xianan.reform.common.audit.Actor.current().name();
        WebhookSubscription.getEntityManager().flush();
        return toResponse(s, null);
    }

    @Transactional
    public void delete(long id) {
        WebhookSubscription s = isAdmin() ? visible(id) : own(id);
        // no version check: a delivery attempt may have just counted a failure; removal wins
        WebhookSubscription.delete("id", s.id);
    }

    @Transactional
    public SubscriptionResponse pause(long id) {
        WebhookSubscription s = visible(id);
        s.status = WebhookSubscription.Status.PAUSED;
        s.pausedReason = "由 " + user.username() + " 手动暂停 / paused by hand";
        WebhookDelivery.update("status = ?1, nextAttemptAt = null where subscriptionId = ?2 and status = ?3", WebhookDelivery.Status.PAUSED, s.id,
                WebhookDelivery.Status.PENDING);
        WebhookSubscription.getEntityManager().flush();
        return toResponse(s, null);
    }

    /** Active again, failure count cleared, every delivery that waited (PAUSED) queued now. */
    public SubscriptionResponse resume(long id) {
        SubscriptionResponse r = resumeInTransaction(id);
        jobs.kick();
        return r;
    }

    @Transactional
    SubscriptionResponse resumeInTransaction(long id) {
        WebhookSubscription s = visible(id);
        s.status = WebhookSubscription.Status.ACTIVE;
        s.pausedReason = null;
        s.consecutiveFailures = 0;
        s.failingSince = null;
        List<WebhookDelivery> waiting = WebhookDelivery.list("subscriptionId = ?1 and status = ?2", Sort.by("id"), s.id, WebhookDelivery.Status.PAUSED);
        for (WebhookDelivery d : waiting) {
            d.status = WebhookDelivery.Status.PENDING;
            d.nextAttemptAt = java.time.Instant.now();
            jobs.enqueue(WebhookDeliveryJob.KIND, d.id, null);
        }
        WebhookSubscription.getEntityManager().flush();
        return toResponse(s, null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(long subscriptionId, String status, int page, int size) {
        WebhookSubscription s = visible(subscriptionId);
        var query = status == null || status.isBlank() ? WebhookDelivery.find("subscriptionId", Sort.descending("id"), s.id)
                : WebhookDelivery.find("subscriptionId = ?1 and status = ?2", Sort.descending("id"), s.id, parseStatus(status));
        List<WebhookDelivery> rows = query.page(Page.of(page, size)).list();
        return new DeliveryPage(rows.stream().map(WebhookService::toResponse).toList(), query.count(), page, size);
    }

    /** Sends a delivery again (any state), with the same event id; 409 while its subscription is paused. */
    public DeliveryResponse replayDelivery(long deliveryId) {
        DeliveryResponse r = replayDeliveryInTransaction(deliveryId);
        jobs.kick();
        return r;
    }

    @Transactional
    DeliveryResponse replayDeliveryInTransaction(long deliveryId) {
        WebhookDelivery d = WebhookDelivery.findById(deliveryId);
        if (d == null) {
            throw ProblemException.notFound("投递记录不存在: " + deliveryId);
        }
        WebhookSubscription s = visible(d.subscriptionId);
        if (s.status == WebhookSubscription.Status.PAUSED) {
            throw new ProblemException(409, "/problems/webhook-paused", "订阅已暂停,请先恢复再重发");
        }
        d.status = WebhookDelivery.Status.PENDING;
        d.nextAttemptAt = java.time.Instant.now();
        jobs.enqueue(WebhookDeliveryJob.KIND, d.id, null);
        return toResponse(d);
    }

    /** Queues again every event after a cursor that the owner may read (existing deliveries are sent again). */
    public ReplayResult replayFrom(long subscriptionId, String after) {
        ReplayResult r = replayFromInTransaction(subscriptionId, after);
        jobs.kick();
        return r;
    }

    @Transactional
    ReplayResult replayFromInTransaction(long subscriptionId, String after) {
        ChangeCursor cursor = ChangeCursor.parse(after);
        WebhookSubscription s = visible(subscriptionId);
        if (s.status == WebhookSubscription.Status.PAUSED) {
            throw new ProblemException(409, "/problems/webhook-paused", "订阅已暂停,请先恢复再重发");
        }
        List<ChangeLog.Row> rows = log.after(cursor, Set.of(s.eventTypes), REPLAY_MAX);
        boolean unmasked = List.of(s.ownerRoles).contains(Roles.PII_READER);
        List<ChangeEvent> events = owners.call(s, () -> feed.visibleEvents(rows, Set.of(s.eventTypes), unmasked));
        int queued = 0;
        try (Connection c = dataSource.getConnection()) {
            for (ChangeEvent e : events) {
                Long id = dispatcher.insert(c, s.id, e, "PENDING", true);
                jobs.enqueue(WebhookDeliveryJob.KIND, id, null);
                queued++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String next = rows.isEmpty() ? (after == null ? null : cursor.encode()) : rows.get(rows.size() - 1).position().encode();
        return new ReplayResult(queued, next, rows.size() == REPLAY_MAX);
    }

    private void apply(WebhookSubscription s, SubscriptionRequest request) {
        s.url = targets.require(request.url()).toString();
        List<String> types = new ArrayList<>(ChangeFeedService.parseTypes(String.join(",", request.eventTypes()), "eventTypes"));
        if (types.isEmpty()) {
            throw ProblemException.invalid("eventTypes", "至少选择一种事件类型");
        }
        s.eventTypes = types.toArray(String[]::new);
        s.description = request.description();
    }

    private boolean isAdmin() {
        return user.hasRole(Roles.ADMIN);
    }

    private boolean mayRead() {
        return user.hasRole(Roles.STAFF) || user.hasRole(Roles.LEAD) || user.hasRole(Roles.REGISTRY_EDITOR);
    }

    /** The caller's own subscription, or (for admin) anyone's; otherwise 404. */
    private WebhookSubscription visible(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !isAdmin() && !s.ownerUsername.equals(user.username())) {
            throw ProblemException.notFound("订阅不存在: " + id);
        }
        return s;
    }

    /** The caller's own subscription; otherwise 404. */
    private WebhookSubscription own(long id) {
        WebhookSubscription s = WebhookSubscription.findById(id);
        if (s == null || !s.ownerUsername.equals(user.username())) {
            throw ProblemException.notFound("订阅不存在: " + id);
        }
        return s;
    }

    private static WebhookDelivery.Status parseStatus(String status) {
        try {
            return WebhookDelivery.Status.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "未知的投递状态: " + status);
        }
    }

    static SubscriptionResponse toResponse(WebhookSubscription s, String secret) {
        return new SubscriptionResponse(s.id, s.url, List.of(s.eventTypes), s.description, s.status.name(), s.pausedReason, s.ownerUsername,
                gov.xianan.reform.common.audit.ActorNames.of(s.ownerUsername, s.ownerName), s.ownerDepartment,
                gov.xianan.reform.common.audit.ActorNames.department(s.ownerDepartment), s.ownerClientId, s.consecutiveFailures, s.failingSince, s.version, s.createdAt, secret);
    }

    static DeliveryResponse toResponse(WebhookDelivery d) {
        return new DeliveryResponse(d.id, d.subscriptionId, d.eventCursor, d.entityType, d.status.name(), d.attempts, d.lastStatusCode, d.lastError,
                d.lastAttemptAt, d.nextAttemptAt, d.deliveredAt, d.createdAt);
    }
}
