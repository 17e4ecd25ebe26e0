package gov.xianan.reform.common.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Who did something is stored with the name at the time of the act, and the API answers names with departments. */
@QuarkusTest
class ActorNamesTest {

    @Inject
    Db db;

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead"),
            @Claim(key = "azp", value = "spa"), @Claim(key = "family_name", value = "张"), @Claim(key = "given_name", value = "明华") })
    void aTaskItsEventsAndItsRevisionCarryTheCreatorsName() {
        var body = new java.util.HashMap<String, Object>(java.util.Map.of("title", "姓名测试任务", "area", "IDEOLOGY", "targetValue", 200,
                "targetUnit", "场", "startDate", "2026-01-01", "deadline", "2099-12-31", "priority", "HIGH", "year", 2026,
                "leadDepartment", "publicity"));
        body.put("cooperatingDepartments", java.util.List.of());
        long id = given().contentType("application/json").body(body).when().post("/api/v1/tasks")
                .then().statusCode(201).body("createdBy", equalTo("federation-lead")).body("createdByName", equalTo("张明华"))
                .extract().jsonPath().getLong("id");
        assertThat(db.string("select created_by_name from reform_task where id = ?", id)).isEqualTo("张明华");
        assertThat(db.string("select actor_name from task_event where task_id = ? and kind = 'CREATED'", id)).isEqualTo("张明华");
        given().when().get("/api/v1/tasks/" + id + "/history").then().statusCode(200)
                .body("[0].actorName", equalTo("张明华")).body("[0].departmentName", equalTo("区总工会"));
        given().when().get("/api/v1/tasks/" + id + "/revisions").then().statusCode(200)
                .body("[0].actorName", equalTo("张明华")).body("[0].departmentName", equalTo("区总工会"));
        assertThat(db.string("select r.actor_name from audit_revision r join reform_task_aud a on a.rev = r.id where a.id = ? order by r.id limit 1", id))
                .isEqualTo("张明华");
    }

    @Test
    @TestSecurity(user = "service-account-hr-system", roles = { "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "preferred_username", value = "service-account-hr-system"),
            @Claim(key = "azp", value = "hr-system"), @Claim(key = "client_id", value = "hr-system") })
    void aServiceAccountIsNamedByItsSystem() {
        given().when().get("/api/v1/workers/987654321").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(403), equalTo(404)));
        String name = db.string("select actor_name from audit_event where actor = 'service-account-hr-system' order by id desc limit 1");
        if (name != null) {
            assertThat(name).isEqualTo("区人社局人事系统");
        }
        assertThat(gov.xianan.reform.common.audit.ActorNames.of("service-account-hr-system", null)).isEqualTo("区人社局人事系统");
        assertThat(gov.xianan.reform.common.audit.ActorNames.of("system:demo-data", null)).isEqualTo("系统（演示数据）");
        assertThat(gov.xianan.reform.common.audit.ActorNames.of("federation-lead", "张明华")).isEqualTo("张明华");
    }
}
