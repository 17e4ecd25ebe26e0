package gov.xianan.reform.common.audit.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.AuditEvent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Reads the audit log for the admin. */
@ApplicationScoped
public class AuditEventService {

    public record AuditEventResponse(long id, Instant occurredAt, String actor, String department, String clientId,
            String action, String entityType, String entityId, String outcome, String detail) {
        static AuditEventResponse of(AuditEvent e) {
            return new AuditEventResponse(e.id, e.occurredAt, e.actor, e.department, e.clientId, e.action,
                    e.entityType, e.entityId, e.outcome, e.detail);
        }
    }

    private static final Map<String, String> SORTABLE = Map.of("occurredAt", "occurredAt", "actor", "actor", "action", "action");

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<AuditEventResponse> list(PageQuery page, String action, String actor) {
        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        if (action != null && !action.isBlank()) {
            where.add("action = :action");
            params.put("action", action);
        }
        if (actor != null && !actor.isBlank()) {
            where.add("actor = :actor");
            params.put("actor", actor);
        }
        Sort sort = page.toSort(SORTABLE, Sort.descending("occurredAt", "id"));
        PanacheQuery<AuditEvent> q = params.isEmpty() ? AuditEvent.findAll(sort) : AuditEvent.find(where.toString(), sort, params);
        long total = q.count();
        var items = q.page(page.pageNumber(), page.pageSize()).list().stream().map(AuditEventResponse::of).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }
}
