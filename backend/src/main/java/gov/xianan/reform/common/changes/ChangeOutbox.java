package gov.xianan.reform.common.changes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.audit.Actor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The transactional outbox of the change feed ({@code change_event}): a row per change, written on
 * the connection of the caller's transaction (Agroal hands the transaction's own connection), so
 * it commits or rolls back with the change. The row's {@code tx_id} (the writing transaction) is
 * what makes reading gap-free; see V12__change_feed_and_webhooks.sql and the feed's reader.
 */
@ApplicationScoped
@Unremovable // looked up by the JPA listener, never injected
public class ChangeOutbox {

    /** Keys of {@link ChangeTracked#changeData()} that hold personal data, masked for callers without {@code pii-reader}. */
    public static final Set<String> PERSONAL_FIELDS = Set.of("idNumber", "phone", "birthDate", "contactPhone");

    public enum Operation {
        CREATED, UPDATED, DELETED
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** Records a change of a tracked entity in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeTracked entity, Operation operation) {
        record(entity.changeType(), String.valueOf(entity.changeId()), operation, entity.changeVersion(), entity.changeData(), Actor.current());
    }

    /** Records a change in the current transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String id, Operation operation, Long version, Map<String, Object> data, Actor actor) {
        try (Connection c = dataSource.getConnection()) {
            record(c, type, id, operation, version, data, actor);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the change feed's outbox row", e);
        }
    }

    /** Records a change on a connection the caller holds in its own transaction (set-based writers outside JTA). */
    public void record(Connection c, String type, String id, Operation operation, Long version, Map<String, Object> data, Actor actor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into change_event (entity_type, entity_id, operation, version, actor, department, client_id, data)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")) {
            ps.setString(1, type);
            ps.setString(2, id);
            ps.setString(3, operation.name());
            ps.setObject(4, version);
            ps.setString(5, actor.username());
            ps.setString(6, actor.department());
            ps.setString(7, actor.clientId());
            ps.setString(8, data == null ? null : json.writeValueAsString(data));
            ps.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
