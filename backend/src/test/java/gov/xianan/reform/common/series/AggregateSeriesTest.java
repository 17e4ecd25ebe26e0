package gov.xianan.reform.common.series;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.tasks.demo.TaskDemoDataLoader;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The series of subsidies, competitions and the task board: the running month equals the current
 * figures, back-filled month ends equal a direct recount, protected callers get the month end's
 * protected answer (equal, cell for cell, to the current figures while nothing changed), and the
 * CSV forms of the aggregate endpoints.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AggregateSeriesTest {

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);
    private static final LocalDate LAST_MONTH_END = DisclosurePolicy.referenceDate(null, TODAY);
    private static final String RUNNING = YearMonth.from(TODAY).toString();

    /** series path, current path, the current answer's list for the dimension asked, the dimension. */
    private static final List<String[]> AGGREGATES = List.of(
            new String[] { "/api/v1/statistics/subsidies/series", "/api/v1/statistics/subsidies", "byProgramme", "programme" },
            new String[] { "/api/v1/statistics/competitions/series", "/api/v1/statistics/competitions", "byKind", "kind" },
            new String[] { "/api/v1/tasks/board/series", "/api/v1/tasks/board", "departments", "department" });

    private static boolean prepared;

    @Inject
    Db db;

    @Inject
    MonthEndSnapshots snapshots;

    @Inject
    TaskDemoDataLoader tasks;

    @BeforeEach
    void prepare() {
        if (prepared) {
            return;
        }
        tasks.load(); // the demo tasks (started 300 days ago), unless there are tasks already
        db.execute("delete from statistics_snapshot where aggregate <> 'workforce'");
        prepared = true;
    }

    private static JsonPath series(String path, String from, String to, String by) {
        return given().queryParam("from", from).queryParam("to", to).queryParam("by", by).when().get(path)
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    @Test
    @Order(1)
    @TestSecurity(user = "federation-staff", roles = { "staff", "lead" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theRunningMonthIsTheCurrentFiguresForTheLeadUnit() {
        for (String[] a : AGGREGATES) {
            JsonPath s = series(a[0], RUNNING, RUNNING, a[3]);
            JsonPath now = given().when().get(a[1]).then().statusCode(200).extract().jsonPath();
            assertThat(s.getBoolean("suppressionApplied")).isFalse();
            assertThat(s.getString("points[0].asOf")).isEqualTo(TODAY.toString());
            assertThat(s.getList("points[0].values.key")).as(a[0]).isEqualTo(a[3].equals("department")
                    ? now.getList(a[2] + ".department.code") : now.getList(a[2] + ".key"));
            List<Object> expected = switch (a[3]) {
                case "programme" -> now.getList(a[2] + ".trainees");
                case "kind" -> now.getList(a[2] + ".participants.value");
                default -> now.getList(a[2] + ".total");
            };
            assertThat(s.getList("points[0].values.value")).as(a[0]).isEqualTo(expected);
        }
        JsonPath subsidies = series("/api/v1/statistics/subsidies/series", RUNNING, RUNNING, "total");
        assertThat(subsidies.getObject("points[0].total", Long.class))
                .isEqualTo(given().get("/api/v1/statistics/subsidies").then().extract().jsonPath().getObject("total.trainees", Long.class));
        // a department's status count
        JsonPath completed = series("/api/v1/tasks/board/series", RUNNING, RUNNING, "COMPLETED");
        JsonPath board = given().get("/api/v1/tasks/board").then().extract().jsonPath();
        assertThat(completed.getList("points[0].values.value")).isEqualTo(board.getList("departments.byStatus.COMPLETED"));
    }

    @Test
    @Order(2)
    void theJobBackFillsEveryAggregateAndAMonthEqualsADirectRecount() {
        snapshots.materialise(LAST_MONTH_END);
        long months = ChronoUnit.MONTHS.between(YearMonth.of(2019, 1), YearMonth.from(LAST_MONTH_END)) + 1;
        for (String aggregate : List.of("subsidies", "competitions", "task-board")) {
            assertThat(db.count("select count(*) from statistics_snapshot where aggregate = ?", aggregate)).as(aggregate).isEqualTo(months);
            assertThat(db.count("select count(*) from statistics_snapshot where aggregate = ? and method = 'MONTH_END'", aggregate)).isEqualTo(1);
        }
        // idempotent
        assertThat(snapshots.materialise(LAST_MONTH_END)).contains("task-board: 0 月末快照, 0 补录");
        // a chosen month end of the board: tasks started by then, completed by then
        LocalDate d = TODAY.minusDays(100).withDayOfMonth(1).minusDays(1);
        long started = db.count("select count(*) from reform_task where start_date <= ?", d);
        long completed = db.count("select count(*) from reform_task where start_date <= ? and status = 'COMPLETED' and coalesce(completed_on, ?) <= ?", d, d, d);
        assertThat(started).as("the demo tasks started 300 days ago").isPositive();
        assertThat(db.count("select sum((r ->> 'total')::bigint) from statistics_snapshot s, jsonb_array_elements(s.payload -> 'exact' -> 'departments') r "
                + "where s.aggregate = 'task-board' and s.month_end = ?", d)).isEqualTo(started);
        assertThat(db.count("select coalesce(sum((r -> 'byStatus' ->> 'COMPLETED')::bigint), 0) from statistics_snapshot s, "
                + "jsonb_array_elements(s.payload -> 'exact' -> 'departments') r where s.aggregate = 'task-board' and s.month_end = ?", d)).isEqualTo(completed);
        // before the first task started the board is empty
        LocalDate early = LocalDate.of(2019, 1, 31);
        assertThat(db.count("select coalesce(sum((r ->> 'total')::bigint), 0) from statistics_snapshot s, jsonb_array_elements(s.payload -> 'exact' -> 'departments') r "
                + "where s.aggregate = 'task-board' and s.month_end = ?", early)).isEqualTo(db.count("select count(*) from reform_task where start_date <= ?", early));
        // subsidies and competitions of that month end: distinct trainees and accepted participants by then
        assertThat(db.count("select coalesce((payload -> 'exact' -> 'total' ->> 'trainees')::bigint, 0) from statistics_snapshot where aggregate = 'subsidies' and month_end = ?", d))
                .isEqualTo(db.count("select count(distinct t.worker_id) from subsidy_application_trainee t join subsidy_application a on a.id = t.application_id "
                        + "where a.state in ('APPROVED', 'DISBURSED') and a.training_end <= ?", d));
        assertThat(db.count("select coalesce((payload -> 'exact' -> 'participants' ->> 'value')::bigint, 0) from statistics_snapshot where aggregate = 'competitions' and month_end = ?", d))
                .isEqualTo(db.count("select count(*) from competition_participant p join competition c on c.id = p.competition_id "
                        + "where p.status = 'ACCEPTED' and c.stage in ('PUBLICATION', 'CLOSED') and c.end_date <= ?", d));
    }

    @Test
    @Order(3)
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsGetTheProtectedReleaseOfEachMonthEnd() {
        for (String[] a : AGGREGATES) {
            JsonPath s = series(a[0], null, RUNNING, a[3]);
            assertThat(s.getBoolean("suppressionApplied")).isTrue();
            List<Map<String, Object>> points = s.getList("points");
            assertThat(points).as("twelve month ends by default, never the running month").hasSize(12);
            assertThat(s.getString("to")).isEqualTo(YearMonth.from(LAST_MONTH_END).toString());
            for (int i = 0; i < points.size(); i++) {
                String p = "points[" + i + "]";
                // the stored protected answer, nothing else
                String month = s.getString(p + ".asOf");
                String aggregate = a[0].contains("board") ? "task-board" : a[0].contains("subsidies") ? "subsidies" : "competitions";
                String list = a[3].equals("department") ? "departments" : a[2];
                assertThat(db.string("select jsonb_path_query_array(payload -> 'protected' -> '" + list + "', '$[*]." + field(a[3]) + "')::text "
                        + "from statistics_snapshot where aggregate = ? and month_end = ?::date", aggregate, month).replace(" ", ""))
                        .as(a[0] + " " + month).isEqualTo(s.getList(p + ".values.value").toString().replace(" ", "").replace("null", "null"));
                // no small cell shown, never exactly one hidden category when the total is shown
                List<Long> values = s.getList(p + ".values.value", Long.class);
                for (Long v : values) {
                    assertThat(v == null || v == 0 || v >= DisclosurePolicy.THRESHOLD).as(a[0] + " " + month + " no small cell").isTrue();
                }
                if (!a[3].equals("department") && s.getObject(p + ".total", Long.class) != null) {
                    assertThat(values.stream().filter(Objects::isNull).count()).as(a[0] + " " + month).isNotEqualTo(1L);
                }
            }
        }
        // the latest point and the current figures are one answer while nothing changed: no difference to take
        JsonPath board = given().get("/api/v1/tasks/board").then().statusCode(200).extract().jsonPath();
        JsonPath last = series("/api/v1/tasks/board/series", YearMonth.from(LAST_MONTH_END).toString(), YearMonth.from(LAST_MONTH_END).toString(), "department");
        assertThat(last.getList("points[0].values.value")).isEqualTo(board.getList("departments.total"));
        JsonPath subsidies = given().get("/api/v1/statistics/subsidies").then().statusCode(200).extract().jsonPath();
        JsonPath lastSubsidies = series("/api/v1/statistics/subsidies/series", YearMonth.from(LAST_MONTH_END).toString(), YearMonth.from(LAST_MONTH_END).toString(), "programme");
        assertThat(lastSubsidies.getList("points[0].values.value")).isEqualTo(subsidies.getList("byProgramme.trainees"));
        assertThat(lastSubsidies.getList("points[0].values.suppressed")).isEqualTo(subsidies.getList("byProgramme.suppressed"));
    }

    private static String field(String dimension) {
        return switch (dimension) {
            case "programme" -> "trainees";
            case "kind" -> "participants.value";
            default -> "total";
        };
    }

    @Test
    @Order(4)
    @TestSecurity(user = "analyst", roles = "analyst")
    void everyAggregateEndpointAnswersCsvAuditedAsAnExport() {
        Map<String, String> headers = Map.of(
                "/api/v1/statistics/subsidies", "年度,维度,代码,类别,预算(元),申请数,培训人数,已承诺(元),已拨付(元),已隐藏",
                "/api/v1/statistics/competitions", "年度,维度,代码,类别,竞赛场次,参赛人次,获奖人次,已隐藏",
                "/api/v1/tasks/board", "年度,统计日期,部门代码,部门,排名,牵头任务数,未开始,进行中,待验收,已完成,已逾期,已暂停,完成率(%),逾期,配合任务数,未签收督办,已隐藏",
                "/api/v1/statistics/subsidies/series", "统计对象,月份,统计日期,维度,代码,类别,数值,百分比,已隐藏",
                "/api/v1/tasks/board/series", "统计对象,月份,统计日期,维度,代码,类别,数值,百分比,已隐藏",
                "/api/v1/statistics/competitions/series", "统计对象,月份,统计日期,维度,代码,类别,数值,百分比,已隐藏");
        headers.forEach((path, header) -> {
            long before = db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and actor = 'analyst'");
            String csv = given().accept("text/csv").when().get(path).then().statusCode(200).contentType(startsWith("text/csv"))
                    .header("Content-Disposition", startsWith("attachment")).extract().asString();
            assertThat(csv).as(path).startsWith("\uFEFF" + header);
            assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and actor = 'analyst'")).as(path).isEqualTo(before + 1);
        });
        // hidden cells are empty and marked, like the JSON's nulls
        JsonPath board = given().get("/api/v1/tasks/board").then().extract().jsonPath();
        String csv = given().accept("text/csv").get("/api/v1/tasks/board").then().extract().asString();
        long hiddenRows = board.getList("departments.suppressed", Boolean.class).stream().filter(Boolean::booleanValue).count();
        assertThat(csv.lines().filter(l -> l.endsWith(",是")).count()).isEqualTo(hiddenRows);
        // a bad dimension is a problem in either form
        given().queryParam("by", "colour").get("/api/v1/tasks/board/series").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/validation"));
    }

    @Test
    @Order(5)
    void theDocumentDeclaresBothMediaTypesOnEveryAggregateOperation() {
        JsonPath doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/statistics/workforce", "/api/v1/statistics/subsidies", "/api/v1/statistics/competitions", "/api/v1/tasks/board",
                "/api/v1/statistics/workforce/series", "/api/v1/statistics/subsidies/series", "/api/v1/statistics/competitions/series",
                "/api/v1/tasks/board/series")) {
            Map<String, Object> content = doc.getMap("paths.'" + path + "'.get.responses.'200'.content");
            assertThat(content).as(path).containsKeys("application/json", "text/csv");
            // the CSV is a file (a string), not the JSON schema
            assertThat(doc.getString("paths.'" + path + "'.get.responses.'200'.content.'text/csv'.schema.type")).as(path).contains("string");
        }
        assertThat(doc.getString("paths.'/api/v1/statistics/workforce/series'.get.operationId")).isEqualTo("getWorkforceSeries");
        assertThat(doc.getString("paths.'/api/v1/tasks/board/series'.get.operationId")).isEqualTo("getTaskBoardSeries");
    }
}
