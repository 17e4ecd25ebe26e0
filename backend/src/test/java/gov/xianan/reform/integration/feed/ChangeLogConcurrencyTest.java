package gov.xianan.reform.integration.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.integration.feed.service.ChangeLog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The feed's order is gap-free under concurrent writers: an event committed after a reader moved
 * past its position would be lost for good, which a plain identity order allows (A takes id 10,
 * B takes 11 and commits first).
 */
@QuarkusTest
class ChangeLogConcurrencyTest {

    @Inject
    DataSource dataSource;

    @Inject
    ChangeLog log;

    /**
     * This test's own event type: the feed is read from its start for this type only, so events of
     * other tests (or of the other method here) cannot appear, and no head position is needed. (A
     * head taken while an unrelated transaction was open on the server stops below that transaction's
     * horizon, and the events committed before it then came after the cursor: the clean-clone run
     * of 364afae failed on exactly that.)
     */
    final String type = "race-" + UUID.randomUUID().toString().substring(0, 18);

    /** Inserts an event in the connection's open transaction; answers its id. */
    long insert(Connection c, String entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into change_event (entity_type, entity_id, operation, actor) values (?, ?, 'CREATED', 'race') returning id")) {
            ps.setString(1, type);
            ps.setString(2, entityId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<Long> drain(ChangeCursor[] cursor) {
        List<Long> seen = new ArrayList<>();
        List<ChangeLog.Row> rows;
        do {
            rows = log.after(cursor[0], Set.of(type), 50);
            for (ChangeLog.Row r : rows) {
                seen.add(r.position().eventId());
                cursor[0] = r.position();
            }
        } while (!rows.isEmpty());
        return seen;
    }

    @Test
    void anEarlierTransactionStillOpenHoldsBackTheLaterOnesUntilItCommits() throws Exception {
        ChangeCursor[] cursor = { ChangeCursor.START };
        try (Connection a = dataSource.getConnection(); Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            long first = insert(a, "a"); // the lower id, in the transaction that commits last
            long second = insert(b, "b");
            assertThat(second).isGreaterThan(first);
            b.commit();
            // B is committed, but A (older) is still running: B is not handed out yet, so the cursor cannot pass A's row
            assertThat(drain(cursor)).isEmpty();
            a.commit();
            // both now, in feed order, once the server's horizon has passed A (an unrelated transaction open on the
            // server since before A can hold it back for a moment; it cannot reorder them)
            List<Long> seen = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                seen.addAll(drain(cursor));
                return seen.size() >= 2;
            });
            assertThat(seen).containsExactly(first, second);
        }
    }

    @Test
    void aFollowerReadingWhileManyWritersCommitInRandomOrderSeesEveryEventExactlyOnce() throws Exception {
        ChangeCursor[] cursor = { ChangeCursor.START };
        int writers = 8;
        int perWriter = 25;
        Set<Long> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean done = new AtomicBoolean();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perWriter; i++) {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        List<Long> ids = new ArrayList<>();
                        int n = 1 + ThreadLocalRandom.current().nextInt(3);
                        for (int k = 0; k < n; k++) {
                            ids.add(insert(c, writer + "-" + i + "-" + k));
                            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
                        }
                        if (ThreadLocalRandom.current().nextInt(10) == 0) {
                            c.rollback(); // rolled-back events never appear
                        } else {
                            c.commit();
                            written.addAll(ids);
                        }
                    }
                }
                return null;
            }));
        }
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        go.countDown();
        Thread follower = new Thread(() -> {
            while (!done.get()) {
                seen.addAll(drain(cursor));
            }
        });
        follower.start();
        for (var f : futures) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        done.set(true);
        follower.join(30_000);
        // the last commits are handed out once the server's horizon passes them
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            seen.addAll(drain(cursor));
            return Set.copyOf(seen).containsAll(written);
        });
        assertThat(new LinkedHashSet<>(seen)).hasSameSizeAs(seen); // nothing twice
        assertThat(Set.copyOf(seen)).isEqualTo(written); // nothing missed, nothing rolled back
    }
}
