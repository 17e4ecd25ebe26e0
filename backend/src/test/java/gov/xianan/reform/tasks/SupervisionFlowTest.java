package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.tasks.service.DailyTaskCheck;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Supervision that escalates, extension requests, sign-off and the annual assessment, through the
 * API with real tokens and real rows; "today" is the controlled clock.
 */
@QuarkusTest
class SupervisionFlowTest {

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    @Inject
    DailyTaskCheck check;

    static String lead;
    static String leadUnitStaff;
    static String publicity;
    static String scitech;
    static String analyst;

    @BeforeAll
    static void tokens() {
        lead = KeycloakTokens.password("federation-lead");
        leadUnitStaff = KeycloakTokens.password("federation-staff");
        publicity = KeycloakTokens.password("publicity-staff");
        scitech = KeycloakTokens.password("scitech-staff");
        analyst = KeycloakTokens.password("analyst");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/json");
    }

    private long notifications(long task, String kind, String department) {
        return db.count("select count(*) from notification n join department d on d.id = n.department_id where n.task_id = ? and n.kind = ? and d.code = ?",
                task, kind, department);
    }

    private long version(String table, long id) {
        return db.count("select version from " + table + " where id = ?", id);
    }

    @Test
    void anUnansweredNoticeEscalatesOnceAStepAndAnAnswerStopsIt() {
        LocalDate day = LocalDate.of(2031, 4, 1);
        long task = fx.task("督办升级的任务", "publicity", List.of("hrss"), new BigDecimal("100"), "场", day.minusMonths(2), day.plusMonths(6), "IN_PROGRESS");
        TaskFixtures.today(day);
        long notice = as(lead).body(Map.of("text", "请报送进展", "dueDate", day.plusDays(2).toString()))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices").then().statusCode(201).extract().jsonPath().getLong("id");
        long answered = as(lead).body(Map.of("text", "请说明计划", "dueDate", day.plusDays(2).toString()))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices").then().statusCode(201).extract().jsonPath().getLong("id");
        as(publicity).body(Map.of("answer", "已制定计划", "version", version("supervision_notice", answered)))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + answered + "/acknowledge").then().statusCode(200);

        TaskFixtures.today(day.plusDays(2));
        check.run();
        assertThat(db.count("select count(*) from supervision_escalation where task_id = ?", task)).as("not late yet").isZero();

        TaskFixtures.today(day.plusDays(3)); // one day after the reply deadline: 提醒
        check.run();
        check.run();
        assertThat(db.count("select count(*) from supervision_escalation where notice_id = ?", notice)).isEqualTo(1);
        assertThat(db.string("select escalation_level from supervision_notice where id = ?", notice)).isEqualTo("REMINDER");
        assertThat(notifications(task, "ESCALATION", "publicity")).isEqualTo(1);
        assertThat(notifications(task, "ESCALATION", "hrss")).isEqualTo(1);

        // seven days late, the day's check triggered on two replicas: it runs once, and takes 催办 and 通报 once each
        LocalDate late = day.plusDays(9);
        db.execute("delete from scheduled_run where job_name = ? and period = ?", DailyTaskCheck.JOB_NAME, late.toString());
        TaskFixtures.today(late);
        as(lead).when().post("/api/v1/tasks/daily-check").then().statusCode(200).body("ranNow", equalTo(true))
                .body("summary", containsString("2 次督办升级"));
        as(lead).when().post("/api/v1/tasks/daily-check").then().statusCode(200).body("ranNow", equalTo(false));
        check.run();
        assertThat(db.count("select count(*) from supervision_escalation where notice_id = ?", notice)).isEqualTo(3);
        assertThat(db.count("select count(*) from supervision_escalation where notice_id = ?", answered)).as("an answer stops it").isZero();
        assertThat(notifications(task, "ESCALATION", "publicity")).isEqualTo(3);
        assertThat(notifications(task, "ESCALATION", "federation")).as("通报 reaches the lead unit").isEqualTo(1);

