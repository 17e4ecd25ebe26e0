package gov.xianan.reform.common.series;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The month-end snapshots of the aggregates ({@code statistics_snapshot}): each aggregate's input
 * table as it stood on a month end, written once (a second write of the same month end is a no-op)
 * and read by the statistics for that month end, so that every answer about a month end — the
 * current figures, a series point, a CSV — is cut from the same table.
 */
@ApplicationScoped
public class StatisticsSnapshots {

    public enum Method {
        /** Taken by the scheduled job after the month ended. */
        MONTH_END,
        /** Recomputed later from the dated records. */
        BACKFILL
    }

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper json;

    /** The snapshot of an aggregate for a month end, read on the given connection (the answer's snapshot). */
    public Optional<JsonNode> find(Connection c, String aggregate, LocalDate monthEnd) {
        try (PreparedStatement ps = c.prepareStatement("select payload::text from statistics_snapshot where aggregate = ? and month_end = ?")) {
            ps.setString(1, aggregate);
            ps.setObject(2, monthEnd);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(json.readTree(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("statistics snapshot read failed", e);
        }
    }

    /** The month ends an aggregate has a snapshot for. */
    public Set<LocalDate> monthEnds(String aggregate) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select month_end from statistics_snapshot where aggregate = ?")) {
            ps.setString(1, aggregate);
            Set<LocalDate> out = new TreeSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, LocalDate.class));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("statistics snapshot read failed", e);
        }
    }

    /** Writes a snapshot unless one exists for the month end; true when this call wrote it. Joins the caller's transaction. */
    public boolean save(String aggregate, LocalDate monthEnd, JsonNode payload, Method method) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("insert into statistics_snapshot (aggregate, month_end, payload, method) values (?, ?, ?::jsonb, ?) "
                        + "on conflict (aggregate, month_end) do nothing")) {
            ps.setString(1, aggregate);
            ps.setObject(2, monthEnd);
            ps.setString(3, json.writeValueAsString(payload));
            ps.setString(4, method.name());
            return ps.executeUpdate() == 1;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("statistics snapshot write failed", e);
        }
    }
}
