package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Eligibility of trainees, the amount rule, one payment per worker, kind and year, idempotent POST. */
@QuarkusTest
class SubsidyRulesTest {

    @Inject
    SubsidyFixtures fx;

    static Map<String, Object> request(long enterprise, long programme, List<Long> trainees, String start, String end) {
        Map<String, Object> m = new HashMap<>();
        m.put("enterpriseId", enterprise);
        m.put("programmeId", programme);
        m.put("trainees", trainees);
        m.put("trainingStart", start);
        m.put("trainingEnd", end);
        m.put("notes", "测试");
        return m;
    }

    long applications(long programme) {
        return fx.db().count("select count(*) from subsidy_application where programme_id = ?", programme);
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void eachIneligibleTraineeGetsAReasonAndNothingIsWritten() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "PRE_JOB_TRAINING", 2020, "800", null);
        long enterprise = fx.enterprise("资格测试企业");
        long other = fx.enterprise("别家企业");
        long ok = fx.worker("合格工", enterprise, "2019-01-01", false, "NONE");
        long elsewhere = fx.worker("别家工", other, "2019-01-01", false, "NONE");
        long late = fx.worker("新入职", enterprise, "2020-04-01", false, "NONE");
        long left = fx.worker("已离职", enterprise, "2019-01-01", false, "NONE");
        fx.transfer(left, other, "2020-03-15");
        given().contentType("application/json")
                .body(request(enterprise, programme, List.of(ok, 999_999_999L, elsewhere, late, left, ok), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("trainees[1]", "trainees[2]", "trainees[3]", "trainees[4]", "trainees[5]"))
                .body("errors[0].message", containsString("工人不存在"))
                .body("errors[1].message", containsString("别家工"))
                .body("errors[1].message", containsString("不是资格测试企业的在职职工"))
                .body("errors[2].message", containsString("新入职"))
                .body("errors[3].message", containsString("已离职"))
                .body("errors[4].message", containsString("重复"));
        assertThat(applications(programme)).isZero();

        given().contentType("application/json").body(request(enterprise, programme, List.of(ok), "2020-05-31", "2020-03-01"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).body("errors.field", contains("trainingEnd"));
        assertThat(applications(programme)).isZero();
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void theAmountComesFromTheRuleByLevelAndMigrantRate() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "SKILL_CERTIFICATION", 2020, "800", "25");
        fx.db().execute("insert into subsidy_programme_level_amount (programme_id, skill_level, amount) values (?, 'INTERMEDIATE', 1500)", programme);
        long enterprise = fx.enterprise("金额测试企业");
        long intermediate = fx.worker("中级工", enterprise, "2019-01-01", false, "INTERMEDIATE");
        long migrant = fx.worker("农民工", enterprise, "2019-01-01", true, "NONE");
        long both = fx.worker("中级农民工", enterprise, "2019-01-01", true, "INTERMEDIATE");
        var created = given().contentType("application/json")
                .body(request(enterprise, programme, List.of(intermediate, migrant, both), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(201).header("Location", containsString("/api/v1/subsidy-applications/"))
                .body("state", equalTo("DRAFT"))
                .body("trainees.amount", contains(1500.00f, 1000.00f, 1875.00f))
                .body("amount", equalTo(4375.00f))
                .extract().jsonPath();
        long id = created.getLong("id");
        assertThat(fx.db().string("select amount::text from subsidy_application where id = ?", id)).isEqualTo("4375.00");
        assertThat(fx.db().count("select count(*) from subsidy_application_trainee where application_id = ?", id)).isEqualTo(3);

        // a draft changes with its version; the amount follows the trainees
        Map<String, Object> change = request(enterprise, programme, List.of(migrant, intermediate), "2020-03-01", "2020-05-31");
        change.put("version", created.getLong("version"));
        given().contentType("application/json").body(change)
                .when().put("/api/v1/subsidy-applications/" + id)
                .then().statusCode(200).body("amount", equalTo(2500.00f)).body("trainees", hasSize(2));
        given().contentType("application/json").body(change)
                .when().put("/api/v1/subsidy-applications/" + id)
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        assertThat(fx.db().count("select count(*) from subsidy_application_trainee where application_id = ?", id)).isEqualTo(2);
        assertThat(fx.db().count("select count(*) from subsidy_application_trainee_aud where application_id = ?", id)).isGreaterThanOrEqualTo(3);
    }

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void aWorkerIsPaidOncePerKindAndYearEvenAcrossEnterprises() {
        long fund = fx.fund(2019, "100000", "hrss");
        long otherFund = fx.fund(2019, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2019, "1000", null);
        long sameKindOtherFund = fx.programme(otherFund, "ON_JOB_UPGRADING", 2019, "1200", null);
        long first = fx.enterprise("首家企业");
        long second = fx.enterprise("第二家企业");
        long worker = fx.worker("跳槽工", first, "2018-01-01", false, "NONE");
        long colleague = fx.worker("同事", second, "2018-01-01", false, "NONE");
        long paid = fx.application(first, programme, "APPROVED", "hrss-reviewer", List.of(worker), "1000");
        fx.transfer(worker, second, "2019-06-30");

        given().contentType("application/json")
                .body(request(second, sameKindOtherFund, List.of(colleague, worker), "2019-09-01", "2019-10-31"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("/problems/duplicate-claim"))
                .body("errors.field", contains("trainees[1]"))
                .body("errors[0].message", containsString("跳槽工"))
                .body("errors[0].message", containsString("申请 " + paid));
        assertThat(applications(sameKindOtherFund)).isZero();

        // another kind in the same year is fine
        long transfer = fx.programme(otherFund, "JOB_TRANSFER_TRAINING", 2019, "1000", null);
        given().contentType("application/json").body(request(second, transfer, List.of(worker), "2019-09-01", "2019-10-31"))
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(201);

        // an application entered before the first approval is refused when it comes to approval
        long racing = fx.application(second, sameKindOtherFund, "REVIEWED", "hrss-reviewer", List.of(worker), "1200");
        String before = fx.snapshot(racing);
        given().contentType("application/json").body(Map.of("version", fx.version(racing)))
                .when().post("/api/v1/subsidy-applications/" + racing + "/approve")
                .then().statusCode(409).body("type", equalTo("/problems/duplicate-claim"))
                .body("detail", containsString("跳槽工")).body("detail", containsString("申请 " + paid));
        assertThat(fx.snapshot(racing)).isEqualTo(before);
        assertThat(fx.db().string("select committed::text from subsidy_fund where id = ?", otherFund)).isEqualTo("0.00");
    }

    @Test
    @TestSecurity(user = "service-account-hr-system", roles = { "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "azp", value = "hr-system"),
            @Claim(key = "client_id", value = "hr-system") })
    void identicalPostsRacingWithOneKeyCreateOneApplication() throws Exception {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "WORK_FOR_TRAINING", 2020, "1500", null);
        long enterprise = fx.enterprise("并发幂等企业");
        var body = request(enterprise, programme, List.of(fx.worker("并发幂等工", enterprise)), "2020-03-01", "2020-05-31");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType("application/json").header("Idempotency-Key", "race-key").body(body)
                            .when().post("/api/v1/subsidy-applications").then().extract().response();
                }));
            }
            start.countDown();
            java.util.Set<Long> ids = new java.util.HashSet<>();
            int created = 0;
            for (var f : answers) {
                var r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(r.statusCode()).as(r.asString()).isIn(200, 201);
                created += r.statusCode() == 201 ? 1 : 0;
                ids.add(r.jsonPath().getLong("id"));
            }
            assertThat(created).isEqualTo(1);
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(applications(programme)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "service-account-hr-system", roles = { "staff" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "hrss"), @Claim(key = "azp", value = "hr-system"),
            @Claim(key = "client_id", value = "hr-system") })
    void aRetriedPostWithTheSameIdempotencyKeyCreatesOneApplication() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "WORK_FOR_TRAINING", 2020, "1500", null);
        long enterprise = fx.enterprise("幂等测试企业");
        long worker = fx.worker("幂等工", enterprise);
        var body = request(enterprise, programme, List.of(worker), "2020-03-01", "2020-05-31");
        long id = given().contentType("application/json").header("Idempotency-Key", "hr-2020-0001").body(body)
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(201).body("serviceAccount", equalTo(true)).body("clientId", equalTo("hr-system"))
                .extract().jsonPath().getLong("id");
        given().contentType("application/json").header("Idempotency-Key", "hr-2020-0001").body(body)
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(200).body("id", equalTo((int) id));
        assertThat(applications(programme)).isEqualTo(1);
        assertThat(fx.db().count("select count(*) from subsidy_application_event where application_id = ?", id)).isEqualTo(1);

        // the same key for a different request is refused
        var other = request(enterprise, programme, List.of(worker), "2020-06-01", "2020-06-30");
        given().contentType("application/json").header("Idempotency-Key", "hr-2020-0001").body(other)
                .when().post("/api/v1/subsidy-applications")
                .then().statusCode(409).body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(applications(programme)).isEqualTo(1);

        // the service account sees only what it submitted
        long foreign = fx.application(enterprise, programme, "SUBMITTED", null, List.of(fx.worker("他人工", enterprise)), "1500");
        given().when().get("/api/v1/subsidy-applications?programmeId=" + programme)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo((int) id));
        given().when().get("/api/v1/subsidy-applications/" + foreign).then().statusCode(403);
        given().when().get("/api/v1/subsidy-applications/" + id).then().statusCode(200);
    }
}
