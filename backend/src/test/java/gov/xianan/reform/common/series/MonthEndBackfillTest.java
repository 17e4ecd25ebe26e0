package gov.xianan.reform.common.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.tasks.service.TaskBoardSeries;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The back-fill of month-end snapshots is one transaction per month end of an aggregate: a failing
 * month end keeps the ones written before it, every month end commits under a transaction of its
 * own, and a month end another replica is writing (its advisory lock taken) is left to it. Uses a
 * probe aggregate of its own under the task board's name (the table admits only the real aggregates) for the month ends of
 * 2019, and puts the board's real snapshots of those month ends back afterwards.
 */
@QuarkusTest
class MonthEndBackfillTest {

    private static final String PROBE = "task-board";
    /** The back-fill up to this month end covers the twelve month ends of 2019 (the series starts 2019-01). */
    private static final LocalDate LAST = LocalDate.of(2020, 1, 31);

    @Inject
    MonthEndSnapshots snapshots;

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    /** A source whose month end {@code failAt} throws, and which notes the transaction each table was asked in. */
    private final class Probe implements SnapshotSource {
        final LocalDate failAt;
        final List<String> transactions = new ArrayList<>();

        Probe(LocalDate failAt) {
            this.failAt = failAt;
        }

        @Override
        public String aggregate() {
            return PROBE;
        }

        @Override
        public JsonNode table(LocalDate monthEnd, boolean justEnded) {
            if (monthEnd.equals(failAt)) {
                throw new IllegalStateException("probe failure at " + monthEnd);
            }
            transactions.add(db.string("select pg_current_xact_id()::text"));
            return JsonNodeFactory.instance.arrayNode().add(monthEnd.toString());
        }
    }

    @Inject
    TaskBoardSeries board;

    @BeforeEach
    void clean() {
        db.execute("delete from statistics_snapshot where aggregate = ? and month_end < ?", PROBE, LAST);
    }

    @AfterEach
    void restore() {
        clean();
        snapshots.backfill(board, LAST);
    }

    private long written() {
        return db.count("select count(*) from statistics_snapshot where aggregate = ? and month_end < ?", PROBE, LAST);
    }

    @Test
    void aFailingMonthEndKeepsTheOnesBeforeItAndTheNextRunFinishes() {
        Probe failing = new Probe(LocalDate.of(2019, 7, 31));
        assertThatThrownBy(() -> snapshots.backfill(failing, LAST)).hasMessageContaining("probe failure at 2019-07-31");
        assertThat(written()).as("January to June committed before July failed").isEqualTo(6);
        assertThat(db.count("select count(*) from statistics_snapshot where aggregate = ? and month_end >= '2019-07-31' and month_end < ?", PROBE, LAST)).isZero();

        Probe probe = new Probe(null);
        assertThat(snapshots.backfill(probe, LAST)).isEqualTo(6);
        assertThat(written()).isEqualTo(12);
        assertThat(db.count("select count(*) from statistics_snapshot where aggregate = ? and method = 'BACKFILL' and month_end < ?", PROBE, LAST)).isEqualTo(12);
        assertThat(db.string("select payload ->> 0 from statistics_snapshot where aggregate = ? and month_end = '2019-09-30'", PROBE)).isEqualTo("2019-09-30");
        // each month end was computed in a transaction of its own
        assertThat(probe.transactions).hasSize(6).doesNotHaveDuplicates().doesNotContainNull();
        // nothing left to do
        assertThat(snapshots.backfill(probe, LAST)).isZero();
        assertThat(probe.transactions).hasSize(6);
    }

    @Test
    void aMonthEndAnotherReplicaIsWritingIsLeftToIt() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement ps = other.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
                ps.setInt(1, AdvisoryLocks.Space.MONTH_END_SNAPSHOT.key);
                ps.setString(2, MonthEndSnapshots.lockName(PROBE, LocalDate.parse("2019-03-31")));
                ps.execute();
            }
            assertThat(snapshots.backfill(new Probe(null), LAST)).isEqualTo(11);
            assertThat(db.count("select count(*) from statistics_snapshot where aggregate = ? and month_end = '2019-03-31'", PROBE)).isZero();
            other.rollback(); // the other replica's transaction ends
        }
        assertThat(snapshots.backfill(new Probe(null), LAST)).isEqualTo(1);
        assertThat(written()).isEqualTo(12);
    }
}
