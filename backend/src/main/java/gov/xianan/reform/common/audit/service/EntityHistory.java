package gov.xianan.reform.common.audit.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

import gov.xianan.reform.common.audit.AuditRevision;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.HistoryEntry.ChangeType;
import gov.xianan.reform.common.audit.HistoryEntry.FieldChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Reads a record's Envers revisions and turns them into "who changed what, when". The caller
 * supplies the snapshot of the fields a user may see (so that, for instance, masked personal
 * data stays masked in the history too).
 */
@ApplicationScoped
public class EntityHistory {

    @Inject
    EntityManager em;

    @Inject
    gov.xianan.reform.dictionaries.service.DictionaryLabels labels;

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> List<HistoryEntry> of(Class<T> type, Object id, Function<T, Map<String, Object>> snapshot) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(em).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> history = new ArrayList<>();
        Map<String, Object> previous = Map.of();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            T entity = (T) row[0];
            AuditRevision rev = (AuditRevision) row[1];
            RevisionType revType = (RevisionType) row[2];
            Map<String, Object> current = revType == RevisionType.DEL ? Map.of() : snapshot.apply(entity);
            List<FieldChange> changes = diff(previous, current);
            history.add(new HistoryEntry(rev.id, rev.changedAt, rev.actor,
                    labels.actorName(rev.actor, rev.actorName), rev.department, labels.departmentName(rev.department), rev.clientId,
                    switch (revType) {
                        case ADD -> ChangeType.CREATED;
                        case MOD -> ChangeType.UPDATED;
                        case DEL -> ChangeType.DELETED;
                    }, changes));
            previous = current;
        }
        return history;
    }

    private static List<FieldChange> diff(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> keys = new LinkedHashMap<>(after);
        before.forEach(keys::putIfAbsent);
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys.keySet()) {
            Object b = before.get(key);
            Object a = after.get(key);
            if (!Objects.equals(b, a)) {
                changes.add(new FieldChange(key, b, a));
            }
        }
        return changes;
    }
}
