package gov.xianan.reform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * The security contract against the real Keycloak: tokens of demo users and service accounts are
 * accepted with the right department and roles; missing, tampered, expired and wrong-audience
 * tokens are 401, a missing role 403, all as problem+json.
 */
@QuarkusTest
@Tag("keycloak")
class SecurityContractTest {

    @Inject
    Db db;

    private static ValidatableResponse me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me").then();
    }

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void theLeadUnitLeaderSeesTheFederationAndHerRoles() {
        String token = KeycloakTokens.password("federation-lead");
        assertThat(KeycloakTokens.payload(token).getList("aud", String.class)).contains("xianan-api");
        me(token).statusCode(200)
                .body("username", equalTo("federation-lead"))
                .body("displayName", equalTo("张明华"))
                .body("department.code", equalTo("federation"))
                .body("department.name", equalTo("区总工会"))
                .body("department.leadUnit", equalTo(true))
                .body("roles", containsInAnyOrder("lead", "staff", "registry-editor", "competition-organizer", "pii-reader"))
                .body("clientId", equalTo("api-tests"))
                .body("serviceAccount", equalTo(false));
    }

    @Test
    void departmentStaffSeeTheirOwnDepartment() {
        me(KeycloakTokens.password("publicity-staff")).statusCode(200)
                .body("department.code", equalTo("publicity"))
                .body("department.name", equalTo("区委宣传部"))
                .body("roles", contains("staff"));
        me(KeycloakTokens.password("hrss-reviewer")).statusCode(200)
                .body("department.code", equalTo("hrss"))
                .body("roles", containsInAnyOrder("staff", "subsidy-reviewer", "competition-organizer"));
        me(KeycloakTokens.password("analyst")).statusCode(200)
                .body("department", nullValue())
                .body("roles", contains("analyst"));
    }

    @Test
    void serviceAccountsCarryTheirClientsRolesAndDepartment() {
        me(KeycloakTokens.clientCredentials("hr-system", "hr-system-secret")).statusCode(200)
                .body("department.code", equalTo("hrss"))
                .body("roles", contains("staff", "pii-reader"))
                .body("clientId", equalTo("hr-system"))
                .body("serviceAccount", equalTo(true));
        me(KeycloakTokens.clientCredentials("data-platform", "data-platform-secret")).statusCode(200)
                .body("department", nullValue())
                .body("roles", contains("analyst"))
                .body("clientId", equalTo("data-platform"))
                .body("serviceAccount", equalTo(true));
    }

    @Test
    void noTokenOrGarbageIs401() {
        assertUnauthorized(given().when().get("/api/v1/me").then());
        assertUnauthorized(given().header("Authorization", "Bearer not-a-token").when().get("/api/v1/me").then());
    }

    @Test
    void aTamperedTokenIs401() {
        String token = KeycloakTokens.password("publicity-staff");
        String forged = KeycloakTokens.tamper(token, "\"department\":\"publicity\"", "\"department\":\"federation\"");
        assertUnauthorized(me(forged));
    }

    @Test
    void aTokenWithoutTheApiAudienceIs401() {
        String token = KeycloakTokens.password("publicity-staff", "api-tests-no-audience");
        assertThat(KeycloakTokens.payload(token).getString("aud")).doesNotContain("xianan-api");
        assertUnauthorized(me(token));
    }

    @Test
    void anExpiredTokenIs401() throws InterruptedException {
        String token = KeycloakTokens.password("publicity-staff", "api-tests-short-lived");
        long exp = KeycloakTokens.payload(token).getLong("exp");
        me(token).statusCode(200);
        // the client issues two-second tokens; wait for this one to pass its expiry
        while (System.currentTimeMillis() / 1000 <= exp + 1) {
            Thread.sleep(250);
        }
        assertUnauthorized(me(token));
    }

    @Test
    void aMissingRoleIs403AndWritesNothing() {
        long before = db.count("select count(*) from department");
        given().auth().oauth2(KeycloakTokens.password("publicity-staff"))
                .contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"区财政局\",\"nameEn\":\"Finance Bureau\",\"leadUnit\":false,\"sortOrder\":80}")
                .when().post("/api/v1/departments")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertThat(db.count("select count(*) from department")).isEqualTo(before);
        given().auth().oauth2(KeycloakTokens.password("analyst"))
                .when().get("/api/v1/audit-events")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(KeycloakTokens.clientCredentials("hr-system", "hr-system-secret"))
                .when().get("/api/v1/audit-events")
                .then().statusCode(403);
    }

    @Test
    void theAdminReadsTheAuditLogWithARealToken() {
        given().auth().oauth2(KeycloakTokens.password("admin"))
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }
}
