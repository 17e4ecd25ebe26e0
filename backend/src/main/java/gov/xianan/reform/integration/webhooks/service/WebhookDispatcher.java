package gov.xianan.reform.integration.webhooks.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.integration.feed.ChangeCursor;
import gov.xianan.reform.integration.feed.ChangeDtos.ChangeEvent;
import gov.xianan.reform.integration.feed.service.ChangeFeedService;
import gov.xianan.reform.integration.feed.service.ChangeLog;
import gov.xianan.reform.integration.webhooks.WebhookSubscription;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Moves new feed events into webhook deliveries: every replica runs it, but the feed position
 * ({@code webhook_dispatch_cursor}) is locked for the batch, so one replica at a time moves it and
 * each event is fanned out once. For each subscription (paused ones too: their deliveries wait as
 * PAUSED), the events of its types that its owner may read, as the feed shows them to the owner.
 * The deliveries and their jobs commit with the new position.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final int BATCH = 500;

    @Inject
    DataSource dataSource;

    @Inject
    ChangeLog log;

    @Inject
    ChangeFeedService feed;

    @Inject
    OwnerIdentity owners;

    @Inject
    BackgroundJobs jobs;

    @Inject
    ObjectMapper json;

    @Scheduled(every = "{xianan.integration.webhooks.dispatch-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-dispatch")
    void scheduled() {
        try {
            dispatchAll();
        } catch (RuntimeException e) {
            LOG.warn("webhook fan-out failed; the next run retries", e);
        }
    }

    /** Fans out every event ready now; answers how many deliveries were queued. */
    public int dispatchAll() {
        int queued = 0;
        int[] batch;
        do {
            batch = dispatchBatch();
            queued += batch[1];
        } while (batch[0] == BATCH);
        if (queued > 0) {
            jobs.kick();
        }
        return queued;
    }

    /** One batch in one transaction; answers {events read, deliveries queued}. */
    @Transactional
    int[] dispatchBatch() {
        try (Connection c = dataSource.getConnection()) {
            ChangeCursor position;
            try (PreparedStatement ps = c.prepareStatement(
                    "select tx_id::text, event_id from webhook_dispatch_cursor where name = 'default' for update");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                position = new ChangeCursor(Long.parseLong(rs.getString(1)), rs.getLong(2));
            }
            List<ChangeLog.Row> rows = log.after(position, Set.of(), BATCH);
            if (rows.isEmpty()) {
                return new int[] { 0, 0 };
            }
            int queued = 0;
            for (WebhookSubscription s : WebhookSubscription.<WebhookSubscription>listAll()) {
                queued += queue(c, s, rows);
            }
            ChangeCursor last = rows.get(rows.size() - 1).position();
            try (PreparedStatement ps = c.prepareStatement(
                    "update webhook_dispatch_cursor set tx_id = cast(? as xid8), event_id = ? where name = 'default'")) {
                ps.setString(1, Long.toString(last.txId()));
                ps.setLong(2, last.eventId());
                ps.executeUpdate();
            }
            return new int[] { rows.size(), queued };
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Queues the rows the subscription's owner may read; an event already queued for it is left as it is. */
    int queue(Connection c, WebhookSubscription s, List<ChangeLog.Row> rows) throws SQLException {
        boolean unmasked = List.of(s.ownerRoles).contains(Roles.PII_READER);
        List<ChangeEvent> events = owners.call(s, () -> feed.visibleEvents(rows, Set.of(s.eventTypes), unmasked));
        boolean paused = s.status == WebhookSubscription.Status.PAUSED;
        int queued = 0;
        for (ChangeEvent e : events) {
            Long id = insert(c, s.id, e, paused ? "PAUSED" : "PENDING", false);
            if (id != null && !paused) {
                jobs.enqueue(WebhookDeliveryJob.KIND, id, null);
                queued++;
            }
        }
        return queued;
    }

    /**
     * Inserts a delivery; with {@code again}, an existing one for the same event is queued again
     * (a replay). Answers its id, or null when it existed and was left alone.
     */
    Long insert(Connection c, long subscriptionId, ChangeEvent e, String status, boolean again) throws SQLException {
        String payload;
        try {
            payload = json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        ChangeCursor position = ChangeCursor.parse(e.cursor());
        try (PreparedStatement ps = c.prepareStatement("""
                insert into webhook_delivery (subscription_id, change_event_id, event_cursor, entity_type, status, payload, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (subscription_id, change_event_id)""" + " do " + (again
                ? "update set status = excluded.status, payload = excluded.payload, next_attempt_at = now()" : "nothing") + " returning id")) {
            ps.setLong(1, subscriptionId);
            ps.setLong(2, position.eventId());
            ps.setString(3, e.cursor());
            ps.setString(4, e.type());
            ps.setString(5, status);
            ps.setString(6, payload);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
