package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The security contract with real tokens from the test Keycloak: the journey through both roles, another department, the hr-system service account. */
@QuarkusTest
class SubsidyKeycloakTest {

    @Inject
    SubsidyFixtures fx;

    @Test
    void theHrSystemEntersAndSubmitsAReviewerReviewsAndAnApproverApprovesAndDisburses() {
        String system = KeycloakTokens.clientCredentials("hr-system", "hr-system-secret");
        String reviewer = KeycloakTokens.password("hrss-reviewer");
        String approver = KeycloakTokens.password("hrss-approver");
        long fund = fx.fund(2020, "50000", "hrss");
        long programme = fx.programme(fund, "WORK_FOR_TRAINING", 2020, "1500", "20");
        long enterprise = fx.enterprise("令牌测试企业");
        long w1 = fx.worker("令牌甲", enterprise, "2019-01-01", true, "NONE");
        long w2 = fx.worker("令牌乙", enterprise, "2019-01-01", false, "NONE");

        var created = given().auth().oauth2(system).contentType("application/json")
                .body(SubsidyRulesTest.request(enterprise, programme, List.of(w1, w2), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(201).body("amount", equalTo(3300.00f)).body("createdBy", equalTo("service-account-hr-system"))
                .extract().jsonPath();
        long id = created.getLong("id");
        long v = created.getLong("version");
        v = given().auth().oauth2(system).contentType("application/json").body(Map.of("version", v))
                .when().post("/api/v1/subsidy-applications/" + id + "/submit")
                .then().statusCode(200).body("state", equalTo("SUBMITTED")).extract().jsonPath().getLong("version");
        // the approver role is not the reviewer's
        given().auth().oauth2(reviewer).contentType("application/json").body(Map.of("version", v))
                .when().post("/api/v1/subsidy-applications/" + id + "/approve").then().statusCode(403);
        v = given().auth().oauth2(reviewer).contentType("application/json").body(Map.of("version", v, "reason", "材料齐全"))
                .when().post("/api/v1/subsidy-applications/" + id + "/review")
                .then().statusCode(200).body("state", equalTo("REVIEWED")).extract().jsonPath().getLong("version");
        v = given().auth().oauth2(approver).contentType("application/json").body(Map.of("version", v))
                .when().post("/api/v1/subsidy-applications/" + id + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED")).extract().jsonPath().getLong("version");
        given().auth().oauth2(approver).contentType("application/json")
                .body(Map.of("version", v, "voucherNo", "XA-KC-1", "disbursedOn", "2020-07-10", "amount", 3300))
                .when().post("/api/v1/subsidy-applications/" + id + "/disburse")
                .then().statusCode(200).body("state", equalTo("DISBURSED"))
                .body("duties.enteredBy", contains("service-account-hr-system"))
                .body("duties.submittedBy", contains("service-account-hr-system"))
                .body("duties.reviewedBy", contains("hrss-reviewer"));
        given().auth().oauth2(reviewer).when().get("/api/v1/subsidy-applications/" + id + "/history")
                .then().statusCode(200)
                .body("action", contains("CREATE", "SUBMIT", "REVIEW", "APPROVE", "DISBURSE"))
                .body("actor", contains("service-account-hr-system", "service-account-hr-system", "hrss-reviewer", "hrss-approver", "hrss-approver"))
                .body("department", contains("hrss", "hrss", "hrss", "hrss", "hrss"))
                .body("[0].clientId", equalTo("hr-system"))
                .body("[3].clientId", equalTo("api-tests"));
        given().auth().oauth2(approver).when().get("/api/v1/funds/" + fund)
                .then().statusCode(200).body("disbursed", equalTo(3300.00f)).body("committed", equalTo(0.00f)).body("remaining", equalTo(46700.00f));
        assertThat(fx.db().string("select actor from audit_revision r join subsidy_application_aud a on a.rev = r.id where a.id = ? "
                + "and a.state = 'APPROVED'", id)).isEqualTo("hrss-approver");
    }

    @Test
    void publicityStaffSeeFundsButNoApplications() {
        String token = KeycloakTokens.password("publicity-staff");
        given().auth().oauth2(token).when().get("/api/v1/funds").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/subsidy-applications").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).contentType("application/json").body(Map.of("version", 0))
                .when().post("/api/v1/subsidy-applications/1/review").then().statusCode(403);
        given().when().get("/api/v1/subsidy-applications").then().statusCode(401);
    }

    @Test
    void theHrSystemSubmitsIdempotentlyAndReadsOnlyItsOwn() {
        String token = KeycloakTokens.clientCredentials("hr-system", "hr-system-secret");
        long fund = fx.fund(2020, "50000", "hrss");
        long programme = fx.programme(fund, "PRE_JOB_TRAINING", 2020, "800", null);
        long enterprise = fx.enterprise("系统对接企业");
        long worker = fx.worker("对接工", enterprise);
        var body = SubsidyRulesTest.request(enterprise, programme, List.of(worker), "2020-03-01", "2020-03-31");
        String key = "hr-" + System.nanoTime();
        long id = given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(201).body("createdBy", equalTo("service-account-hr-system")).body("clientId", equalTo("hr-system"))
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(200).body("id", equalTo((int) id));
        assertThat(fx.db().count("select count(*) from subsidy_application where programme_id = ?", programme)).isEqualTo(1);
        long other = fx.application(enterprise, programme, "SUBMITTED", null, List.of(fx.worker("别人录入", enterprise)), "800");
        given().auth().oauth2(token).when().get("/api/v1/subsidy-applications/" + other).then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/subsidy-applications?programmeId=" + programme)
                .then().statusCode(200).body("items.id", contains((int) id));
        // it has no reviewer role
        given().auth().oauth2(token).contentType("application/json").body(Map.of("version", 0))
                .when().post("/api/v1/subsidy-applications/" + id + "/review").then().statusCode(403);
    }
}
