package gov.xianan.reform.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

@QuarkusTest
class MeResourceTest {

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = { "subsidy-reviewer", "staff", "default-roles-xianan", "offline_access" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "preferred_username", value = "hrss-reviewer"),
            @Claim(key = "name", value = "李审核"), @Claim(key = "azp", value = "spa") })
    void showsDepartmentNameAndOnlyFunctionalRoles() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("hrss-reviewer"))
                .body("displayName", equalTo("李审核"))
                .body("department.code", equalTo("hrss"))
                .body("department.name", equalTo("区人社局"))
                .body("department.leadUnit", equalTo(false))
                .body("roles", contains("staff", "subsidy-reviewer"))
                .body("clientId", equalTo("spa"))
                .body("serviceAccount", equalTo(false));
    }

    @Test
    @TestSecurity(user = "service-account-data-platform", roles = "analyst")
    @OidcSecurity(claims = { @Claim(key = "azp", value = "data-platform"), @Claim(key = "client_id", value = "data-platform") })
    void aServiceAccountWithoutDepartment() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("department", nullValue())
                .body("roles", contains("analyst"))
                .body("clientId", equalTo("data-platform"))
                .body("serviceAccount", equalTo(true));
    }

    @Test
    @TestSecurity(user = "intruder", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "no-such-dept"))
    void anUnknownDepartmentClaimGivesNoDepartment() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("department", nullValue());
    }
}
