package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** Bad input is a 400 with field errors (never a 500) and writes nothing; a stale version is 409; indicators are live. */
@QuarkusTest
@TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
class TaskInputTest {

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    private long tasks() {
        return db.count("select count(*) from reform_task");
    }

    @Test
    void badBodiesAreFieldErrorsAndNothingIsWritten() {
        long before = tasks();
        given().contentType("application/json").body("{\"title\": \"x\",").when().post("/api/v1/tasks").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("/problems/malformed-json"));
        var unknownEnum = TaskRequests.valid("publicity");
        unknownEnum.put("area", "FISHING");
        given().contentType("application/json").body(unknownEnum).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("area"));
        var wrongType = TaskRequests.valid("publicity");
        wrongType.put("targetValue", "两百");
        given().contentType("application/json").body(wrongType).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("targetValue"));
        var unknownField = TaskRequests.valid("publicity");
        unknownField.put("owner", "me");
        given().contentType("application/json").body(unknownField).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("owner"));
        given().contentType("application/json").body(Map.of("area", "IDEOLOGY")).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", hasItems("title", "startDate", "deadline", "priority", "year", "leadDepartment"));
        var rules = TaskRequests.valid("nowhere");
        rules.put("cooperatingDepartments", List.of("hrss", "atlantis"));
        rules.put("startDate", "2026-05-01");
        rules.put("deadline", "2026-04-30");
        rules.put("targetUnit", null);
        rules.put("indicatorCode", "registry.unicorns");
        given().contentType("application/json").body(rules).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors.field", hasItems("leadDepartment", "cooperatingDepartments[1]", "deadline", "targetUnit", "indicatorCode"));
        var noTarget = TaskRequests.valid("publicity");
        noTarget.remove("targetValue");
        noTarget.remove("targetUnit");
        given().contentType("application/json").body(noTarget).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("targetValue"));
        var leadTwice = TaskRequests.valid("publicity");
        leadTwice.put("cooperatingDepartments", List.of("publicity"));
        given().contentType("application/json").body(leadTwice).when().post("/api/v1/tasks").then().statusCode(400)
                .body("errors[0].field", equalTo("cooperatingDepartments[0]"));
        assertThat(tasks()).isEqualTo(before);

        given().queryParam("status", "DONE").when().get("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().queryParam("area", "x").queryParam("year", "20").queryParam("overdue", "yes").queryParam("size", 500)
                .when().get("/api/v1/tasks").then().statusCode(400).body("errors.field", hasItems("year", "overdue", "size"));
        given().queryParam("sort", "secret").when().get("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().when().get("/api/v1/tasks/abc").then().statusCode(404);
        given().when().get("/api/v1/tasks/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void anUpdateCarriesTheVersionAndAStaleOneChangesNothing() {
        JsonPath created = given().contentType("application/json").body(TaskRequests.valid("publicity")).when().post("/api/v1/tasks")
                .then().statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long version = created.getLong("version");
        var change = TaskRequests.valid("publicity");
        change.put("title", "开展“双宣讲”活动(调整)");
        change.put("targetValue", 250);
        change.put("cooperatingDepartments", List.of("education"));
        change.put("version", version);
        given().contentType("application/json").body(change).when().put("/api/v1/tasks/" + id).then().statusCode(200)
                .body("targetValue", equalTo(250)).body("cooperatingDepartments.code", equalTo(List.of("education")));
        // the newly assigned department is told
        assertThat(db.count("select count(*) from notification n join department d on d.id = n.department_id where n.task_id = ? "
                + "and n.kind = 'ASSIGNMENT' and d.code = 'education'", id)).isEqualTo(1);
        change.put("title", "过期的修改");
        given().contentType("application/json").body(change).when().put("/api/v1/tasks/" + id).then().statusCode(409)
                .body("type", equalTo("/problems/stale-version"));
        change.remove("version");
        given().contentType("application/json").body(change).when().put("/api/v1/tasks/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        assertThat(db.string("select title from reform_task where id = ?", id)).isEqualTo("开展“双宣讲”活动(调整)");
        assertThat(db.count("select count(*) from reform_task_aud where id = ?", id)).isEqualTo(2);
        given().when().get("/api/v1/tasks/" + id + "/revisions").then().statusCode(200)
                .body("type", equalTo(List.of("CREATED", "UPDATED")))
                .body("actor", equalTo(List.of("federation-lead", "federation-lead")))
                .body("[1].changes.find { it.field == 'targetValue' }.after", equalTo(250.0f));
    }

    @Test
    void badReportsAndNoticesAreFieldErrors() {
        long task = fx.task("总工会任务", "federation", List.of());
        String reports = "/api/v1/tasks/" + task + "/progress-reports";
        given().contentType("application/json").body("{\"narrative\": ").when().post(reports).then().statusCode(400)
                .body("type", equalTo("/problems/malformed-json"));
        given().contentType("application/json").body(Map.of("reportDate", "2020-01-01", "narrative", "负数", "quantity", -1))
                .when().post(reports).then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        given().contentType("application/json").body(Map.of("reportDate", "2020-02-30", "narrative", "坏日期"))
                .when().post(reports).then().statusCode(400).body("errors[0].field", equalTo("reportDate"));
        given().contentType("application/json").body(Map.of("quantity", 1)).when().post(reports).then().statusCode(400)
                .body("errors.field", hasItems("reportDate", "narrative"));
        assertThat(db.count("select count(*) from progress_report where task_id = ?", task)).isZero();
        String notices = "/api/v1/tasks/" + task + "/supervision-notices";
        given().contentType("application/json").body(Map.of("text", " ")).when().post(notices).then().statusCode(400)
                .body("errors[0].field", equalTo("text"));
        given().contentType("application/json").body(Map.of("text", "请报送", "dueDate", "2000-01-01")).when().post(notices).then().statusCode(400)
                .body("errors[0].field", equalTo("dueDate"));
        given().contentType("application/json").body(Map.of("answer", "无此督办", "version", 0)).when().post(notices + "/999999999/acknowledge")
                .then().statusCode(404);
        assertThat(db.count("select count(*) from supervision_notice where task_id = ?", task)).isZero();
    }

    @Test
    void indicatorsAreFoundThroughCdiAndCarryLiveValues() {
        long enterprise = db.count("insert into enterprise (credit_code, name, industry_code, ownership, size) values (?, '指标测试厂', 'printing', "
                + "'NON_PUBLIC', 'MICRO') returning id", Ids.creditCode());
        db.execute("delete from honour where year = 2097");
        JsonPath before = given().queryParam("year", 2097).when().get("/api/v1/indicators").then().statusCode(200)
                .body("code", hasItems("registry.party-members", "registry.workers", "registry.honours-awarded", "registry.political-posts"))
                .extract().jsonPath();
        assertThat(before.getLong("find { it.code == 'registry.workers' }.value")).isEqualTo(db.count("select count(*) from worker"));
        assertThat(before.getLong("find { it.code == 'registry.party-members' }.value"))
                .isEqualTo(db.count("select count(*) from worker where party_member"));
        assertThat(before.getLong("find { it.code == 'registry.honours-awarded' }.value")).isZero();
        assertThat(before.getBoolean("find { it.code == 'registry.honours-awarded' }.perYear")).isTrue();

        var body = TaskRequests.valid("federation");
        body.put("title", "2097年荣誉");
        body.put("year", 2097);
        body.put("startDate", "2097-01-01");
        body.put("deadline", "2097-12-31");
        body.put("targetValue", 2);
        body.put("targetUnit", "项");
        body.put("indicatorCode", "registry.honours-awarded");
        long task = given().contentType("application/json").body(body).when().post("/api/v1/tasks").then().statusCode(201)
                .body("achieved", equalTo(0)).body("status", equalTo("NOT_STARTED")).extract().jsonPath().getLong("id");
        String honour = "insert into honour (kind, category, title, level, year, issuer, enterprise_id, team_name) values "
                + "('COLLECTIVE', 'WORKER_PIONEER', '工人先锋号', 'DISTRICT', 2097, '咸安区总工会', ?, ?)";
        db.execute(honour, enterprise, "一班");
        given().queryParam("year", 2097).when().get("/api/v1/indicators").then()
                .body("find { it.code == 'registry.honours-awarded' }.value", equalTo(1));
        given().when().get("/api/v1/tasks/" + task).then().body("achieved", equalTo(1)).body("completionPercent", equalTo(50.0f));
        db.execute(honour, enterprise, "二班");
        // reports do not count for an indicator task: the indicator is the progress
        fx.report(task, "federation", new BigDecimal("100"));
        given().when().get("/api/v1/tasks/" + task).then().body("achieved", equalTo(2)).body("completionPercent", equalTo(100.0f));
        check.run();
        assertThat(fx.status(task)).isEqualTo("PENDING_SIGN_OFF");
        given().queryParam("year", "97").when().get("/api/v1/indicators").then().statusCode(400).body("errors.field", hasItem("year"));
    }

    @Inject
    gov.xianan.reform.tasks.service.DailyTaskCheck check;
}
