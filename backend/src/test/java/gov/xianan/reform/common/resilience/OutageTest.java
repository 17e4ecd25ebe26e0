package gov.xianan.reform.common.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * PostgreSQL or Keycloak unreachable (the real servers, behind relays the test cuts): a request that
 * needs the database answers 503 problem+json with Retry-After, never 500, readiness is DOWN and
 * liveness UP, and service comes back without a restart; a token issued before Keycloak went away
 * keeps working (its signing keys are cached).
 */
@QuarkusTest
@TestProfile(OutageProfile.class)
@Tag("keycloak")
class OutageTest {

    private static String token(String user) {
        return given().formParam("grant_type", "password").formParam("client_id", "api-tests")
                .formParam("username", user).formParam("password", "demo")
                .when().post(OutageProfile.realRealmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    @AfterEach
    void restore() {
        OutageProfile.database.restore();
        OutageProfile.keycloak.restore();
    }

    @Test
    void databaseDownAnswers503WithRetryAfterAndRecoversWithoutRestart() {
        String token = token("federation-staff");
        given().auth().oauth2(token).when().get("/api/v1/workers?size=1").then().statusCode(200);

        OutageProfile.database.cut();

        // a rate-limited operation meets the outage in Bucket4j first: the same answer
        for (String path : new String[] { "/api/v1/workers?size=1", "/api/v1/departments", "/api/v1/statistics/workforce",
                "/api/v1/workers/export?format=csv" }) {
            Response r = given().auth().oauth2(token).header("Accept-Language", "zh-CN").when().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(503);
            assertThat(r.contentType()).startsWith("application/problem+json");
            assertThat(r.header("Retry-After")).isEqualTo("5");
            assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/database-unavailable");
            assertThat(r.jsonPath().getString("title")).isEqualTo("服务暂不可用");
            assertThat(r.asString()).doesNotContain("Exception").doesNotContain("agroal");
        }
        // a write too, in English
        given().auth().oauth2(token).header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("idNumber", "421202199001011234", "name", "断库", "education", "SENIOR_HIGH", "monthlyWage", 4200,
                        "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false))
                .when().post("/api/v1/workers")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("title", equalTo("Service unavailable"))
                .body("detail", containsString("database"));

        given().when().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        OutageProfile.database.restore();

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/v1/workers?size=1").then().statusCode(200));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertThat(given().auth().oauth2(token).when().get("/api/v1/departments").statusCode()).isEqualTo(200);
    }

    @Test
    void keycloakDownATokenIssuedBeforeKeepsWorking() {
        String token = token("federation-staff");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        OutageProfile.keycloak.cut();

        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("username", equalTo("federation-staff"));
        given().auth().oauth2(token).when().get("/api/v1/workers?size=1").then().statusCode(200);
        // a forged token is still refused (401, not 500), though the keys cannot be refreshed
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json").body(not(containsString("Exception")));
    }
}
