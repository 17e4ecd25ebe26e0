package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Fifty approvals racing for a fund with room for ten: real parallel HTTP requests against the real
 * database. Exactly ten are approved, forty get a clear 409, and the fund's figures add up.
 */
@QuarkusTest
class SubsidyBudgetRaceTest {

    static final int APPLICATIONS = 50;
    static final int ROOM = 10;

    @Inject
    SubsidyFixtures fx;

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void fiftyApprovalsForAFundWithRoomForTenLeaveExactlyTenApproved() throws Exception {
        long fund = fx.fund(2021, String.valueOf(ROOM * 1000), "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2021, "1000", null);
        long enterprise = fx.enterprise("竞争测试企业");
        List<Long> apps = new ArrayList<>();
        for (int i = 0; i < APPLICATIONS; i++) {
            apps.add(fx.application(enterprise, programme, "REVIEWED", "hrss-reviewer", List.of(fx.worker("竞争" + i, enterprise)), "1000"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(APPLICATIONS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (long app : apps) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return given().contentType("application/json").body(Map.of("version", 0))
                            .when().post("/api/v1/subsidy-applications/" + app + "/approve")
                            .then().extract().response();
                }));
            }
            start.countDown();
            int approved = 0;
            int refused = 0;
            for (Future<Response> f : answers) {
                Response r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    approved++;
                } else {
                    assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
                    assertThat(r.contentType()).startsWith("application/problem+json");
                    assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/fund-exhausted");
                    assertThat(r.jsonPath().getString("detail")).contains("余额不足");
                    refused++;
                }
            }
            assertThat(approved).isEqualTo(ROOM);
            assertThat(refused).isEqualTo(APPLICATIONS - ROOM);
        } finally {
            pool.shutdownNow();
        }
        var db = fx.db();
        assertThat(db.count("select count(*) from subsidy_application where programme_id = ? and state = 'APPROVED'", programme)).isEqualTo(ROOM);
        assertThat(db.count("select count(*) from subsidy_application where programme_id = ? and state = 'REVIEWED'", programme))
                .isEqualTo(APPLICATIONS - ROOM);
        assertThat(db.string("select committed || '/' || disbursed || '/' || budget from subsidy_fund where id = ?", fund))
                .isEqualTo("10000.00/0.00/10000.00");
        assertThat(db.string("select sum(committed_amount)::text from subsidy_application where programme_id = ? and state = 'APPROVED'", programme))
                .isEqualTo("10000.00");
        assertThat(db.count("select count(*) from subsidy_application where programme_id = ? and state = 'REVIEWED' and committed_amount is not null",
                programme)).isZero();
        assertThat(db.count("select count(*) from subsidy_claim c join subsidy_application a on a.id = c.application_id where a.programme_id = ?",
                programme)).isEqualTo(ROOM);
        assertThat(db.count("select count(*) from subsidy_application_event e join subsidy_application a on a.id = e.application_id "
                + "where a.programme_id = ? and e.action = 'APPROVE'", programme)).isEqualTo(ROOM);

        // and the fund's CHECK holds even for SQL that bypasses the API
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> db.execute("update subsidy_fund set committed = committed + 0.01 where id = ?", fund));
    }
}
