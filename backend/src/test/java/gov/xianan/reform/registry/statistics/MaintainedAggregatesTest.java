package gov.xianan.reform.registry.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.demo.DemoDataGenerator;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Issue 13: the maintained aggregates (workforce_summary, migration V14_2; worker_count, V14_3)
 * equal a full recount after a mix of single writes, transfers, concurrent updates, imports that
 * create and update, and award-style skill changes; and the statistics answer from them.
 */
@QuarkusTest
@TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-staff") })
class MaintainedAggregatesTest {

    private static final String HEADER = "身份证号,姓名,文化程度,月工资,技能等级,工种,农业户口,外来务工,工会会员,党员,手机号,企业统一社会信用代码,入职日期\n";

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    private long enterprise(String code, String industry) {
        return given().contentType("application/json")
                .body(Map.of("creditCode", code, "name", "汇总测试企业" + code.substring(10), "industryCode", industry, "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static Map<String, Object> worker(String idNumber, String name, long enterpriseId, String skill) {
        return new HashMap<>(Map.of("idNumber", idNumber, "name", name, "education", "SENIOR_HIGH", "monthlyWage", 2500,
                "skillLevel", skill, "agriculturalHukou", true, "fromOutside", true, "unionMember", true, "partyMember", false,
                "enterpriseId", enterpriseId));
    }

    private long create(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private void update(long id, Map<String, Object> changes) {
        JsonPath w = given().when().get("/api/v1/workers/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>(changes);
        body.putIfAbsent("idNumber", db.string("select id_number from worker where id = ?", id));
        body.putIfAbsent("name", w.getString("name"));
        body.putIfAbsent("education", w.getString("education"));
        body.putIfAbsent("monthlyWage", w.getDouble("monthlyWage"));
        body.putIfAbsent("skillLevel", w.getString("skillLevel"));
        body.putIfAbsent("agriculturalHukou", w.getBoolean("agriculturalHukou"));
        body.putIfAbsent("fromOutside", w.getBoolean("fromOutside"));
        body.putIfAbsent("unionMember", w.getBoolean("unionMember"));
        body.putIfAbsent("partyMember", w.getBoolean("partyMember"));
        body.putIfAbsent("enterpriseId", w.getLong("enterprise.id"));
        body.put("version", w.getLong("version"));
        given().contentType("application/json").body(body).when().put("/api/v1/workers/" + id).then().statusCode(200);
    }

    private void importCsv(String csv) {
        long id = given().multiPart("file", "w.csv", csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", false)
                .when().post("/api/v1/imports/workers").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(given().when().get("/api/v1/imports/" + id).then().extract().path("status"))
                        && !"QUEUED".equals(given().when().get("/api/v1/imports/" + id).then().extract().path("status")));
        assertThat(given().when().get("/api/v1/imports/" + id).then().extract().jsonPath().getString("status")).isEqualTo("SUCCEEDED");
    }

    private List<Map<String, Object>> rows(String sql, List<Object> params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        row.put(md.getColumnLabel(i), v instanceof Number n ? (Object) n.longValue() : v);
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** The full pass (the statistics' own SQL) and the maintained answer, for today. */
    private void assertMaintainedEqualsRecount() throws Exception {
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        assertThat(db.string("select as_of::text from workforce_summary_state")).isEqualTo(today.toString());
        List<Object> full = List.of(today.minusYears(30), today.minusYears(30), today.minusYears(40), today.minusYears(40), today.minusYears(50),
                today.minusYears(50), today, today, today);
        List<Map<String, Object>> recount = rows(StatisticsService.SQL.replace("/*filters*/", ""), full);
        List<Map<String, Object>> maintained = rows(StatisticsService.MAINTAINED_SQL.replace("/*filters*/", ""), List.of());
        assertThat(recount).isNotEmpty();
        assertThat(maintained).isEqualTo(recount);
        // the list's maintained counts: per employer and skill level, as counted now
        assertThat(rows("select enterprise_id, skill_level, n from worker_count where n <> 0 order by 1, 2", List.of()))
                .isEqualTo(rows("select coalesce(enterprise_id, 0) as enterprise_id, skill_level, count(*) as n from worker group by 1, 2 order by 1, 2",
                        List.of()));
        long total = recount.stream().mapToLong(r -> (Long) r.get("total")).sum();
        assertThat(given().when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().jsonPath().getLong("total"))
                .isEqualTo(total);
    }

    @Test
    void theMaintainedAggregatesEqualTheFullRecountAfterWritesImportsAndAwards() throws Exception {
        db.emptyRegistry();
        long lastRevision = db.count("select coalesce(max(id), 0) from audit_revision");
        try (Connection c = dataSource.getConnection()) {
            new DemoDataGenerator(c, 42L, LocalDate.now(ClockProducer.ZONE)).generate(3_000);
        }
        // other suites count the demo generator's audit rows: this one leaves none behind
        for (String table : rows("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'rev'", List.of())
                .stream().map(r -> (String) r.get("table_name")).toList()) {
            db.execute("delete from " + table + " where rev in (select id from audit_revision where id > ? and actor = 'system:demo-data')", lastRevision);
        }
        assertMaintainedEqualsRecount(); // the generator's transaction rebuilt the summary at its commit

        String codeA = Ids.creditCode();
        String codeB = Ids.creditCode();
        long a = enterprise(codeA, "textiles");
        long b = enterprise(codeB, "biomedicine");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(create(worker(Ids.idNumber("19" + (70 + i) + "0203", i % 2 == 0), "汇总" + i, i < 3 ? a : b, "NONE")));
        }
        assertMaintainedEqualsRecount();

        update(created.get(0), Map.of("enterpriseId", b, "employedSince", LocalDate.now(ClockProducer.ZONE).toString())); // transfer
        update(created.get(1), Map.of("education", "COLLEGE_OR_ABOVE", "monthlyWage", 5600, "partyMember", true));
        assertMaintainedEqualsRecount();

        // concurrent writers of the same and of different enterprises
        List<Long> demo = db.count("select count(*) from worker") > 0
                ? rows("select id from worker where enterprise_id is not null order by id limit 12", List.of()).stream().map(r -> (Long) r.get("id")).toList()
                : List.of();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < demo.size(); i++) {
                long id = demo.get(i);
                String wage = String.valueOf(1500 + i * 500);
                done.add(pool.submit(() -> update(id, Map.of("monthlyWage", Integer.parseInt(wage), "unionMember", false))));
            }
            for (int i = 3; i < 6; i++) {
                long id = created.get(i);
                done.add(pool.submit(() -> update(id, Map.of("skillLevel", "SENIOR"))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertMaintainedEqualsRecount();

        // an import that creates 40 workers in A, then one that updates them and moves ten to B
        StringBuilder first = new StringBuilder(HEADER);
        StringBuilder second = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            String id = Ids.idNumber("1985" + String.format("%02d", 1 + i % 12) + String.format("%02d", 1 + i / 12), i % 3 == 0);
            first.append(id).append(",导入").append(i).append(",高中及中专,3800.50,中级工,挡车工,是,否,是,否,13900001111,").append(codeA).append(",2023-05-01\n");
            second.append(id).append(",导入").append(i).append(",大专以上,6100.00,高级工,挡车工,否,否,否,是,13900001111,")
                    .append(i < 10 ? codeB : codeA).append(",\n");
        }
        importCsv(first.toString());
        assertMaintainedEqualsRecount();
        importCsv(second.toString());
        assertMaintainedEqualsRecount();

        // an award: the competition writes the new skill level onto the managed worker (AwardService)
        QuarkusTransaction.requiringNew().run(() -> {
            Worker w = Worker.findById(created.get(2));
            w.skillLevel = SkillLevel.TECHNICIAN;
        });
        assertMaintainedEqualsRecount();
    }

    private static void exec(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Deltas (V25) read the worker's values when an employment changes. An employment ended while
     * another transaction raises that worker's wage must take off the wage that transaction commits,
     * not the one it replaced: the employment's statement waits for the worker's row.
     */
    @Test
    void anEmploymentEndedWhileTheWorkersWageChangesCountsTheCommittedWage() throws Exception {
        long a = enterprise(Ids.creditCode(), "textiles");
        Map<String, Object> body = worker(Ids.idNumber("19880808", true), "并发", a, "NONE");
        body.put("employedSince", "2020-01-01");
        long id = create(body); // wage 2,500
        create(worker(Ids.idNumber("19890909", false), "并发同事", a, "NONE")); // the enterprise's row stays when the first one leaves
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (Connection edit = dataSource.getConnection(); Connection end = dataSource.getConnection()) {
            edit.setAutoCommit(false);
            end.setAutoCommit(false);
            exec(edit, "update worker set monthly_wage = 6000 where id = ?", id); // counted: 2,500 out, 6,000 in; row held
            Future<?> ending = other.submit(() -> {
                exec(end, "update employment set end_date = ? where worker_id = ? and end_date is null", today.minusDays(1), id);
                return null;
            });
            try {
                ending.get(1, TimeUnit.SECONDS); // without the lock it ends at once, with the wage of 2,500
            } catch (TimeoutException waiting) {
                // waiting for the worker's row: the edit commits first
            }
            edit.commit();
            ending.get(30, TimeUnit.SECONDS);
            end.commit();
        } finally {
            other.shutdownNow();
        }
        assertThat(db.count("select count(*) from employment where worker_id = ? and end_date is null", id)).isZero();
        assertMaintainedEqualsRecount();
    }

    /**
     * Takes, on another connection, the lock a concurrent edit of the worker's wage takes (the foreign key's own
     * "for key share" does not block it), without waiting: the SQL state of the refusal (55P03 when the worker is
     * locked), or null when it was granted.
     */
    private static String concurrentEditRefused(Connection other, long workerId) {
        try (PreparedStatement ps = other.prepareStatement("select 1 from worker where id = ? for no key update nowait")) {
            ps.setLong(1, workerId);
            ps.executeQuery().close();
            return null;
        } catch (java.sql.SQLException e) {
            return e.getSQLState();
        }
    }

    /**
     * V26: the lock of the test above is taken unless the transaction says it holds the workers itself
     * ({@code xianan.summary_workers_held}, set by the import for its new people only).
     */
    @Test
    void anEmploymentsDeltaLocksItsWorkerUnlessTheTransactionSaysItHoldsThem() throws Exception {
        long a = enterprise(Ids.creditCode(), "textiles");
        long b = enterprise(Ids.creditCode(), "textiles");
        long id = create(worker(Ids.idNumber("19870707", true), "锁", a, "NONE"));
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        for (boolean held : new boolean[] { false, true }) {
            try (Connection writer = dataSource.getConnection(); Connection other = dataSource.getConnection()) {
                writer.setAutoCommit(false);
                if (held) {
                    exec(writer, "set local xianan.summary_workers_held = 'on'");
                }
                // a second, already ended employment that is still active today: counted, so its delta reads the worker
                exec(writer, "insert into employment (worker_id, enterprise_id, start_date, end_date) values (?, ?, ?, ?)", id, b,
                        today.minusDays(10), today);
                if (held) {
                    assertThat(concurrentEditRefused(other, id)).as("no lock when the transaction holds its workers").isNull();
                } else {
                    assertThat(concurrentEditRefused(other, id)).as("the worker is locked for share").isEqualTo("55P03");
                }
                writer.rollback();
            }
        }
        assertMaintainedEqualsRecount();
    }

    @Test
    void theTransactionsHoldIsGoodForOneEmploymentStatementOnly() throws Exception {
        long a = enterprise(Ids.creditCode(), "textiles");
        long b = enterprise(Ids.creditCode(), "textiles");
        long id = create(worker(Ids.idNumber("19870808", true), "一次", a, "NONE"));
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        try (Connection writer = dataSource.getConnection(); Connection other = dataSource.getConnection()) {
            writer.setAutoCommit(false);
            exec(writer, "set local xianan.summary_workers_held = 'on'");
            exec(writer, "insert into employment (worker_id, enterprise_id, start_date, end_date) values (?, ?, ?, ?)", id, b,
                    today.minusDays(10), today);
            try (PreparedStatement ps = writer.prepareStatement("select coalesce(current_setting('xianan.summary_workers_held', true), '')");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).as("the trigger cleared the setting when it read it").isEmpty();
            }
            // a second employment statement in the same transaction, the caller not having cleared anything: it locks
            exec(writer, "insert into employment (worker_id, enterprise_id, start_date, end_date) values (?, ?, ?, ?)", id, b,
                    today.minusDays(20), today.minusDays(15));
            exec(writer, "update employment set end_date = ? where worker_id = ? and start_date = ?", today, id, today.minusDays(20));
            assertThat(concurrentEditRefused(other, id)).as("the later statement locked the worker for share").isEqualTo("55P03");
            writer.rollback();
        }
        assertMaintainedEqualsRecount();
    }

    @Test
    void aGenerationCommittedInChunksLeavesTheSummaryBuiltOnceAndEqualToTheRecount() throws Exception {
        db.emptyRegistry();
        long lastRevision = db.count("select coalesce(max(id), 0) from audit_revision");
        try (Connection c = dataSource.getConnection()) {
            new DemoDataGenerator(c, 7L, LocalDate.now(ClockProducer.ZONE)).committingChunks(1_000).generate(3_000);
        }
        // several transactions (the command's mode, so that a generation of millions holds no snapshot for its whole run)
        assertThat(db.count("select count(distinct xmin::text) from worker")).isGreaterThanOrEqualTo(3);
        // every generated worker and employment has its creation in the history
        long revision = db.count("select max(id) from audit_revision where actor = 'system:demo-data'");
        assertThat(db.count("select count(*) from worker_aud where rev = ?", revision)).isEqualTo(db.count("select count(*) from worker"));
        assertThat(db.count("select count(*) from employment_aud where rev = ?", revision)).isEqualTo(db.count("select count(*) from employment"));
        for (String table : rows("select table_name from information_schema.columns where table_schema = 'public' and column_name = 'rev'", List.of())
                .stream().map(r -> (String) r.get("table_name")).toList()) {
            db.execute("delete from " + table + " where rev in (select id from audit_revision where id > ? and actor = 'system:demo-data')", lastRevision);
        }
        assertMaintainedEqualsRecount(); // rebuilt once, at the last commit
    }

    @Test
    void aNewDayOrAMissingSummaryFallsBackToTheFullPassAndTheNextWriteRebuildsIt() throws Exception {
        db.execute("update workforce_summary_state set as_of = date '2000-01-01'");
        long before = given().when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().jsonPath().getLong("total");
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        long employed = db.count("select count(*) from employment where start_date <= ? and (end_date is null or end_date >= ?)", today, today);
        assertThat(before).isEqualTo(employed);
        long a = enterprise(Ids.creditCode(), "textiles");
        create(worker(Ids.idNumber("19800405", true), "新的一天", a, "NONE"));
        assertMaintainedEqualsRecount();
    }
}
