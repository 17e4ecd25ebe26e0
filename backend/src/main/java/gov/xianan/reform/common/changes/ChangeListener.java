package gov.xianan.reform.common.changes;

import io.quarkus.arc.Arc;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The one hook of the change feed: JPA calls it during the flush of every insert, update and
 * delete of a {@link ChangeTracked} entity, inside the writing transaction, so the outbox row
 * commits or rolls back with the change itself. Writes that bypass JPA (the set-based worker
 * import) call {@link ChangeOutbox} themselves.
 */
public class ChangeListener {

    @PostPersist
    void created(Object entity) {
        record(entity, ChangeOutbox.Operation.CREATED);
    }

    @PostUpdate
    void updated(Object entity) {
        record(entity, ChangeOutbox.Operation.UPDATED);
    }

    @PostRemove
    void deleted(Object entity) {
        record(entity, ChangeOutbox.Operation.DELETED);
    }

    private static void record(Object entity, ChangeOutbox.Operation operation) {
        if (entity instanceof ChangeTracked tracked) {
            Arc.container().instance(ChangeOutbox.class).get().record(tracked, operation);
        }
    }
}
