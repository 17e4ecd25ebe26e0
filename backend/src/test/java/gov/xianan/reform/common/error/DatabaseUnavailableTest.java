package gov.xianan.reform.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;

/** Which failures mean "the database is unreachable now" (503) and which are bugs or refusals (not). */
class DatabaseUnavailableTest {

    @Test
    void connectionRefusedWrappedByHibernateAndJpaIsUnavailable() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:5432 refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        assertThat(refused.getSQLState()).isEqualTo("08001");
        Exception wrapped = new PersistenceException("could not execute", new JDBCConnectionException("unable to obtain", refused));
        assertThat(DatabaseUnavailable.isCause(wrapped)).isTrue();
    }

    @Test
    void brokenConnectionAtCommitIsUnavailable() {
        PSQLException io = new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE);
        RollbackException rollback = new RollbackException("commit failed");
        rollback.initCause(new GenericJDBCException("commit", io));
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("tx", rollback))).isTrue();
    }

    @Test
    void serverShuttingDownOrStartingIsUnavailable() {
        assertThat(DatabaseUnavailable.isCause(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void agroalAcquisitionTimeoutIsUnavailableOnlyWhenThePoolRaisedIt() {
        SQLException fromPool = new SQLException("Acquisition timeout while waiting for new connection");
        fromPool.setStackTrace(new StackTraceElement[] { new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", null, 1) });
        assertThat(DatabaseUnavailable.isCause(new GenericJDBCException("Unable to acquire JDBC Connection", fromPool))).isTrue();

        SQLException elsewhere = new SQLException("Acquisition timeout while waiting for new connection");
        elsewhere.setStackTrace(new StackTraceElement[] { new StackTraceElement("gov.xianan.Something", "run", null, 1) });
        assertThat(DatabaseUnavailable.isCause(elsewhere)).isFalse();
    }

    @Test
    void statementErrorsAndBugsAreNot() {
        assertThat(DatabaseUnavailable.isCause(new PSQLException("duplicate key", PSQLState.UNIQUE_VIOLATION))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("canceling statement due to statement timeout", "57014"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("could not serialize access", "40001"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCause(new PersistenceException("no cause"))).isFalse();
    }

    @Test
    void aCauseCycleEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertThat(DatabaseUnavailable.isCause(a)).isFalse();
    }
}
