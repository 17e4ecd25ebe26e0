package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Who sees what: hrss manages, other departments see fund summaries only, the lead unit reads all, analysts aggregates only. */
@QuarkusTest
class SubsidyScopeTest {

    @Inject
    SubsidyFixtures fx;

    long hrssApplication(String name) {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise(name);
        return fx.application(enterprise, programme, "SUBMITTED", null, List.of(fx.worker(name + "工", enterprise)), "1000");
    }

    long denials() {
        return fx.db().count("select count(*) from audit_event where action = 'SCOPE_DENIED'");
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void anotherDepartmentSeesFundSummariesOnly() {
        long app = hrssApplication("范围测试企业");
        String before = fx.snapshot(app);
        given().when().get("/api/v1/funds").then().statusCode(200).body("departmentCode", hasItem("hrss")).body("[0].remaining", notNullValue());
        given().when().get("/api/v1/subsidy-programmes").then().statusCode(200);
        long denied = denials();
        given().when().get("/api/v1/subsidy-applications").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(403);
        given().when().get("/api/v1/subsidy-applications/" + app + "/history").then().statusCode(403);
        given().contentType("application/json").body(Map.of("version", fx.version(app)))
                .when().post("/api/v1/subsidy-applications/" + app + "/submit").then().statusCode(403);
        assertThat(denials()).isEqualTo(denied + 4);
        assertThat(fx.db().count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'publicity-staff' and department = 'publicity' "
                + "and entity_id = ?", String.valueOf(app))).isGreaterThanOrEqualTo(3);
        // nor can it enter one under an hrss programme
        long programme = fx.db().count("select programme_id from subsidy_application where id = ?", app);
        long enterprise = fx.db().count("select enterprise_id from subsidy_application where id = ?", app);
        long worker = fx.db().count("select worker_id from subsidy_application_trainee where application_id = ?", app);
        given().contentType("application/json").body(SubsidyRulesTest.request(enterprise, programme, List.of(worker), "2020-03-01", "2020-04-30"))
                .when().post("/api/v1/subsidy-applications").then().statusCode(403);
        assertThat(fx.db().count("select count(*) from subsidy_application where programme_id = ?", programme)).isEqualTo(1);
        assertThat(fx.snapshot(app)).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "staff", "lead" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadReadsEverythingButChangesNothing() {
        long app = hrssApplication("牵头测试企业");
        given().when().get("/api/v1/subsidy-applications?state=SUBMITTED&size=200").then().statusCode(200)
                .body("items.id", hasItem((int) app)).body("total", greaterThanOrEqualTo(1));
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200).body("state", equalTo("SUBMITTED"));
        given().when().get("/api/v1/subsidy-applications/" + app + "/history").then().statusCode(200);
        given().contentType("application/json").body(Map.of("version", fx.version(app), "reason", "x"))
                .when().post("/api/v1/subsidy-applications/" + app + "/return").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void staffOfTheLeadUnitReadAll() {
        long app = hrssApplication("牵头单位测试企业");
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200);
        // and the statistics exactly
        given().when().get("/api/v1/statistics/subsidies?year=2020").then().statusCode(200).body("suppressionApplied", equalTo(false))
                .body("total.suppressed", equalTo(false));
    }

