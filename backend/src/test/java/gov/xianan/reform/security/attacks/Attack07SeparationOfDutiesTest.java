package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesWorkflow.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Issue 11, item 7: separation of duties is one rule only. With real tokens of the demo users:
 * hrss-reviewer enters an application and reviews it; hrss-approver creates, submits, approves and
 * disburses their own; evidence is uploaded after review; a service account reviews or approves.
 * Every attempt fails, changes nothing, and the refusals by the four-eyes rule are logged
 * (DUTY_DENIED). The rule itself, for a service account whose client would hold reviewer and
 * approver roles, is tested in SubsidyDutiesTest (no client of the realm has them: asserted here).
 */
@QuarkusTest
@Tag("keycloak")
class Attack07SeparationOfDutiesTest {

    @Inject
    AttackFixturesWorkflow fx;

    static ValidatableResponse step(String user, long app, String action, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (action.equals("disburse")) {
            body.put("voucherNo", "ATTACK-7");
            body.put("disbursedOn", "2020-07-01");
            body.put("amount", 1000);
        } else {
            body.put("reason", "攻击");
        }
        return given().auth().oauth2(token(user)).contentType("application/json").body(body)
                .when().post("/api/v1/subsidy-applications/" + app + "/" + action).then();
    }

    void refusedByTheFourEyes(String user, long app, String action) {
        String actor = user.equals("hr-system") ? "service-account-hr-system" : user;
        long logged = fx.denials("DUTY_DENIED", actor);
        String before = fx.applicationSnapshot(app);
        step(user, app, action, fx.version("subsidy_application", app)).statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/separation-of-duties"));
        assertThat(fx.applicationSnapshot(app)).as(user + " " + action).isEqualTo(before);
        assertThat(fx.denials("DUTY_DENIED", actor)).as("logged").isEqualTo(logged + 1);
        assertThat(fx.db().string("select detail from audit_event where action = 'DUTY_DENIED' and actor = ? order by id desc limit 1", actor))
                .contains(action.toUpperCase());
    }

    long enter(String user, long enterprise, long programme) {
        return given().auth().oauth2(token(user)).contentType("application/json")
                .body(AttackFixturesWorkflow.applicationBody(enterprise, programme, fx.worker("攻击七学员", enterprise)))
                .when().post("/api/v1/subsidy-applications").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theReviewerEntersAnApplicationAndReviewsIt() {
        long programme = fx.programme(fx.fund("100000"));
        long enterprise = fx.enterprise("攻击七甲公司");
        long app = enter("hrss-reviewer", enterprise, programme);
        // submitted by someone else, so only the entering stands in the way
        step("hrss-approver", app, "submit", fx.version("subsidy_application", app)).statusCode(200);
        refusedByTheFourEyes("hrss-reviewer", app, "review");
        refusedByTheFourEyes("hrss-reviewer", app, "return");
        assertThat(fx.db().string("select state from subsidy_application where id = ?", app)).isEqualTo("SUBMITTED");
    }

    @Test
    void theApproverCreatesSubmitsApprovesAndDisbursesTheirOwn() {
        long fund = fx.fund("100000");
        long programme = fx.programme(fund);
        long enterprise = fx.enterprise("攻击七乙公司");
        long app = enter("hrss-approver", enterprise, programme);
        step("hrss-approver", app, "submit", fx.version("subsidy_application", app)).statusCode(200);
        // the approver holds no reviewer role; a real reviewer reviews it
        step("hrss-approver", app, "review", fx.version("subsidy_application", app)).statusCode(403);
        step("hrss-reviewer", app, "review", fx.version("subsidy_application", app)).statusCode(200);
        refusedByTheFourEyes("hrss-approver", app, "approve");
        refusedByTheFourEyes("hrss-approver", app, "reject");
        assertThat(fx.db().string("select committed::text from subsidy_fund where id = ?", fund)).isEqualTo("0.00");
        // approved by someone else: still not theirs to pay out
        fx.db().execute("update subsidy_application set state = 'APPROVED', committed_amount = amount where id = ?", app);
        refusedByTheFourEyes("hrss-approver", app, "disburse");
        assertThat(fx.db().string("select state from subsidy_application where id = ?", app)).isEqualTo("APPROVED");
        assertThat(fx.db().count("select count(*) from subsidy_application_event where application_id = ? and action in ('APPROVE', 'DISBURSE')", app))
                .isZero();
    }

    @Test
    void evidenceIsUploadedAfterReview() {
        long programme = fx.programme(fx.fund("100000"));
        long enterprise = fx.enterprise("攻击七丙公司");
        long app = enter("hr-system", enterprise, programme);
        upload("hr-system", app, "sign-in.pdf").statusCode(201);
        step("hr-system", app, "submit", fx.version("subsidy_application", app)).statusCode(200);
        upload("hr-system", app, "after-submit.pdf").statusCode(409).body("type", equalTo("/problems/evidence-frozen"));
        step("hrss-reviewer", app, "review", fx.version("subsidy_application", app)).statusCode(200);
        for (String user : List.of("hr-system", "hrss-reviewer", "hrss-approver")) {
            String before = fx.applicationSnapshot(app);
            upload(user, app, "after-review.pdf").statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/evidence-frozen"));
            assertThat(fx.applicationSnapshot(app)).isEqualTo(before);
        }
        assertThat(fx.db().count("select count(*) from subsidy_attachment where application_id = ?", app)).isEqualTo(1);
        // a returned application is a draft again and takes new evidence
        step("hrss-approver", app, "return", fx.version("subsidy_application", app)).statusCode(200);
        upload("hr-system", app, "completed.pdf").statusCode(201);
    }

    @Test
    void aServiceAccountReviewsOrApproves() {
        long fund = fx.fund("100000");
        long programme = fx.programme(fund);
        long enterprise = fx.enterprise("攻击七丁公司");
        long own = enter("hr-system", enterprise, programme);
        step("hr-system", own, "submit", fx.version("subsidy_application", own)).statusCode(200);
        for (String action : List.of("review", "return", "approve", "reject")) {
            String before = fx.applicationSnapshot(own);
            step("hr-system", own, action, fx.version("subsidy_application", own)).statusCode(403).contentType("application/problem+json");
            assertThat(fx.applicationSnapshot(own)).isEqualTo(before);
        }
        long approved = fx.application(programme, enterprise, "APPROVED");
        step("hr-system", approved, "disburse", fx.version("subsidy_application", approved)).statusCode(403);
        given().auth().oauth2(token("hr-system")).contentType("application/json").body(Map.of("budget", 1, "reason", "系统", "version", 0))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments").then().statusCode(403);
        assertThat(fx.db().string("select budget::text || '/' || committed::text from subsidy_fund where id = ?", fund)).isEqualTo("100000.00/1000.00");
        // the roles that would let it through are nowhere in the realm for a service account
        for (String client : List.of("hr-system", "data-platform")) {
            List<String> roles = KeycloakTokens.payload(token(client)).getList("realm_access.roles", String.class);
            assertThat(roles).as(client).doesNotContain("subsidy-reviewer", "subsidy-approver", "admin", "lead");
            assertThat(KeycloakTokens.payload(token(client)).getString("preferred_username")).startsWith("service-account-");
        }
    }

    static ValidatableResponse upload(String user, long app, String name) {
        return given().auth().oauth2(token(user)).multiPart("file", name, AttackFixturesWorkflow.PDF.getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments").then();
    }
}
