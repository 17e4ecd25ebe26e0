package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/**
 * Separation of duties through the API, one rule per test: the enterer never decides, the
 * submitter never decides, a service account enters and submits only (whatever roles its client
 * holds), evidence is frozen from submission. Every refusal is 403 /problems/separation-of-duties,
 * changes nothing and is logged as DUTY_DENIED. (The pure rule is SeparationOfDutiesTest.)
 */
@QuarkusTest
class SubsidyDutiesTest {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    @Inject
    SubsidyFixtures fx;

    long dutyDenials(String actor) {
        return fx.db().count("select count(*) from audit_event where action = 'DUTY_DENIED' and actor = ?", actor);
    }

    long[] setUp(String name) {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise(name);
        return new long[] { fund, programme, enterprise, fx.worker(name + "工", enterprise) };
    }

    void refused(long app, String action, String actor) {
        long before = dutyDenials(actor);
        String snapshot = fx.snapshot(app);
        given().contentType("application/json").body(SubsidyWorkflowTest.body(action, fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/" + action)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/separation-of-duties"))
                .body("detail", containsString("职责分离"));
        assertThat(fx.snapshot(app)).as(action).isEqualTo(snapshot);
        assertThat(dutyDenials(actor)).as("logged").isEqualTo(before + 1);
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = { "staff", "subsidy-reviewer" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "preferred_username", value = "hrss-reviewer") })
    void whoeverEnteredAnApplicationNeverReviewsOrReturnsIt() {
        long[] s = setUp("录入人测试企业");
        long app = given().contentType("application/json")
                .body(SubsidyRulesTest.request(s[2], s[1], List.of(s[3]), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications").then().statusCode(201).extract().jsonPath().getLong("id");
        // the reviewer did not submit it: someone else did
        fx.db().execute("update subsidy_application set state = 'SUBMITTED', version = version + 1 where id = ?", app);
        fx.db().execute("insert into subsidy_application_event (application_id, action, from_state, to_state, actor) values (?, 'SUBMIT', 'DRAFT', "
                + "'SUBMITTED', 'hrss-staff')", app);
        refused(app, "review", "hrss-reviewer");
        refused(app, "return", "hrss-reviewer");
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200)
                .body("duties.enteredBy", contains("hrss-reviewer")).body("duties.submittedBy", contains("hrss-staff"));
    }

    @Test
    @TestSecurity(user = "hrss-all", roles = { "staff", "subsidy-reviewer", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void whoeverSubmittedAnApplicationNeverReviewsApprovesRejectsOrDisbursesIt() {
        long[] s = setUp("提交人测试企业");
        long draft = fx.application(s[2], s[1], "DRAFT", null, List.of(s[3]), "1000");
        given().contentType("application/json").body(Map.of("version", fx.version(draft)))
                .when().post("/api/v1/subsidy-applications/" + draft + "/submit").then().statusCode(200).body("duties.submittedBy", contains("hrss-all"));
        refused(draft, "review", "hrss-all");
        refused(draft, "reject", "hrss-all");
        // reviewed by someone else, still never decided by the submitter
        fx.db().execute("update subsidy_application set state = 'REVIEWED', reviewed_by = 'hrss-reviewer', version = version + 1 where id = ?", draft);
        refused(draft, "approve", "hrss-all");
        fx.db().execute("update subsidy_application set state = 'APPROVED', committed_amount = amount, version = version + 1 where id = ?", draft);
        refused(draft, "disburse", "hrss-all");
    }

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void anApproverWhoEnteredTheirOwnApplicationNeverApprovesOrDisbursesIt() {
        long[] s = setUp("审批人自批测试企业");
        long app = fx.application(s[2], s[1], "REVIEWED", "hrss-reviewer", List.of(s[3]), "1000");
        fx.db().execute("update subsidy_application set created_by = 'hrss-approver' where id = ?", app);
        refused(app, "approve", "hrss-approver");
        refused(app, "reject", "hrss-approver");
        long paid = fx.application(s[2], s[1], "APPROVED", "hrss-reviewer", List.of(fx.worker("自批发放工", s[2])), "1000");
        fx.db().execute("update subsidy_application set created_by = 'hrss-approver' where id = ?", paid);
        refused(paid, "disburse", "hrss-approver");
    }

    /**
     * No client of the realm gives a service account reviewer or approver roles (hr-system: staff;
     * data-platform: analyst), so the rule is tested with an identity shaped like hr-system's token
     * that holds them all: the roles do not help.
     */
    @Test
    @TestSecurity(user = "service-account-hr-system", roles = { "staff", "subsidy-reviewer", "subsidy-approver" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "preferred_username", value = "service-account-hr-system"),
            @Claim(key = "azp", value = "hr-system"), @Claim(key = "client_id", value = "hr-system") })
    void aServiceAccountEntersAndSubmitsButNeverDecidesWhateverItsRoles() {
        long[] s = setUp("服务账号测试企业");
        var created = given().contentType("application/json")
                .body(SubsidyRulesTest.request(s[2], s[1], List.of(s[3]), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications").then().statusCode(201).body("serviceAccount", equalTo(true)).extract().jsonPath();
        long app = created.getLong("id");
        given().contentType("application/json").body(Map.of("version", created.getLong("version")))
                .when().post("/api/v1/subsidy-applications/" + app + "/submit").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        refused(app, "review", "service-account-hr-system");
        refused(app, "return", "service-account-hr-system");
        refused(app, "reject", "service-account-hr-system");
        // its own application, reviewed by a person: still no decision
        fx.db().execute("update subsidy_application set state = 'REVIEWED', reviewed_by = 'hrss-reviewer', version = version + 1 where id = ?", app);
        refused(app, "approve", "service-account-hr-system");
        fx.db().execute("update subsidy_application set state = 'APPROVED', committed_amount = amount, version = version + 1 where id = ?", app);
        refused(app, "disburse", "service-account-hr-system");
        // nor money outside applications
        long before = dutyDenials("service-account-hr-system");
        given().contentType("application/json").body(Map.of("budget", 1, "reason", "系统调整", "version", 0))
                .when().post("/api/v1/funds/" + s[0] + "/budget-adjustments")
                .then().statusCode(403).body("type", equalTo("/problems/separation-of-duties"));
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "系统建的资金", "budget", 1000))
                .when().post("/api/v1/funds").then().statusCode(403).body("type", equalTo("/problems/separation-of-duties"));
        given().contentType("application/json").body(Map.of("kind", "PRE_JOB_TRAINING", "name", "系统建的项目", "fundId", s[0], "amountPerTrainee", 600))
                .when().post("/api/v1/subsidy-programmes").then().statusCode(403).body("type", equalTo("/problems/separation-of-duties"));
        assertThat(dutyDenials("service-account-hr-system")).isEqualTo(before + 3);
        assertThat(fx.db().string("select budget::text from subsidy_fund where id = ?", s[0])).isEqualTo("100000.00");
        assertThat(fx.db().count("select count(*) from subsidy_fund where name = '系统建的资金'")).isZero();
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff", "subsidy-reviewer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void evidenceIsFrozenFromSubmissionAndAReturnedApplicationTakesNewEvidence() {
        long[] s = setUp("材料冻结测试企业");
        long app = fx.application(s[2], s[1], "DRAFT", null, List.of(s[3]), "1000");
        upload(app, "before.pdf").statusCode(201);
        for (String state : List.of("SUBMITTED", "REVIEWED", "APPROVED", "REJECTED", "DISBURSED")) {
            fx.db().execute("update subsidy_application set state = ?, voucher_no = 'V', disbursed_on = '2020-07-01', disbursed_amount = amount "
                    + "where id = ?", state, app);
            upload(app, "late-" + state + ".pdf").statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("/problems/evidence-frozen"));
        }
        assertThat(fx.db().count("select count(*) from subsidy_attachment where application_id = ?", app)).isEqualTo(1);
        // returned by a reviewer: a draft again, new evidence welcome
        fx.db().execute("update subsidy_application set state = 'DRAFT', voucher_no = null, disbursed_on = null, disbursed_amount = null where id = ?", app);
        upload(app, "after-return.pdf").statusCode(201);
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200)
                .body("attachments.fileName", contains("before.pdf", "after-return.pdf"))
                .body("duties.enteredBy", contains("hrss-staff"));
    }

    static io.restassured.response.ValidatableResponse upload(long app, String name) {
        return given().multiPart("file", name, PDF.getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments").then();
    }
}