    @Test
    @TestSecurity(user = "analyst", roles = { "analyst" })
    void anAnalystReadsAggregatesWithSmallCellsSuppressed() {
        long app = hrssApplication("统计测试企业");
        fx.db().execute("update subsidy_application set state = 'APPROVED', committed_amount = amount where id = ?", app);
        given().when().get("/api/v1/subsidy-applications").then().statusCode(403);
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(403);
        given().when().get("/api/v1/funds").then().statusCode(403);
        String industry = fx.db().string("select e.industry_code from subsidy_application a join enterprise e on e.id = a.enterprise_id where a.id = ?", app);
        var stats = given().when().get("/api/v1/statistics/subsidies").then().statusCode(200)
                .body("suppressionApplied", equalTo(true))
                .body("total", notNullValue())
                .extract().jsonPath();
        // every visible count is 0 or at least 5
        for (String group : List.of("byYear", "bySource", "byProgramme", "byIndustry")) {
            List<Integer> counts = stats.getList(group + ".applications", Integer.class);
            List<Boolean> suppressed = stats.getList(group + ".suppressed", Boolean.class);
            for (int i = 0; i < counts.size(); i++) {
                if (suppressed.get(i)) {
                    assertThat(counts.get(i)).isNull();
                } else {
                    assertThat(counts.get(i)).satisfiesAnyOf(c -> assertThat(c).isZero(), c -> assertThat(c).isGreaterThanOrEqualTo(5));
                }
            }
        }
        assertThat(industry).isNotNull();
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void hrssStaffSeeTheirApplicationsAndProtectedStatistics() {
        long app = hrssApplication("本部门测试企业");
        given().when().get("/api/v1/subsidy-applications?state=SUBMITTED&size=200&sort=-id").then().statusCode(200).body("items.id", hasItem((int) app));
        // outside the lead unit, aggregates come under the disclosure policy (budgets are public and stay)
        given().when().get("/api/v1/statistics/subsidies?year=2020").then().statusCode(200).body("suppressionApplied", equalTo(true))
                .body("byYear[0].budget", notNullValue());
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200).body("reviewedBy", nullValue());
    }

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "family_name", value = "刘"),
            @Claim(key = "given_name", value = "强") })
    void anApproverAdjustsTheBudgetWithAReasonNeverBelowWhatIsCommitted() {
        long fund = fx.fund(2020, "5000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("预算测试企业");
        fx.application(enterprise, programme, "APPROVED", "hrss-reviewer", List.of(fx.worker("预算工", enterprise)), "3000");
        long version = fx.db().count("select version from subsidy_fund where id = ?", fund);
        given().contentType("application/json").body(Map.of("budget", 2999.99, "reason", "压减", "version", version))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments")
                .then().statusCode(409).body("type", equalTo("/problems/budget-below-commitments")).body("errors[0].field", equalTo("budget"));
        given().contentType("application/json").body(Map.of("budget", 8000, "version", version))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        // the budget is absolute: without the version read, or with a stale one, a lost update is refused
        given().contentType("application/json").body(Map.of("budget", 8000, "reason", "追加上级资金"))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments")
                .then().statusCode(400).body("errors.field", hasItem("version"));
        given().contentType("application/json").body(Map.of("budget", 8000, "reason", "追加上级资金", "version", version + 1))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments")
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        assertThat(fx.db().string("select budget::text from subsidy_fund where id = ?", fund)).isEqualTo("5000.00");
        given().contentType("application/json").body(Map.of("budget", 8000, "reason", "追加上级资金", "version", version))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments")
                .then().statusCode(200).body("budget", equalTo(8000.00f)).body("remaining", equalTo(5000.00f)).body("committed", equalTo(3000.00f))
                .body("version", equalTo((int) version + 1));
        given().when().get("/api/v1/funds/" + fund + "/budget-adjustments").then().statusCode(200)
                .body("[0].oldBudget", equalTo(5000.00f)).body("[0].newBudget", equalTo(8000.00f)).body("[0].actor", equalTo("hrss-approver"))
                .body("[0].reason", equalTo("追加上级资金"))
                // who, by name and department at the time of the change
                .body("[0].actorName", equalTo("刘强")).body("[0].department", equalTo("hrss")).body("[0].departmentName", equalTo("区人社局"));
        assertThat(fx.db().string("select actor_name from subsidy_fund_adjustment where fund_id = ?", fund)).isEqualTo("刘强");
        assertThat(fx.db().count("select count(*) from subsidy_fund_aud where id = ?", fund)).isGreaterThanOrEqualTo(1);

        // creating a fund for another department is refused; for the own one it works
        given().contentType("application/json")
                .body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "他部门资金", "budget", 1000, "departmentCode", "publicity"))
                .when().post("/api/v1/funds").then().statusCode(403);
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "2022年地方配套资金(区级追加)", "budget", 1000))
                .when().post("/api/v1/funds").then().statusCode(201).body("departmentCode", equalTo("hrss")).body("remaining", equalTo(1000.00f));
        given().contentType("application/json")
                .body(Map.of("kind", "PRE_JOB_TRAINING", "name", "2022年岗前培训", "fundId", fund, "amountPerTrainee", 600,
                        "levelAmounts", Map.of("SENIOR", 900), "migrantUpliftPercent", 10))
                .when().post("/api/v1/subsidy-programmes").then().statusCode(201)
                .body("levelAmounts.SENIOR", equalTo(900.00f)).body("year", equalTo(2020)).body("kindLabel", equalTo("岗前培训"));
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = { "staff", "subsidy-reviewer" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void aReviewerCreatesNoFundsAndChangesNoBudgets() {
        long fund = fx.fund(2020, "5000", "hrss");
        given().contentType("application/json").body(Map.of("budget", 8000, "reason", "x", "version", 0))
                .when().post("/api/v1/funds/" + fund + "/budget-adjustments").then().statusCode(403);
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "不该有", "budget", 1000))
                .when().post("/api/v1/funds").then().statusCode(403);
        assertThat(fx.db().count("select count(*) from subsidy_fund where name = '不该有'")).isZero();
    }
}
