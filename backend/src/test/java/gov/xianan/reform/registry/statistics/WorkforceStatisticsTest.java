package gov.xianan.reform.registry.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.demo.DemoDataGenerator;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The generated registry reproduces the district review's figures through the statistics API. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkforceStatisticsTest {

    private static boolean generated;

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    /** Once per run: an empty registry, then the default demo registry of 22,165 workers. */
    @BeforeEach
    void generateOnce() throws Exception {
        if (generated) {
            return;
        }
        db.emptyRegistry();
        try (Connection c = dataSource.getConnection()) {
            var result = new DemoDataGenerator(c, 20201124L, LocalDate.now(ClockProducer.ZONE)).generate(22_165);
            assertThat(result.workers()).isEqualTo(22_165);
        }
        generated = true;
    }

    private static double percent(JsonPath json, String list, String key) {
        return json.getDouble(list + ".find { it.key == '" + key + "' }.percent");
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theDemoRegistryReproducesTheReviewsProfile() {
        JsonPath s = given().when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().jsonPath();
        assertThat(s.getLong("total")).isGreaterThanOrEqualTo(22_165L);
        assertThat(s.getBoolean("suppressionApplied")).isFalse();
        Map<String, Double> seed = Map.ofEntries(Map.entry("gender:MALE", 62.0), Map.entry("gender:FEMALE", 38.0),
                Map.entry("education:COLLEGE_OR_ABOVE", 15.0), Map.entry("education:SENIOR_HIGH", 51.0),
                Map.entry("education:JUNIOR_HIGH", 32.0), Map.entry("education:BELOW_JUNIOR_HIGH", 2.0),
                Map.entry("wageBand:UNDER_2000", 4.0), Map.entry("wageBand:FROM_2000_TO_3000", 41.0),
                Map.entry("wageBand:FROM_3000_TO_5000", 48.0), Map.entry("wageBand:OVER_5000", 7.0),
                Map.entry("ageBand:OVER_50", 11.0), Map.entry("ageBand:FROM_40_TO_50", 33.0), Map.entry("ageBand:FROM_30_TO_40", 35.0),
                Map.entry("ageBand:UNDER_30", 21.0), Map.entry("skillTier:GENERAL", 82.0), Map.entry("skillTier:JUNIOR_INTERMEDIATE", 15.0),
                Map.entry("skillTier:SENIOR_TECHNICIAN", 3.0));
        seed.forEach((k, expected) -> {
            String[] parts = k.split(":");
            assertThat(percent(s, parts[0], parts[1])).as(k).isCloseTo(expected, within(0.5));
        });
        assertThat(s.getDouble("migrant.percent")).isCloseTo(75.0, within(0.5));
        assertThat(s.getDouble("migrant.outsidePercentOfMigrants")).isCloseTo(7.0, within(0.5));
        assertThat(s.getDouble("union.enterpriseCoveragePercent")).isCloseTo(92.0, within(0.5));
        assertThat(s.getDouble("union.membershipPercent")).isCloseTo(94.0, within(0.5));
        assertThat(s.getDouble("party.orgCoveragePercent")).isCloseTo(90.0, within(0.5));
        assertThat(s.getList("industry")).hasSize(14);
        assertThat(s.getString("gender.find { it.key == 'FEMALE' }.label")).isEqualTo("女");
        // the generated rows alone: exactly the review's party members
        assertThat(db.count("select count(*) from worker where demo and party_member")).isEqualTo(1_663);
        assertThat(db.count("select count(*) from worker where demo")).isEqualTo(22_165);
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theReviewsNamedHonoursAreThere() {
        given().queryParam("kind", "COLLECTIVE").when().get("/api/v1/honours").then().statusCode(200)
                .body("items.teamName", hasItem("技术胶甲班"));
        assertThat(db.count("select count(*) from honour h join worker w on w.id = h.worker_id join enterprise e on e.id = w.enterprise_id "
                + "where w.name = '王晓霞' and e.name = '三得利有限公司' and h.title = '全国劳动模范' and h.awarded_on = date '2020-11-24'")).isEqualTo(1);
        assertThat(db.count("select count(*) from honour_member m join honour h on h.id = m.honour_id join enterprise e on e.id = h.enterprise_id "
                + "where h.team_name = '技术胶甲班' and e.name = '华宇防腐有限公司'")).isEqualTo(15);
        assertThat(db.count("select count(*) from political_post where demo and post = 'PARTY_CONGRESS_DELEGATE'")).isEqualTo(59);
        assertThat(db.count("select count(*) from worker_aud a join audit_revision r on r.id = a.rev where r.actor = 'system:demo-data'"))
                .isEqualTo(22_165);
    }

    @Test
    @Order(1)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void staffSeeASmallPopulationInFull() {
        long enterprise = given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", "小微测试厂", "industryCode", "printing", "ownership", "NON_PUBLIC",
                        "size", "MICRO", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
        for (String birth : new String[] { "19900101", "19910202", "19920303" }) {
            var worker = new java.util.HashMap<String, Object>(Map.of("idNumber", Ids.idNumber(birth, true), "name", "小样本",
                    "education", "JUNIOR_HIGH", "monthlyWage", 2500, "skillLevel", "NONE", "agriculturalHukou", true,
                    "fromOutside", false, "unionMember", true, "partyMember", false));
            worker.put("enterpriseId", enterprise);
            worker.put("employedSince", "2020-01-01");
            given().contentType("application/json").body(worker)
                    .when().post("/api/v1/workers").then().statusCode(201);
        }
        given().queryParam("enterpriseId", enterprise).when().get("/api/v1/statistics/workforce")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("gender.find { it.key == 'MALE' }.count", equalTo(3))
                .body("suppressionApplied", equalTo(false));
        given().queryParam("enterpriseId", enterprise).queryParam("asOf", "2019-12-31").when().get("/api/v1/statistics/workforce")
                .then().statusCode(200).body("total", equalTo(0));
        smallEnterprise = enterprise;
    }

    @Test
    @Order(3)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aCachedAnswerIsRenewedByEveryRegistryWrite() {
        long before = given().when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().jsonPath().getLong("total");
        long generation = db.count("select sum(n) from registry_generation");
        // a read changes nothing
        given().when().get("/api/v1/statistics/workforce").then().statusCode(200).body("total", equalTo((int) before));
        assertThat(db.count("select sum(n) from registry_generation")).isEqualTo(generation);
        // a write through the API is seen at once
        var worker = new java.util.HashMap<String, Object>(Map.of("idNumber", Ids.idNumber("19850505", false), "name", "缓存测试",
                "education", "SENIOR_HIGH", "monthlyWage", 3200, "skillLevel", "JUNIOR", "agriculturalHukou", false,
                "fromOutside", false, "unionMember", true, "partyMember", true));
        worker.put("enterpriseId", smallEnterprise);
        worker.put("employedSince", "2021-03-01");
        long id = given().contentType("application/json").body(worker).when().post("/api/v1/workers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(db.count("select sum(n) from registry_generation")).isEqualTo(generation + 1);
        given().when().get("/api/v1/statistics/workforce").then().statusCode(200).body("total", equalTo((int) before + 1));
        // and so is a write that bypasses the API (one transaction, one generation)
        db.execute("update employment set end_date = date '2021-06-30' where worker_id = ? and end_date is null", id);
        assertThat(db.count("select sum(n) from registry_generation")).isEqualTo(generation + 2);
        given().when().get("/api/v1/statistics/workforce").then().statusCode(200).body("total", equalTo((int) before));
    }

    /** Set by the staff test above (runs first), read by the analyst test below. */
    private static long smallEnterprise;

    @Test
    @Order(2)
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsGetTheProtectedAnswer() {
        assertThat(smallEnterprise).as("the staff test creates the small population first").isPositive();
        // one enterprise is refused (its differences would single people out), and the refusal is logged
        long denied = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'analyst'");
        given().queryParam("enterpriseId", smallEnterprise).when().get("/api/v1/statistics/workforce")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/disclosure-control"));
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'analyst'")).isEqualTo(denied + 1);
        // any date becomes the last month end before it
        given().queryParam("asOf", "2020-06-15").when().get("/api/v1/statistics/workforce")
                .then().statusCode(200).body("asOf", equalTo("2020-05-31")).body("suppressionApplied", equalTo(true));
        // large cells stay visible to analysts
        JsonPath all = given().when().get("/api/v1/statistics/workforce").then().statusCode(200).extract().jsonPath();
        assertThat(all.getBoolean("suppressionApplied")).isTrue();
        assertThat(all.getLong("party.members")).isGreaterThanOrEqualTo(1_663L);
        assertThat(all.getBoolean("party.suppressed")).isFalse();
        assertThat(all.getDouble("union.membershipPercent")).isCloseTo(94.0, within(0.5));
        // and rows stay closed to them
        given().when().get("/api/v1/workers").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void staffOfOtherDepartmentsGetTheProtectedAnswerToo() {
        given().queryParam("enterpriseId", 1).when().get("/api/v1/statistics/workforce").then().statusCode(403);
        given().when().get("/api/v1/statistics/workforce").then().statusCode(200).body("suppressionApplied", equalTo(true));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void badFiltersAreFieldErrors() {
        given().queryParam("industry", "shipbuilding").queryParam("asOf", "2020-13-01").queryParam("inDevZone", "yes")
                .when().get("/api/v1/statistics/workforce")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("inDevZone"));
        given().queryParam("industry", "shipbuilding").queryParam("asOf", "2020-13-01")
                .when().get("/api/v1/statistics/workforce")
                .then().statusCode(400)
                .body("errors.field", hasItem("industry"))
                .body("errors.field", hasItem("asOf"));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void listTotalsAreExactAsTheDashboardCountsThem() {
        // issue 13: the whole registry's total comes exact from the maintained counts (no "more than 10,000")
        long all = db.count("select count(*) from worker");
        given().queryParam("size", 20).when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo((int) all))
                .body("totalExact", equalTo(true))
                .body("items.size()", equalTo(20));
        long sanderi = db.count("select id from enterprise where name = '三得利有限公司'");
        long employed = db.count("select count(*) from worker where enterprise_id = ?", sanderi);
        given().queryParam("enterpriseId", sanderi).when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo((int) employed))
                .body("totalExact", equalTo(true));
    }

    @Test
    void noTokenIs401() {
        given().when().get("/api/v1/statistics/workforce").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "someone", roles = "subsidy-approver")
    void aRoleWithoutRegistryAccessIs403() {
        given().when().get("/api/v1/statistics/workforce").then().statusCode(403);
    }
}
