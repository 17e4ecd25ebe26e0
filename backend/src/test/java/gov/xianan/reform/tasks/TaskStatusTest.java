package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.tasks.service.DailyTaskCheck;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** The daily check (the status rules alone: TaskStatusRulesTest) marks overdue tasks and reminds once, driven by a controlled clock. */
@QuarkusTest
class TaskStatusTest {

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    @Inject
    DailyTaskCheck check;

    private static final LocalDate START = LocalDate.of(2030, 3, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2030, 6, 30);

    private long notifications(long task, String kind) {
        return db.count("select count(*) from notification where task_id = ? and kind = ?", task, kind);
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "publicity"), @Claim(key = "preferred_username", value = "publicity-staff") })
    void theDailyCheckMarksOverdueAndRemindsOnceAndReportsComplete() {
        long task = fx.task("按期完成的任务", "publicity", List.of("hrss"), new BigDecimal("200"), "场", START, DEADLINE, "NOT_STARTED");

        TaskFixtures.today(START.minusDays(10));
        check.run();
        assertThat(fx.status(task)).isEqualTo("NOT_STARTED");

        TaskFixtures.today(START);
        check.run();
        assertThat(fx.status(task)).isEqualTo("IN_PROGRESS");

        TaskFixtures.today(DEADLINE.minusDays(8));
        check.run();
        assertThat(notifications(task, "REMINDER")).isZero();

        TaskFixtures.today(DEADLINE.minusDays(7));
        DailyTaskCheck.Result r = check.run();
        assertThat(r.today()).isEqualTo(DEADLINE.minusDays(7));
        assertThat(notifications(task, "REMINDER")).isEqualTo(2); // publicity and hrss
        TaskFixtures.today(DEADLINE.minusDays(3));
        check.run();
        check.run();
        assertThat(notifications(task, "REMINDER")).isEqualTo(2);
        assertThat(db.count("select count(*) from task_event where task_id = ? and kind = 'REMINDER_SENT'", task)).isEqualTo(1);

        TaskFixtures.today(DEADLINE);
        check.run();
        assertThat(fx.status(task)).isEqualTo("IN_PROGRESS");
        TaskFixtures.today(DEADLINE.plusDays(1));
        check.run();
        check.run();
        assertThat(fx.status(task)).isEqualTo("OVERDUE");
        assertThat(notifications(task, "OVERDUE")).isEqualTo(2);
        given().queryParam("overdue", "true").queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) task));
        given().queryParam("status", "overdue").queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) task));
        given().when().get("/api/v1/tasks/" + task).then().body("daysLeft", equalTo(-1));

        TaskFixtures.today(DEADLINE.plusDays(2));
        given().contentType("application/json").body(Map.of("reportDate", DEADLINE.plusDays(2).toString(), "narrative", "开展宣讲150场", "quantity", 150))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(201);
        assertThat(fx.status(task)).isEqualTo("OVERDUE");
        // a report dated after "today" is refused
        given().contentType("application/json").body(Map.of("reportDate", DEADLINE.plusDays(3).toString(), "narrative", "未来", "quantity", 1))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(400).body("errors[0].field", equalTo("reportDate"));
        given().contentType("application/json").body(Map.of("reportDate", DEADLINE.plusDays(2).toString(), "narrative", "再开展50场", "quantity", 50))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(201);
        assertThat(fx.status(task)).isEqualTo("COMPLETED");
        assertThat(db.string("select completed_on::text from reform_task where id = ?", task)).isEqualTo(DEADLINE.plusDays(2).toString());
        check.run();
        assertThat(fx.status(task)).isEqualTo("COMPLETED");
        given().when().get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .body("findAll { it.kind == 'STATUS_CHANGED' }.text", hasItem("状态由“已逾期”变为“已完成”"))
                .body("kind", hasItem("REMINDER_SENT"));

        // the department's users see the reminders and alerts, and mark them read
        var page = given().queryParam("size", 200).when().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath();
        long unread = page.getLong("unreadCount");
        assertThat(unread).isPositive();
        int reminder = page.getInt("items.find { it.taskId == " + task + " && it.kind == 'REMINDER' }.id");
        given().when().post("/api/v1/notifications/" + reminder + "/read").then().statusCode(204);
        given().when().post("/api/v1/notifications/" + reminder + "/read").then().statusCode(204);
        given().when().get("/api/v1/notifications").then().body("unreadCount", equalTo((int) unread - 1));
        long hrssReminder = db.count("select n.id from notification n join department d on d.id = n.department_id where n.task_id = ? "
                + "and n.kind = 'REMINDER' and d.code = 'hrss'", task);
        given().when().post("/api/v1/notifications/" + hrssReminder + "/read").then().statusCode(404);
        given().when().post("/api/v1/notifications/read-all").then().statusCode(200);
        given().when().get("/api/v1/notifications").then().body("unreadCount", equalTo(0));
        given().queryParam("unreadOnly", "true").when().get("/api/v1/notifications").then().body("total", equalTo(0));
        assertThat(db.count("select count(*) from notification_read r join notification n on n.id = r.notification_id where n.id = ? "
                + "and r.username = 'publicity-staff'", hrssReminder)).isZero();
    }

    long version(long task) {
        return db.count("select version from reform_task where id = ?", task);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void theLeadSuspendsAndReopensWithAReason() {
        long task = fx.task("总工会任务", "federation", List.of());
        // the version read is required, and must be current
        given().contentType("application/json").body(Map.of("reason", "等待上级文件")).when().post("/api/v1/tasks/" + task + "/suspend")
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        given().contentType("application/json").body(Map.of("reason", "等待上级文件", "version", version(task) + 1)).when().post("/api/v1/tasks/" + task + "/suspend")
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        assertThat(fx.status(task)).isNotEqualTo("SUSPENDED");
        given().contentType("application/json").body(Map.of("reason", "等待上级文件", "version", version(task))).when().post("/api/v1/tasks/" + task + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("statusReason", equalTo("等待上级文件"));
        given().contentType("application/json").body(Map.of("reason", "再次", "version", version(task))).when().post("/api/v1/tasks/" + task + "/suspend")
                .then().statusCode(409).body("type", equalTo("/problems/conflict"));
        given().contentType("application/json").body(Map.of("reportDate", "2020-01-01", "narrative", "暂停中填报", "quantity", 1))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(409);
        assertThat(db.count("select count(*) from progress_report where task_id = ?", task)).isZero();
        given().contentType("application/json").body(Map.of("reason", " ", "version", version(task))).when().post("/api/v1/tasks/" + task + "/reopen")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType("application/json").body(Map.of("reason", "文件已下发", "version", version(task) - 1)).when().post("/api/v1/tasks/" + task + "/reopen")
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        given().contentType("application/json").body(Map.of("reason", "文件已下发", "version", version(task))).when().post("/api/v1/tasks/" + task + "/reopen")
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS")).body("suspended", equalTo(false));
        given().contentType("application/json").body(Map.of("reason", "again", "version", version(task))).when().post("/api/v1/tasks/" + task + "/reopen")
                .then().statusCode(409);
        given().when().get("/api/v1/tasks/" + task + "/history").then()
                .body("kind", hasItem("SUSPENDED")).body("kind", hasItem("REOPENED"));
        assertThat(db.count("select count(*) from reform_task_aud where id = ? and status = 'SUSPENDED'", task)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void aMilestoneTaskCompletesWhenEveryMilestoneIsReported() {
        var body = TaskRequests.valid("federation");
        body.remove("targetValue");
        body.remove("targetUnit");
        body.put("startDate", "2020-01-01");
        body.put("milestones", List.of(Map.of("title", "印发工作方案"), Map.of("title", "建成示范点", "dueDate", "2099-06-30")));
        var created = given().contentType("application/json").body(body).when().post("/api/v1/tasks").then().statusCode(201)
                .body("milestones.size()", equalTo(2)).body("status", equalTo("IN_PROGRESS")).extract().jsonPath();
        long id = created.getLong("id");
        long first = created.getLong("milestones[0].id");
        long second = created.getLong("milestones[1].id");
        given().contentType("application/json").body(Map.of("reportDate", "2020-03-01", "narrative", "方案已印发", "milestoneId", first))
                .when().post("/api/v1/tasks/" + id + "/progress-reports").then().statusCode(201);
        given().when().get("/api/v1/tasks/" + id).then().body("completionPercent", equalTo(50.0f))
                .body("milestones[0].doneOn", equalTo("2020-03-01")).body("status", equalTo("IN_PROGRESS"));
        given().contentType("application/json").body(Map.of("reportDate", "2020-04-01", "narrative", "别的任务的里程碑", "milestoneId", 999_999_999))
                .when().post("/api/v1/tasks/" + id + "/progress-reports").then().statusCode(400).body("errors[0].field", equalTo("milestoneId"));
        given().contentType("application/json").body(Map.of("reportDate", "2020-05-01", "narrative", "示范点建成", "milestoneId", second))
                .when().post("/api/v1/tasks/" + id + "/progress-reports").then().statusCode(201);
        assertThat(fx.status(id)).isEqualTo("COMPLETED");
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void theDailyCheckOnDemandRunsOncePerDayHoweverOftenItIsTriggered() {
        LocalDate start = LocalDate.of(2032, 3, 1);
        LocalDate deadline = LocalDate.of(2032, 6, 30);
        LocalDate day = deadline.plusDays(1);
        long task = fx.task("按需检查的任务", "publicity", List.of("hrss"), new BigDecimal("200"), "场", start, deadline, "NOT_STARTED");
        db.execute("delete from scheduled_run where job_name = ? and period = ?", DailyTaskCheck.JOB_NAME, day.toString()); // an earlier run of this test
        TaskFixtures.today(day);

        String ranBy = given().when().post("/api/v1/tasks/daily-check").then().statusCode(200)
                .body("ranNow", equalTo(true)).body("period", equalTo(day.toString())).body("jobName", equalTo(DailyTaskCheck.JOB_NAME))
                .body("summary", org.hamcrest.Matchers.containsString("项逾期")).extract().path("ranBy");
        assertThat(fx.status(task)).isEqualTo("OVERDUE");
        assertThat(notifications(task, "OVERDUE")).isEqualTo(2);
        db.execute("update reform_task set status = 'IN_PROGRESS' where id = ?", task); // a second run would mark it again

        given().when().post("/api/v1/tasks/daily-check").then().statusCode(200)
                .body("ranNow", equalTo(false)).body("ranBy", equalTo(ranBy)).body("summary", org.hamcrest.Matchers.containsString("项逾期"));
        assertThat(fx.status(task)).as("the second trigger the same day did not run the check").isEqualTo("IN_PROGRESS");
        assertThat(db.count("select count(*) from scheduled_run where job_name = ? and period = ?", DailyTaskCheck.JOB_NAME, day.toString())).isEqualTo(1);

        TaskFixtures.today(day.plusDays(1));
        db.execute("delete from scheduled_run where job_name = ? and period = ?", DailyTaskCheck.JOB_NAME, day.plusDays(1).toString());
        given().when().post("/api/v1/tasks/daily-check").then().statusCode(200).body("ranNow", equalTo(true));
        assertThat(fx.status(task)).as("the next day it runs again").isEqualTo("OVERDUE");
    }
}
