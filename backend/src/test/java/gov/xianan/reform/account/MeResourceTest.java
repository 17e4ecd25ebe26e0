package gov.xianan.reform.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.subsidies.SubsidyFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

@QuarkusTest
class MeResourceTest {

    @Inject
    SubsidyFixtures fixtures;

    @Test
    @TestSecurity(user = "hrss-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void staffOfADepartmentWithAFundListsAndEntersItsApplications() {
        fixtures.fund(2020, "1000", "hrss");
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subsidyApplicationScope", equalTo("DEPARTMENT"))
                .body("subsidyApplicant", equalTo(true));
        // the list answers, as /me promised
        given().when().get("/api/v1/subsidy-applications").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void staffOfADepartmentWithoutAFundAreOfferedNoApplications() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subsidyApplicationScope", nullValue())
                .body("subsidyApplicant", equalTo(false));
        // the list refuses, as /me promised
        given().when().get("/api/v1/subsidy-applications").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitListsEveryApplication() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subsidyApplicationScope", equalTo("ALL"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theAdministratorHasNoApplicationRole() {
        given().when().get("/api/v1/me")
                .then().statusCode(200)
                .body("subsidyApplicationScope", nullValue())
                .body("subsidyApplicant", equalTo(false));
    }

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
