package gov.xianan.reform.common.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Every endpoint names its roles; a missing token is 401 and a missing role 403, both problem+json. */
@QuarkusTest
class RoleAccessTest {

    @Inject
    Db db;

    @Test
    void noTokenIs401ProblemWithChallenge() {
        for (String path : new String[] { "/api/v1/me", "/api/v1/departments", "/api/v1/audit-events" }) {
            given().when().get(path)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .body("status", equalTo(401))
                    .body("type", equalTo("/problems/unauthorized"));
        }
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void staffCannotWriteReferenceDataNorReadTheAuditLog() {
        long before = db.count("select count(*) from department");
        given().contentType("application/json")
                .body("{\"code\":\"finance\",\"name\":\"区财政局\",\"nameEn\":\"Finance Bureau\",\"leadUnit\":false,\"sortOrder\":80}")
                .when().post("/api/v1/departments")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        assertThat(db.count("select count(*) from department")).isEqualTo(before);
        given().when().get("/api/v1/audit-events").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/departments/hrss/history").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystReadsDepartmentsButNotTheAuditLog() {
        given().when().get("/api/v1/departments").then().statusCode(200).body("total", equalTo(7));
        given().when().get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation") })
    void adminReadsTheAuditLog() {
        given().when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20));
    }
}
