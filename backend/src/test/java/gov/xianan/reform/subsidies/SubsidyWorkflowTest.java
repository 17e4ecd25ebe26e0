package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** The workflow's legality: every step from every state, separation of duties, reasons, disbursement rules. */
@QuarkusTest
class SubsidyWorkflowTest {

    static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "REVIEWED", "APPROVED", "REJECTED", "DISBURSED");
    static final List<String> ACTIONS = List.of("submit", "review", "return", "approve", "reject", "disburse");
    static final Set<String> LEGAL = Set.of("DRAFT:submit", "SUBMITTED:review", "SUBMITTED:return", "SUBMITTED:reject", "REVIEWED:return",
            "REVIEWED:approve", "REVIEWED:reject", "APPROVED:disburse");

    @Inject
    SubsidyFixtures fx;

    static Map<String, Object> body(String action, long version) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("version", version);
        if (action.equals("disburse")) {
            b.put("voucherNo", "V-1");
            b.put("disbursedOn", "2020-07-01");
            b.put("amount", 100);
        } else {
            b.put("reason", "理由");
        }
        return b;
    }

    @Test
    @TestSecurity(user = "hrss-all", roles = { "staff", "subsidy-reviewer", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void everyIllegalTransitionIs409AndChangesNothing() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("流程测试企业");
        int illegal = 0;
        for (String state : STATES) {
            long worker = fx.worker("流程" + state, enterprise);
            long app = fx.application(enterprise, programme, state, state.equals("DRAFT") || state.equals("SUBMITTED") ? null : "other-reviewer",
                    List.of(worker), "1000");
            for (String action : ACTIONS) {
                if (LEGAL.contains(state + ":" + action)) {
                    continue;
                }
                String before = fx.snapshot(app);
                given().contentType("application/json").body(body(action, fx.version(app)))
                        .when().post("/api/v1/subsidy-applications/" + app + "/" + action)
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("/problems/illegal-transition"));
                assertThat(fx.snapshot(app)).as(state + " → " + action).isEqualTo(before);
                illegal++;
            }
        }
        assertThat(illegal).isEqualTo(36 - LEGAL.size());
    }

    @Test
    @TestSecurity(user = "hrss-all", roles = { "staff", "subsidy-reviewer", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void aStaleVersionIs409AndChangesNothing() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("版本测试企业");
        long app = fx.application(enterprise, programme, "SUBMITTED", null, List.of(fx.worker("版本", enterprise)), "1000");
        String before = fx.snapshot(app);
        given().contentType("application/json").body(body("review", fx.version(app) + 1))
                .when().post("/api/v1/subsidy-applications/" + app + "/review")
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        given().contentType("application/json").body(Map.of("reason", "x"))
                .when().post("/api/v1/subsidy-applications/" + app + "/review")
                .then().statusCode(400).body("errors.field", contains("version"));
        assertThat(fx.snapshot(app)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "hrss-both", roles = { "staff", "subsidy-reviewer", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void whoeverReviewedNeverApprovesOrRejects() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("分离测试企业");
        long app = fx.application(enterprise, programme, "SUBMITTED", null, List.of(fx.worker("分离", enterprise)), "1000");
        given().contentType("application/json").body(body("review", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/review")
                .then().statusCode(200).body("state", equalTo("REVIEWED")).body("reviewedBy", equalTo("hrss-both"));
        String before = fx.snapshot(app);
        for (String action : List.of("approve", "reject")) {
            given().contentType("application/json").body(body(action, fx.version(app)))
                    .when().post("/api/v1/subsidy-applications/" + app + "/" + action)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/separation-of-duties"));
        }
        assertThat(fx.snapshot(app)).isEqualTo(before);
        // a return and a new review round does not wash the first review away
        given().contentType("application/json").body(body("return", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/return")
                .then().statusCode(200).body("state", equalTo("DRAFT")).body("reviewedBy", equalTo(null));
        fx.db().execute("update subsidy_application set state = 'REVIEWED', reviewed_by = 'someone-else' where id = ?", app);
        given().contentType("application/json").body(body("approve", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/approve")
                .then().statusCode(403).body("type", equalTo("/problems/separation-of-duties"));
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = { "staff", "subsidy-reviewer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void aReviewerMayNotApproveRejectOrDisburse() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("角色测试企业");
        long app = fx.application(enterprise, programme, "REVIEWED", "other", List.of(fx.worker("角色", enterprise)), "1000");
        String before = fx.snapshot(app);
        for (String action : List.of("approve", "reject", "disburse")) {
            given().contentType("application/json").body(body(action, fx.version(app)))
                    .when().post("/api/v1/subsidy-applications/" + app + "/" + action)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertThat(fx.snapshot(app)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void approvalCommitsAndDisbursementMovesCommittedToDisbursed() {
        long fund = fx.fund(2020, "10000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("发放测试企业");
        long w1 = fx.worker("发放甲", enterprise);
        long w2 = fx.worker("发放乙", enterprise);
        long app = fx.application(enterprise, programme, "REVIEWED", "hrss-reviewer", List.of(w1, w2), "1000");

        // a reason is required to reject
        given().contentType("application/json").body(Map.of("version", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/reject")
                .then().statusCode(400).body("errors.field", contains("reason"));

        given().contentType("application/json").body(Map.of("version", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED")).body("committedAmount", equalTo(2000.00f));
        assertThat(fx.db().string("select committed || '/' || disbursed from subsidy_fund where id = ?", fund)).isEqualTo("2000.00/0.00");
        assertThat(fx.db().count("select count(*) from subsidy_claim where application_id = ? and status = 'COMMITTED'", app)).isEqualTo(2);

        // more than committed is refused, nothing changes
        String before = fx.snapshot(app);
        given().contentType("application/json")
                .body(Map.of("version", fx.version(app), "voucherNo", "XA-1", "disbursedOn", "2020-07-01", "amount", 2000.01))
                .when().post("/api/v1/subsidy-applications/" + app + "/disburse")
                .then().statusCode(400).body("errors.field", contains("amount"));
        assertThat(fx.snapshot(app)).isEqualTo(before);

        given().contentType("application/json")
                .body(Map.of("version", fx.version(app), "voucherNo", "XA-2020-0001", "disbursedOn", "2020-07-01", "amount", 1800))
                .when().post("/api/v1/subsidy-applications/" + app + "/disburse")
                .then().statusCode(200).body("state", equalTo("DISBURSED")).body("voucherNo", equalTo("XA-2020-0001"))
                .body("disbursedAmount", equalTo(1800.00f));
        // the unpaid 200 goes back to the fund
        assertThat(fx.db().string("select committed || '/' || disbursed from subsidy_fund where id = ?", fund)).isEqualTo("0.00/1800.00");
        assertThat(fx.db().count("select count(*) from subsidy_claim where application_id = ? and status = 'PAID'", app)).isEqualTo(2);
        given().when().get("/api/v1/subsidy-applications/" + app + "/history")
                .then().statusCode(200)
                .body("action", contains("REVIEW", "APPROVE", "DISBURSE"))
                .body("[2].voucherNo", equalTo("XA-2020-0001"))
                .body("[2].amount", equalTo(1800.00f))
                .body("[1].actor", equalTo("hrss-approver"));
        given().when().get("/api/v1/funds/" + fund)
                .then().statusCode(200).body("remaining", equalTo(8200.00f)).body("disbursed", equalTo(1800.00f));
        given().when().get("/api/v1/statistics/subsidies?year=2020")
                .then().statusCode(200).body("suppressionApplied", equalTo(true))
                .body("byProgramme.key", org.hamcrest.Matchers.hasItem("ON_JOB_UPGRADING"));
        assertThat(fx.db().string("select reason from subsidy_application_event where application_id = ? and action = 'APPROVE'", app)).isNull();
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200)
                .body("trainees.name", contains("发放甲", "发放乙")).body("stateLabel", containsString("已发放"));
    }
}
