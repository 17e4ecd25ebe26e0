package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The tasks' security contract with real tokens from the test Keycloak: the lead unit assigns a task
 * to publicity, publicity files a report and answers a notice, scitech cannot see it, the analyst
 * reads only the board.
 */
@QuarkusTest
@Tag("keycloak")
class TaskKeycloakTest {

    @Inject
    Db db;

    @Test
    void theJourneyOfATaskWithRealTokens() {
        String lead = KeycloakTokens.password("federation-lead");
        String publicity = KeycloakTokens.password("publicity-staff");
        String scitech = KeycloakTokens.password("scitech-staff");
        String analyst = KeycloakTokens.password("analyst");

        long task = given().auth().oauth2(lead).contentType("application/json").body(TaskRequests.valid("publicity"))
                .when().post("/api/v1/tasks").then().statusCode(201).body("createdBy", equalTo("federation-lead"))
                .extract().jsonPath().getLong("id");
        assertThat(db.string("select r.actor from reform_task_aud a join audit_revision r on r.id = a.rev where a.id = ?", task))
                .isEqualTo("federation-lead");

        // publicity sees it, with its assignment notification, and reports
        given().auth().oauth2(publicity).queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", hasItem((int) task));
        given().auth().oauth2(publicity).when().get("/api/v1/notifications").then().statusCode(200)
                .body("items.taskId", hasItem((int) task));
        given().auth().oauth2(publicity).contentType("application/json")
                .body(Map.of("reportDate", "2026-01-15", "narrative", "开展理论宣讲、百姓宣讲40场", "quantity", 40))
                .when().post("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(201)
                .body("department.code", equalTo("publicity")).body("reportedBy", equalTo("publicity-staff"));
        given().auth().oauth2(publicity).contentType("application/json").body(TaskRequests.valid("publicity"))
                .when().post("/api/v1/tasks").then().statusCode(403);

        // scitech does not see it; the attempt is logged with its department
        given().auth().oauth2(scitech).when().get("/api/v1/tasks/" + task).then().statusCode(404);
        given().auth().oauth2(scitech).queryParam("size", 200).when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.id", not(hasItem((int) task)));
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_id = ? and actor = 'scitech-staff' "
                + "and department = 'scitech'", String.valueOf(task))).isEqualTo(1);

        // the lead unit supervises, publicity answers
        long notice = given().auth().oauth2(lead).contentType("application/json").body(Map.of("text", "请加快进度"))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(scitech).contentType("application/json").body(Map.of("answer", "越权", "version", 0))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(404);
        given().auth().oauth2(publicity).contentType("application/json").body(Map.of("answer", "已部署,月底前完成", "version", 0))
                .when().post("/api/v1/tasks/" + task + "/supervision-notices/" + notice + "/acknowledge").then().statusCode(200)
                .body("acknowledgedBy", equalTo("publicity-staff"));
        given().auth().oauth2(lead).when().get("/api/v1/tasks/" + task + "/history").then().statusCode(200)
                .body("kind", hasItem("NOTICE_ACKNOWLEDGED"));
        given().auth().oauth2(lead).when().get("/api/v1/tasks/board").then().statusCode(200)
                .body("departments.find { it.department.code == 'publicity' }.total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        // the analyst: the board, nothing else
        given().auth().oauth2(analyst).when().get("/api/v1/tasks/board").then().statusCode(200).body("departments.size()", equalTo(7));
        given().auth().oauth2(analyst).when().get("/api/v1/tasks").then().statusCode(403);
        given().auth().oauth2(analyst).when().get("/api/v1/tasks/" + task).then().statusCode(403);
        given().auth().oauth2(analyst).queryParam("year", 2026).when().get("/api/v1/reports/annual-review").then().statusCode(403);
        // the review is published: staff draft it
        given().auth().oauth2(publicity).queryParam("year", 2026).when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .contentType("text/html");
    }
}
