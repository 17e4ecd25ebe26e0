package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Who sees and does what, on every path: lists, reads, reports, notices, attachments, history, board. */
@QuarkusTest
class TaskScopeTest {

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    private long denials(long task) {
        return db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_type = 'reform_task' and entity_id = ?",
                String.valueOf(task));
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "publicity"), @Claim(key = "preferred_username", value = "publicity-staff") })
    void staffSeeTheirDepartmentsTasksAndAnotherDepartmentsTaskIsNotThere() {
        long own = fx.task("宣传部牵头任务", "publicity", List.of());
        long coop = fx.task("宣传部配合任务", "hrss", List.of("publicity"));
        long other = fx.task("科经局任务", "scitech", List.of("hrss"));
        long otherReport = fx.report(other, "scitech", BigDecimal.ONE);
        long otherFile = fx.attachment(otherReport, TaskFixtures.PNG);
        long otherNotice = fx.notice(other);

        given().queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) own))
                .body("items.id", hasItem((int) coop))
                .body("items.id", not(hasItem((int) other)));
        // filtering by another department shows nothing of it
        given().queryParam("department", "scitech").queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", not(hasItem((int) other)));
        given().when().get("/api/v1/tasks/" + own).then().statusCode(200).body("leadDepartment.code", equalTo("publicity"));
        given().when().get("/api/v1/tasks/" + coop).then().statusCode(200).body("cooperatingDepartments.code", hasItem("publicity"));

        long before = denials(other);
        given().when().get("/api/v1/tasks/" + other).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/tasks/" + other + "/progress-reports").then().statusCode(404);
        given().contentType("application/json").body(Map.of("reportDate", "2020-01-02", "narrative", "越权", "quantity", 5))
                .when().post("/api/v1/tasks/" + other + "/progress-reports").then().statusCode(404);
        given().when().get("/api/v1/tasks/" + other + "/supervision-notices").then().statusCode(404);
        given().contentType("application/json").body(Map.of("answer", "越权", "version", 0))
                .when().post("/api/v1/tasks/" + other + "/supervision-notices/" + otherNotice + "/acknowledge").then().statusCode(404);
        given().when().get("/api/v1/tasks/" + other + "/history").then().statusCode(404);
        given().when().get("/api/v1/tasks/" + other + "/progress-reports/" + otherReport + "/attachments/" + otherFile).then().statusCode(404);
        given().multiPart("file", "x.png", TaskFixtures.PNG)
                .when().post("/api/v1/tasks/" + other + "/progress-reports/" + otherReport + "/attachments").then().statusCode(404);
        // every refused attempt is logged, nothing is written
        assertThat(denials(other) - before).isEqualTo(8);
        assertThat(db.count("select count(*) from progress_report where task_id = ?", other)).isEqualTo(1);
        assertThat(db.count("select count(*) from report_attachment where report_id = ?", otherReport)).isEqualTo(1);
        assertThat(db.string("select acknowledged_by from supervision_notice where id = ?", otherNotice)).isNull();

        // the board: the own department's row only
        given().when().get("/api/v1/tasks/board").then().statusCode(200)
                .body("departments", hasSize(1))
                .body("departments[0].department.code", equalTo("publicity"))
                .body("departments[0].rank", notNullValue());
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "publicity"), @Claim(key = "preferred_username", value = "publicity-staff") })
    void staffMayNotCreateEditSuperviseOrSuspend() {
        long own = fx.task("宣传部任务", "publicity", List.of());
        given().contentType("application/json").body(TaskRequests.valid("publicity")).when().post("/api/v1/tasks").then().statusCode(403);
        var update = TaskRequests.valid("publicity");
        update.put("version", 0);
        given().contentType("application/json").body(update).when().put("/api/v1/tasks/" + own).then().statusCode(403);
        given().contentType("application/json").body(Map.of("text", "督办")).when().post("/api/v1/tasks/" + own + "/supervision-notices")
                .then().statusCode(403);
        given().contentType("application/json").body(Map.of("reason", "x", "version", 0)).when().post("/api/v1/tasks/" + own + "/suspend").then().statusCode(403);
        given().contentType("application/json").body(Map.of("reason", "x", "version", 0)).when().post("/api/v1/tasks/" + own + "/reopen").then().statusCode(403);
        assertThat(db.count("select count(*) from supervision_notice where task_id = ?", own)).isZero();
        assertThat(fx.status(own)).isEqualTo("IN_PROGRESS");
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "preferred_username", value = "hrss-reviewer") })
    void aCooperatingDepartmentReportsAndAnswersNotices() {
        long task = fx.task("宣传部牵头、人社局配合", "publicity", List.of("hrss"));
        long notice = fx.notice(task);
        long report = given().contentType("application/json").body(Map.of("reportDate", "2020-05-01", "narrative", "组织技能培训", "quantity", 12))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/tasks/" + task + "/progress-reports/"))
                .body("department.code", equalTo("hrss"))
                .body("reportedBy", equalTo("hrss-reviewer"))
                .extract().jsonPath().getLong("id");
        assertThat(db.string("select d.code from progress_report r join department d on d.id = r.department_id where r.id = ?", report)).isEqualTo("hrss");
        assertThat(db.count("select count(*) from progress_report_aud where id = ?", report)).isEqualTo(1);
        given().when().get("/api/v1/tasks/" + task).then().statusCode(200).body("achieved", equalTo(12.0f)).body("completionPercent", equalTo(12.0f));

        given().contentType("application/json").body(Map.of("answer", "已落实"))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().contentType("application/json").body(Map.of("answer", "已落实", "version", 5))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        given().contentType("application/json").body(Map.of("answer", "已落实", "version", 0))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(200)
                .body("open", equalTo(false))
                .body("acknowledgedBy", equalTo("hrss-reviewer"))
                .body("acknowledgedDepartment.code", equalTo("hrss"));
        given().contentType("application/json").body(Map.of("answer", "再答一次", "version", 0))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(409);
        assertThat(db.string("select answer from supervision_notice where id = ?", notice)).isEqualTo("已落实");
        // the lead unit hears about the answer
        assertThat(db.count("select count(*) from notification n join department d on d.id = n.department_id where n.task_id = ? and d.lead_unit "
                + "and n.kind = 'NOTICE'", task)).isEqualTo(1);
        given().when().get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .body("kind", hasItem("REPORT_FILED"))
                .body("kind", hasItem("NOTICE_ACKNOWLEDGED"));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-staff") })
    void leadUnitStaffSeeEverythingButActOnlyWhereTheirDepartmentIsAssigned() {
        long other = fx.task("科经局任务", "scitech", List.of());
        long notice = fx.notice(other);
        given().when().get("/api/v1/tasks/" + other).then().statusCode(200);
        given().queryParam("department", "scitech").queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) other));
        long before = denials(other);
        given().contentType("application/json").body(Map.of("reportDate", "2020-01-02", "narrative", "代报", "quantity", 5))
                .when().post("/api/v1/tasks/" + other + "/progress-reports").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("answer", "代答", "version", 0))
                .when().post("/api/v1/tasks/" + other + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(403);
        assertThat(denials(other) - before).isEqualTo(2);
        assertThat(db.count("select count(*) from progress_report where task_id = ?", other)).isZero();
        // without the lead role: no creating tasks
        given().contentType("application/json").body(TaskRequests.valid("scitech")).when().post("/api/v1/tasks").then().statusCode(403);
        // the lead unit sees every department on the board
        given().when().get("/api/v1/tasks/board").then().statusCode(200).body("departments.size()", equalTo(7));
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void theLeadCreatesAssignsAndSupervises() {
        var body = TaskRequests.valid("publicity");
        body.put("cooperatingDepartments", List.of("devzone"));
        var created = given().contentType("application/json").body(body).when().post("/api/v1/tasks").then().statusCode(201)
                .header("Location", notNullValue())
                .body("leadDepartment.code", equalTo("publicity"))
                .body("cooperatingDepartments.code", equalTo(List.of("devzone")))
                .body("createdBy", equalTo("federation-lead"))
                .extract().jsonPath();
        long id = created.getLong("id");
        assertThat(db.count("select count(*) from notification where task_id = ? and kind = 'ASSIGNMENT'", id)).isEqualTo(2);
        assertThat(db.count("select count(*) from reform_task_aud where id = ?", id)).isEqualTo(1);
        assertThat(db.count("select count(*) from reform_task_department_aud where task_id = ?", id)).isEqualTo(1);

        long notice = given().contentType("application/json").body(Map.of("text", "请于月底前报送进展", "dueDate", "2099-01-31"))
                .when().post("/api/v1/tasks/" + id + "/supervision-notices").then().statusCode(201)
                .body("open", equalTo(true)).body("issuedBy", equalTo("federation-lead"))
                .extract().jsonPath().getLong("id");
        assertThat(db.count("select count(*) from notification where task_id = ? and kind = 'NOTICE'", id)).isEqualTo(2);
        given().when().get("/api/v1/tasks/" + id + "/supervision-notices").then().statusCode(200).body("id", equalTo(List.of((int) notice)));
        given().when().get("/api/v1/tasks/" + id).then().body("openNotices", equalTo(1));
        // the lead unit is not assigned: it supervises, it does not answer
        given().contentType("application/json").body(Map.of("answer", "自答", "version", 0))
                .when().post("/api/v1/tasks/" + id + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(403);
        given().when().get("/api/v1/tasks/" + id + "/history").then().statusCode(200)
                .body("kind", hasItem("CREATED")).body("kind", hasItem("NOTICE_ISSUED"));
        given().when().get("/api/v1/tasks/board").then().statusCode(200).body("departments.department.code", hasItem("publicity"));
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsReadTheBoardsAggregatesOnly() {
        long task = fx.task("任意任务", "publicity", List.of());
        long report = fx.report(task, "publicity", BigDecimal.ONE);
        long file = fx.attachment(report, TaskFixtures.PNG);
        // every department's row, under the disclosure policy: a count of 1–4 tasks is hidden with company, and such rows are not ranked
        var board = given().when().get("/api/v1/tasks/board").then().statusCode(200)
                .body("departments.size()", equalTo(7))
                .body("suppressionApplied", equalTo(true))
                .extract().jsonPath();
        for (var row : board.<java.util.Map<String, Object>>getList("departments")) {
            @SuppressWarnings("unchecked")
            var byStatus = (java.util.Map<String, Object>) row.get("byStatus");
            assertThat(byStatus.values().stream().filter(java.util.Objects::isNull).count()).as("one hidden count alone would be total minus the others")
                    .isNotEqualTo(1);
            if (Boolean.TRUE.equals(row.get("suppressed"))) {
                assertThat(row.get("rank")).isNull();
            }
        }
        for (String path : new String[] { "/api/v1/tasks", "/api/v1/tasks/" + task, "/api/v1/tasks/" + task + "/progress-reports",
                "/api/v1/tasks/" + task + "/supervision-notices", "/api/v1/tasks/" + task + "/history",
                "/api/v1/tasks/" + task + "/progress-reports/" + report + "/attachments/" + file, "/api/v1/notifications", "/api/v1/indicators",
                "/api/v1/reports/annual-review?year=2020" }) {
            given().when().get(path).then().statusCode(403).contentType("application/problem+json");
        }
        given().contentType("application/json").body(TaskRequests.valid("publicity")).when().post("/api/v1/tasks").then().statusCode(403);
    }

    @Test
    void withoutATokenEverythingIs401() {
        given().when().get("/api/v1/tasks").then().statusCode(401);
        given().when().get("/api/v1/tasks/board").then().statusCode(401);
        given().when().get("/api/v1/notifications").then().statusCode(401);
    }
}
