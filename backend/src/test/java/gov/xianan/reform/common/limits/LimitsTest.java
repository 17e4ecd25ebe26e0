package gov.xianan.reform.common.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;

/**
 * Limits on heavy operations with real Keycloak tokens and the real database: a client past its
 * allowance gets 429 problem+json with Retry-After while another client goes on; a streaming export
 * finds every cluster-wide slot taken (here by another session, as another replica would) and gets
 * 503 with Retry-After, before anything is audited, and runs once a slot is free.
 */
@QuarkusTest
@TestProfile(LimitsTest.Small.class)
@Tag("keycloak")
class LimitsTest {

    public static class Small implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "xianan.rate-limits.statistics.capacity", "2",
                    "xianan.rate-limits.statistics.period", "1H",
                    "xianan.rate-limits.export.capacity", "3",
                    "xianan.rate-limits.export.period", "1H",
                    "xianan.rate-limits.import.capacity", "1",
                    "xianan.rate-limits.import.period", "1H",
                    "xianan.rate-limits.concurrent-exports", "2");
        }
    }

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    private static void assertLimited(Response r) {
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/rate-limited");
        assertThat(r.jsonPath().getString("title")).isEqualTo("请求过于频繁");
        assertThat(r.jsonPath().getInt("status")).isEqualTo(429);
        // one token back every 30 min (2 per hour) or 20 min (3 per hour)
        assertThat(Long.parseLong(r.header("Retry-After"))).isBetween(60L, 1800L);
    }

    @Test
    void statisticsPastTheAllowanceAre429WhileAnotherClientGoesOn() {
        String analyst = KeycloakTokens.password("analyst");
        String other = KeycloakTokens.password("hrss-reviewer");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(analyst).when().get("/api/v1/statistics/workforce").then().statusCode(200);
        }
        Response refused = given().auth().oauth2(analyst).when().get("/api/v1/statistics/subsidies");
        assertLimited(refused);
        assertThat(refused.jsonPath().getString("detail")).contains("统计查询过于频繁");

        // another person, and the same person's allowance is the same on every replica: it lives in the database
        given().auth().oauth2(other).when().get("/api/v1/statistics/workforce").then().statusCode(200);
        assertThat(db.count("select count(*) from rate_limit_bucket where id like 'statistics:2/3600s:api-tests:%'")).isEqualTo(2);
    }

    @Test
    void exportsAndImportsHaveTheirOwnAllowance() {
        String staff = KeycloakTokens.password("federation-staff");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(staff).when().get("/api/v1/workers/export?format=csv").then().statusCode(200);
        }
        assertLimited(given().auth().oauth2(staff).when().get("/api/v1/workers/export?format=xlsx"));
        assertLimited(given().auth().oauth2(staff).when().get("/api/v1/imports/workers/template"));
        // imports count apart: the first (no file) is answered on its merits, the next refused
        given().auth().oauth2(staff).contentType("multipart/form-data").multiPart("note", "x")
                .when().post("/api/v1/imports/workers").then().statusCode(400);
        Response second = given().auth().oauth2(staff).contentType("multipart/form-data").multiPart("note", "x")
                .when().post("/api/v1/imports/workers");
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.header("Retry-After")).isNotNull();
        assertThat(second.jsonPath().getString("detail")).contains("导入过于频繁");
    }

    @Test
    void aStreamingExportWaitsForAFreeClusterWideSlot() throws Exception {
        String lead = KeycloakTokens.password("federation-lead");
        long startedBefore = db.count("select count(*) from audit_event where action = 'EXPORT_STARTED'");
        try (Connection otherReplica = dataSource.getConnection()) {
            lock(otherReplica, "pg_advisory_lock", 0);
            lock(otherReplica, "pg_advisory_lock", 1);

            Response busy = given().auth().oauth2(lead).when().get("/api/v1/workers/export?format=csv");
            assertThat(busy.statusCode()).isEqualTo(503);
            assertThat(busy.contentType()).startsWith("application/problem+json");
            assertThat(busy.header("Retry-After")).isEqualTo("10");
            assertThat(busy.jsonPath().getString("type")).isEqualTo("/problems/exports-busy");
            assertThat(busy.jsonPath().getString("title")).isEqualTo("服务暂不可用");
            assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED'")).isEqualTo(startedBefore);

            lock(otherReplica, "pg_advisory_unlock", 1);
            given().auth().oauth2(lead).when().get("/api/v1/workers/export?format=csv").then().statusCode(200)
                    .header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"));
            assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED'")).isPositive();
            // the slot is free again once the body is written: a second export gets it
            given().auth().oauth2(lead).when().get("/api/v1/workers/export?format=csv").then().statusCode(200);
            lock(otherReplica, "pg_advisory_unlock", 0);
        }
        // the refused attempt gave its token back: 2 exports taken of the 3 allowed, a third still goes
        given().auth().oauth2(lead).when().get("/api/v1/workers/export?format=csv").then().statusCode(200);
        given().auth().oauth2(lead).when().get("/api/v1/workers/export?format=csv").then().statusCode(429)
                .body("status", equalTo(429));
    }

    private static void lock(Connection c, String function, int slot) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select " + function + "(?, ?)")) {
            ps.setInt(1, AdvisoryLocks.Space.EXPORT_SLOT.key);
            ps.setInt(2, slot);
            ps.execute();
        }
    }
}