        as(publicity).when().get("/api/v1/tasks/" + task + "/supervision-notices").then().statusCode(200)
                .body("find { it.id == " + notice + " }.escalationLevel", equalTo("NOTIFY_LEAD"))
                .body("find { it.id == " + notice + " }.escalatedOn", equalTo(late.toString()))
                .body("find { it.id == " + answered + " }.escalationLevel", equalTo(null));
        as(publicity).when().get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .body("findAll { it.kind == 'ESCALATED' }", hasSize(3))
                .body("findAll { it.kind == 'ESCALATED' }.actorName", everyItemIs("系统自动督办"))
                .body("findAll { it.kind == 'ESCALATED' }.text", hasItem(containsString("通报")));

        // answering stops it: no step after the answer
        as(publicity).body(Map.of("answer", "已报送", "version", version("supervision_notice", notice)))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(200)
                .body("open", equalTo(false)).body("escalationLevel", equalTo("NOTIFY_LEAD"));
        as(publicity).body(Map.of("answer", "再答", "version", version("supervision_notice", notice)))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyItemIs(String s) {
        return org.hamcrest.Matchers.everyItem(equalTo(s));
    }

    @Test
    void anExtensionIsRequestedOnceAndApprovedOrRefusedByTheLeadUnit() {
        LocalDate deadline = LocalDate.of(2099, 6, 30);
        long task = fx.task("申请延期的任务", "publicity", List.of(), new BigDecimal("100"), "场", LocalDate.of(2026, 1, 1), deadline, "IN_PROGRESS");
        String path = "/api/v1/tasks/" + task + "/extension-requests";
        as(publicity).body(Map.of("reason", "场地未落实", "requestedDeadline", deadline.minusDays(1).toString())).when().post(path).then()
                .statusCode(400).body("errors[0].field", equalTo("requestedDeadline"));
        as(scitech).body(Map.of("reason", "x", "requestedDeadline", "2099-09-30")).when().post(path).then().statusCode(404);
        as(leadUnitStaff).body(Map.of("reason", "x", "requestedDeadline", "2099-09-30")).when().post(path).then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        long first = as(publicity).body(Map.of("reason", "场地未落实", "requestedDeadline", "2099-09-30")).when().post(path).then().statusCode(201)
                .body("status", equalTo("PENDING")).body("statusLabel", equalTo("待审批")).body("currentDeadline", equalTo(deadline.toString()))
                .body("requestedByName", org.hamcrest.Matchers.not(equalTo("publicity-staff")))
                .extract().jsonPath().getLong("id");
        as(publicity).body(Map.of("reason", "再申请", "requestedDeadline", "2099-10-30")).when().post(path).then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        assertThat(db.count("select count(*) from extension_request where task_id = ?", task)).isEqualTo(1);
        assertThat(notifications(task, "EXTENSION", "federation")).isEqualTo(1);

        as(publicity).body(Map.of("version", 0)).when().post(path + "/" + first + "/approve").then().statusCode(403);
        as(lead).body(Map.of("version", version("extension_request", first) + 1)).when().post(path + "/" + first + "/approve").then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(lead).body(Map.of("version", version("extension_request", first))).when().post(path + "/" + first + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedByName", org.hamcrest.Matchers.notNullValue());
        assertThat(db.string("select deadline::text from reform_task where id = ?", task)).isEqualTo("2099-09-30");
        as(lead).body(Map.of("version", version("extension_request", first))).when().post(path + "/" + first + "/approve").then().statusCode(409);
        as(lead).body(Map.of("version", version("extension_request", first), "reason", "x")).when().post(path + "/" + first + "/refuse").then()
                .statusCode(409);

        long second = as(publicity).body(Map.of("reason", "仍需时间", "requestedDeadline", "2099-12-31")).when().post(path).then().statusCode(201)
                .body("currentDeadline", equalTo("2099-09-30")).extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", version("extension_request", second))).when().post(path + "/" + second + "/refuse").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(lead).body(Map.of("version", version("extension_request", second), "reason", "请按期完成")).when().post(path + "/" + second + "/refuse")
                .then().statusCode(200).body("status", equalTo("REFUSED")).body("decisionReason", equalTo("请按期完成"));
        assertThat(db.string("select deadline::text from reform_task where id = ?", task)).isEqualTo("2099-09-30");
        as(scitech).when().get(path).then().statusCode(404);
        as(publicity).when().get(path).then().statusCode(200).body("status", equalTo(List.of("REFUSED", "APPROVED")));
        as(publicity).when().get("/api/v1/tasks/" + task + "/history").then()
                .body("kind", hasItem("EXTENSION_REQUESTED")).body("kind", hasItem("EXTENSION_APPROVED")).body("kind", hasItem("EXTENSION_REFUSED"));
        assertThat(notifications(task, "EXTENSION", "publicity")).isEqualTo(2);
    }

    @Test
    void anExtensionIsNotApprovedOnceTheTaskHasMovedOnButCanStillBeRefused() {
        LocalDate deadline = LocalDate.of(2099, 3, 31);
        long task = fx.task("申请后被暂停的任务", "publicity", List.of(), new BigDecimal("100"), "场", LocalDate.of(2026, 1, 1), deadline, "IN_PROGRESS");
        String path = "/api/v1/tasks/" + task + "/extension-requests";
        long request = as(publicity).body(Map.of("reason", "场地未落实", "requestedDeadline", "2099-06-30")).when().post(path).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as(lead).body(Map.of("version", version("reform_task", task), "reason", "暂缓实施")).when().post("/api/v1/tasks/" + task + "/suspend").then()
                .statusCode(200).body("status", equalTo("SUSPENDED"));

        as(lead).body(Map.of("version", version("extension_request", request))).when().post(path + "/" + request + "/approve").then().statusCode(409)
                .contentType(containsString("application/problem+json")).body("detail", containsString("暂停"));
        assertThat(db.string("select deadline::text from reform_task where id = ?", task)).as("the deadline stays").isEqualTo(deadline.toString());
        assertThat(db.string("select status from extension_request where id = ?", request)).isEqualTo("PENDING");

        as(lead).body(Map.of("version", version("extension_request", request), "reason", "任务已暂停")).when().post(path + "/" + request + "/refuse")
                .then().statusCode(200).body("status", equalTo("REFUSED"));
    }

    @Test
    void aTaskIsCompleteOnlyWhenTheLeadUnitSignsOff() {
        long task = fx.task("待验收的任务", "publicity", List.of(), new BigDecimal("10"), "场", LocalDate.of(2026, 1, 1), LocalDate.of(2099, 6, 30),
                "IN_PROGRESS");
        String t = "/api/v1/tasks/" + task;
        as(lead).body(Map.of("version", version("reform_task", task))).when().post(t + "/sign-off").then().statusCode(409)
                .contentType(containsString("application/problem+json"));
        String today = LocalDate.now(gov.xianan.reform.common.time.ClockProducer.ZONE).toString();
        as(publicity).body(Map.of("reportDate", today, "narrative", "完成10场", "quantity", 10)).when().post(t + "/progress-reports").then().statusCode(201);
        as(publicity).when().get(t).then().body("status", equalTo("PENDING_SIGN_OFF")).body("statusLabel", equalTo("待验收"));
        assertThat(notifications(task, "SIGN_OFF", "federation")).isEqualTo(1);

        as(publicity).body(Map.of("version", version("reform_task", task))).when().post(t + "/sign-off").then().statusCode(403);
        as(lead).body(Map.of("version", version("reform_task", task))).when().post(t + "/send-back").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as(lead).body(Map.of("version", version("reform_task", task), "reason", "缺少佐证材料")).when().post(t + "/send-back").then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("sentBack", equalTo(true)).body("sentBackReason", equalTo("缺少佐证材料"));
        assertThat(notifications(task, "SIGN_OFF", "publicity")).isEqualTo(1);
        as(lead).body(Map.of("version", version("reform_task", task))).when().post(t + "/sign-off").then().statusCode(409);

        as(publicity).body(Map.of("reportDate", today, "narrative", "补充佐证材料", "quantity", 0)).when().post(t + "/progress-reports").then().statusCode(201);
        as(publicity).when().get(t).then().body("status", equalTo("PENDING_SIGN_OFF")).body("sentBack", equalTo(false));
        as(lead).body(Map.of("version", version("reform_task", task) + 1)).when().post(t + "/sign-off").then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        as(lead).body(Map.of("version", version("reform_task", task), "reason", "同意")).when().post(t + "/sign-off").then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("completedOn", equalTo(today)).body("signedOffByName", org.hamcrest.Matchers.notNullValue());
        as(lead).body(Map.of("version", version("reform_task", task))).when().post(t + "/sign-off").then().statusCode(409);
        as(publicity).when().get(t + "/history").then().body("kind", hasItem("SENT_BACK")).body("kind", hasItem("SIGNED_OFF"));
        assertThat(db.count("select count(*) from reform_task_aud where id = ? and signed_off_by = 'federation-lead'", task)).isEqualTo(1);
    }

    @Test
    void theAssessmentRanksTheDepartmentsAndADepartmentSeesItsOwnRow() {
        int year = 2087; // a year of its own: no other test writes tasks of it
        for (String table : List.of("supervision_escalation", "extension_request", "supervision_notice", "notification", "task_event",
                "progress_report", "task_milestone", "reform_task_department")) {
            db.execute("delete from " + table + " where task_id in (select id from reform_task where year = ?)", year);
        }
        db.execute("update department_record set task_id = null where task_id in (select id from reform_task where year = ?)", year);
        db.execute("delete from reform_task where year = ?", year);
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate deadline = LocalDate.of(year, 6, 30);
        long good = fx.task("考核:按期完成", "publicity", List.of(), new BigDecimal("10"), "场", start, deadline, "COMPLETED");
        db.execute("update reform_task set signed_off_at = now(), signed_off_by = 'federation-lead', completed_on = ? where id = ?", deadline.minusDays(5), good);
        long late = fx.task("考核:逾期完成", "scitech", List.of(), new BigDecimal("10"), "场", start, deadline, "COMPLETED");
        db.execute("update reform_task set signed_off_at = now(), signed_off_by = 'federation-lead', completed_on = ? where id = ?", deadline.plusDays(5), late);
        long open = fx.task("考核:未完成", "scitech", List.of(), new BigDecimal("10"), "场", start, deadline, "OVERDUE");
        long n = fx.notice(open);
        db.execute("insert into supervision_escalation (notice_id, task_id, level, escalated_on) values (?, ?, 'REMINDER', ?), (?, ?, 'URGE', ?)",
                n, open, deadline, n, open, deadline.plusDays(2));
        db.execute("insert into extension_request (task_id, department_id, requested_by, reason, current_deadline, requested_deadline, status) values "
                + "(?, (select id from department where code = 'scitech'), 'scitech-staff', '理由', ?, ?, 'APPROVED')", late, deadline.minusDays(30), deadline);

        var all = as(lead).queryParam("year", year).when().get("/api/v1/tasks/assessment").then().statusCode(200)
                .body("year", equalTo(year)).body("formula", containsString("0.6")).extract().jsonPath();
        assertThat(all.getInt("departments.find { it.department.code == 'publicity' }.rank")).isEqualTo(1);
        assertThat(all.getFloat("departments.find { it.department.code == 'publicity' }.score")).isEqualTo(100.0f);
        assertThat(all.getFloat("departments.find { it.department.code == 'publicity' }.onTimeRate")).isEqualTo(100.0f);
        // scitech: 2 tasks, 1 completed (late): 0.6 × 0 + 0.4 × 50 − 1 − 3 − 2 × 1 = 14
        assertThat(all.getInt("departments.find { it.department.code == 'scitech' }.rank")).isEqualTo(2);
        assertThat(all.getFloat("departments.find { it.department.code == 'scitech' }.score")).isEqualTo(14.0f);
        assertThat(all.getFloat("departments.find { it.department.code == 'scitech' }.completionRate")).isEqualTo(50.0f);
        assertThat(all.getInt("departments.find { it.department.code == 'scitech' }.escalations.URGE")).isEqualTo(1);
        assertThat(all.getInt("departments.find { it.department.code == 'scitech' }.extensionsApproved")).isEqualTo(1);
        assertThat((Object) all.get("departments.find { it.department.code == 'hrss' }.rank")).as("no tasks: unranked").isNull();

        as(scitech).queryParam("year", year).when().get("/api/v1/tasks/assessment").then().statusCode(200)
                .body("departments", hasSize(1)).body("departments[0].department.code", equalTo("scitech")).body("departments[0].rank", equalTo(2));
        String csv = given().auth().oauth2(lead).accept("text/csv").queryParam("year", year).when().get("/api/v1/tasks/assessment").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).contains("排名").contains("催办次数").contains("区委宣传部");
        as(analyst).queryParam("year", year).when().get("/api/v1/tasks/assessment").then().statusCode(403);
        as(lead).queryParam("year", "20x").when().get("/api/v1/tasks/assessment").then().statusCode(400);
    }
}
