package gov.xianan.reform.common.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The read-only datasource {@value #NAME} for the analyst and statistics reads: a streaming
 * replica when {@code DB_READ_URL} is set, else the primary (application.properties). Its
 * connections are read-only sessions outside the JTA transaction of the request, so a read here
 * never joins or blocks a write on the primary; whatever is written goes through the default
 * datasource. Only aggregates come from here: they tolerate a replica a little behind the primary
 * (docs/operations.md, "Read replica").
 */
@ApplicationScoped
public class ReadDatabase {

    /** Name of the Quarkus datasource ({@code quarkus.datasource.read.*}). */
    public static final String NAME = "read";

    @Inject
    @DataSource(NAME)
    AgroalDataSource dataSource;

    /**
     * Runs the queries of one answer in one read-only REPEATABLE READ transaction on one server:
     * every figure of the answer (and the registry generation it is kept under) comes from the
     * same snapshot, so margins add up even while writes land — on a replica as on the primary.
     */
    public <T> T snapshot(Function<Snapshot, T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.apply(new Snapshot(c));
            } finally {
                c.rollback(); // nothing was written: this only ends the snapshot
            }
        } catch (SQLException e) {
            throw new IllegalStateException("read on datasource '" + NAME + "' failed", e);
        }
    }

    /** The queries of one answer: one connection, one snapshot. */
    public static final class Snapshot {
        private final Connection connection;

        Snapshot(Connection connection) {
            this.connection = connection;
        }

        /** The connection, for code that reads JDBC results itself; never closed by the caller. */
        public Connection connection() {
            return connection;
        }

        /** The rows of a query, each column as its JDBC object (count → Long, numeric → BigDecimal, int → Integer). */
        public List<Object[]> rows(String sql, Object... params) {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException("read on datasource '" + NAME + "' failed", e);
            }
        }
    }
}
