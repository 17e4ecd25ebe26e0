package gov.xianan.reform.integration.feed.service;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.audit.service.AuditLog;
import gov.xianan.reform.common.changes.ChangeOutbox;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.integration.feed.ChangeCursor;
import gov.xianan.reform.integration.feed.ChangeDtos.ChangeEvent;
import gov.xianan.reform.integration.feed.ChangeDtos.ChangePage;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.registry.validation.Phones;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The change feed for the caller: the outbox in gap-free order ({@link ChangeLog}), only events
 * about records the caller may read ({@link ChangeVisibility}), personal fields masked unless the
 * caller holds {@code pii-reader} (and then the read is audited as PII_READ, like every unmasked read).
 */
@ApplicationScoped
public class ChangeFeedService {

    /** The event types of the feed (the {@code type} of an event and the values of {@code types}). */
    public static final Set<String> TYPES = Set.of("worker", "employment", "enterprise", "subsidy-application",
            "subsidy-application-transition", "competition", "competition-award", "task", "task-report");

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    /** How many events one call reads at most while skipping events the caller may not read; the page then ends early with hasMore. */
    static final int MAX_SCANNED = 10_000;

    @Inject
    ChangeLog log;

    @Inject
    ChangeVisibility visibility;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    ObjectMapper json;

    /** A page for the API: validated parameters, masked data, unmasked reads audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangePage page(String after, String types, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "limit 须在 1 到 " + MAX_LIMIT + " 之间");
        }
        ChangeCursor cursor = ChangeCursor.parse(after);
        Set<String> wanted = parseTypes(types);
        boolean unmasked = user.hasRole(Roles.PII_READER);
        ChangePage page = visiblePage(cursor, wanted, size, unmasked, after != null && !after.isBlank());
        if (unmasked) {
            String shown = page.items().stream().filter(ChangeFeedService::hasPersonalData).map(e -> e.type() + ":" + e.id())
                    .collect(Collectors.joining(","));
            if (!shown.isEmpty()) {
                audit.record(AuditLog.Action.PII_READ, "change_event", null, "GRANTED", "change feed: " + truncate(shown));
            }
        }
        return page;
    }

    /**
     * Events after {@code cursor} that the current caller (a request's, or a webhook owner's
     * identity) may read. {@code nextCursor} is the last event read, visible or not, so that a
     * follower never reads skipped events again.
     */
    public ChangePage visiblePage(ChangeCursor cursor, Set<String> types, int size, boolean unmasked, boolean echoCursor) {
        List<ChangeEvent> items = new ArrayList<>();
        ChangeCursor last = null;
        boolean more = false;
        int scanned = 0;
        while (items.size() < size) {
            int batch = size - items.size();
            List<ChangeLog.Row> rows = log.after(last == null ? cursor : last, types, batch);
            for (ChangeLog.Row row : rows) {
                last = row.position();
                JsonNode data = readTree(row.data());
                if (visibility.visible(row.type(), row.entityId(), data)) {
                    items.add(toEvent(row, data, unmasked));
                }
            }
            scanned += rows.size();
            more = rows.size() == batch;
            if (!more) {
                break;
            }
            if (scanned >= MAX_SCANNED) {
                break;
            }
        }
        String next = last != null ? last.encode() : echoCursor || cursor != ChangeCursor.START ? cursor.encode() : null;
        return new ChangePage(items, next, more);
    }

    /**
     * Of rows already read from the log, the events the current caller may read, of the given
     * types (all when empty), as the feed would show them (webhook fan-out, under the owner's identity).
     */
    public List<ChangeEvent> visibleEvents(List<ChangeLog.Row> rows, Set<String> types, boolean unmasked) {
        List<ChangeEvent> events = new ArrayList<>();
        for (ChangeLog.Row row : rows) {
            if (!types.isEmpty() && !types.contains(row.type())) {
                continue;
            }
            JsonNode data = readTree(row.data());
            if (visibility.visible(row.type(), row.entityId(), data)) {
                events.add(toEvent(row, data, unmasked));
            }
        }
        if (unmasked) {
            String shown = events.stream().filter(ChangeFeedService::hasPersonalData).map(e -> e.type() + ":" + e.id())
                    .collect(Collectors.joining(","));
            if (!shown.isEmpty()) {
                audit.record(AuditLog.Action.PII_READ, "change_event", null, "GRANTED", "webhook: " + truncate(shown));
            }
        }
        return events;
    }

    /** The types a caller asked for; empty (all) when none; an unknown one is a 400. */
    public static Set<String> parseTypes(String types) {
        return parseTypes(types, "types");
    }

    /** The same, naming {@code field} in the problem. */
    public static Set<String> parseTypes(String types, String field) {
        if (types == null || types.isBlank()) {
            return Set.of();
        }
        Set<String> wanted = Arrays.stream(types.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> unknown = wanted.stream().filter(t -> !TYPES.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid(field, "未知的变更类型: " + String.join(",", unknown) + "(可用: " + String.join(",", TYPES.stream().sorted().toList()) + ")");
        }
        return wanted;
    }

    private ChangeEvent toEvent(ChangeLog.Row row, JsonNode data, boolean unmasked) {
        Map<String, Object> shown = null;
        if (data != null && !data.isNull()) {
            shown = json.convertValue(data, new TypeReference<java.util.LinkedHashMap<String, Object>>() {
            });
            if (!unmasked) {
                mask(shown);
            }
        }
        return new ChangeEvent(row.position().encode(), row.type(), row.entityId(), row.operation(), row.version(), row.occurredAt(), row.actor(),
                row.clientId(), "DELETED".equals(row.operation()) ? null : shown);
    }

    /** Masks the personal fields as the registry's own answers do: ID numbers and phones partly, birth dates wholly. */
    static void mask(Map<String, Object> data) {
        for (String field : ChangeOutbox.PERSONAL_FIELDS) {
            Object value = data.get(field);
            if (value == null) {
                continue;
            }
            data.put(field, switch (field) {
                case "idNumber" -> IdNumbers.mask(value.toString());
                case "phone", "contactPhone" -> Phones.mask(value.toString());
                default -> null;
            });
        }
    }

    private static boolean hasPersonalData(ChangeEvent e) {
        return e.data() != null && ChangeOutbox.PERSONAL_FIELDS.stream().anyMatch(f -> e.data().get(f) != null);
    }

    private JsonNode readTree(String data) {
        if (data == null) {
            return null;
        }
        try {
            return json.readTree(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String truncate(String s) {
        return s.length() <= 900 ? s : s.substring(0, 900) + "…";
    }
}
