package gov.xianan.reform.integration.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import gov.xianan.reform.integration.feed.service.ChangeLog;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.FeedHead;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The change feed through the API: the outbox is written by the changes themselves (same
 * transaction), read in order, filtered by the caller's scope, masked per role, unmasked reads
 * audited, bad input refused as problems.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedTest {

    @Inject
    Db db;

    @Inject
    ChangeLog log;

    static String start;
    static long zoneEnterprise;
    static long zoneWorker;
    static long townWorker;
    static String zoneIdNumber;

    static long enterprise(String name, boolean zone) {
        return given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", name, "industryCode", "electromechanical", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", zone, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static JsonPath worker(String idNumber, String name, long enterpriseId) {
        var m = new HashMap<String, Object>(Map.of("idNumber", idNumber, "name", name, "education", "SENIOR_HIGH", "monthlyWage", 4200,
                "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false,
                "phone", "13812345678"));
        m.put("enterpriseId", enterpriseId);
        m.put("employedSince", "2024-01-01");
        return given().contentType("application/json").body(m).when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath();
    }

    /** Every event after {@link #start}, following nextCursor to the end. */
    static List<Map<String, Object>> follow(String types) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = start;
        for (int i = 0; i < 50; i++) {
            var req = given().queryParam("after", cursor).queryParam("limit", 3);
            if (types != null) {
                req.queryParam("types", types);
            }
            JsonPath page = req.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return all;
            }
        }
        throw new AssertionError("the feed did not end");
    }

    @Test
    @Order(1)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void eachChangeWritesItsEventInTheSameTransaction() {
        start = FeedHead.settled(log, db).encode();
        zoneEnterprise = enterprise("变更订阅开发区企业", true);
        long town = enterprise("变更订阅城区企业", false);
        zoneIdNumber = Ids.idNumber("19900101", true);
        JsonPath zw = worker(zoneIdNumber, "区内工人", zoneEnterprise);
        zoneWorker = zw.getLong("id");
        townWorker = worker(Ids.idNumber("19910202", false), "城区工人", town).getLong("id");

        // an update bumps the version; a stale update (409) rolls back and leaves no event
        var change = new HashMap<String, Object>(Map.of("idNumber", zoneIdNumber, "name", "区内工人甲", "education", "SENIOR_HIGH",
                "monthlyWage", 5200, "skillLevel", "SENIOR", "agriculturalHukou", true, "fromOutside", false, "unionMember", true,
                "partyMember", false, "phone", "13812345678"));
        change.put("enterpriseId", zoneEnterprise);
        change.put("version", zw.getLong("version"));
        given().contentType("application/json").body(change).when().put("/api/v1/workers/" + zoneWorker).then().statusCode(200);
        long events = db.count("select count(*) from change_event where entity_type = 'worker' and entity_id = ?", String.valueOf(zoneWorker));
        given().contentType("application/json").body(change).when().put("/api/v1/workers/" + zoneWorker).then().statusCode(409);
        assertThat(db.count("select count(*) from change_event where entity_type = 'worker' and entity_id = ?", String.valueOf(zoneWorker)))
                .isEqualTo(events).isEqualTo(2);

        List<Map<String, Object>> feed = follow(null);
        List<String> mine = feed.stream().filter(e -> e.get("type").equals("worker") && e.get("id").equals(String.valueOf(zoneWorker)))
                .map(e -> e.get("operation") + "@" + e.get("version")).toList();
        assertThat(mine).containsExactly("CREATED@0", "UPDATED@1");
        Map<String, Object> created = feed.stream().filter(e -> e.get("type").equals("worker") && e.get("id").equals(String.valueOf(zoneWorker)))
                .findFirst().orElseThrow();
        assertThat(created.get("actor")).isEqualTo("federation-staff");
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) created.get("data");
        assertThat(data.get("idNumber")).isEqualTo(zoneIdNumber.substring(0, 6) + "********" + zoneIdNumber.substring(14));
        assertThat(data.get("phone")).isEqualTo("138****5678");
        assertThat(data.get("birthDate")).isNull();
        assertThat(data.get("enterpriseId")).isEqualTo((int) zoneEnterprise);
        // the enterprise and the employment came in order before the worker's update
        List<String> order = feed.stream().map(e -> e.get("type") + ":" + e.get("id") + ":" + e.get("operation")).toList();
        assertThat(order.indexOf("enterprise:" + zoneEnterprise + ":CREATED")).isLessThan(order.indexOf("worker:" + zoneWorker + ":CREATED"));
        assertThat(order.indexOf("worker:" + zoneWorker + ":CREATED")).isLessThan(order.indexOf("worker:" + zoneWorker + ":UPDATED"));
        assertThat(feed.stream().filter(e -> e.get("type").equals("employment")).map(e -> (Object) ((Map<?, ?>) e.get("data")).get("workerId")).toList())
                .contains((Object) (int) zoneWorker, (Object) (int) townWorker);

        // types filter
        assertThat(follow("enterprise")).extracting(e -> e.get("type")).containsOnly("enterprise");
    }

    @Test
    @Order(2)
    @TestSecurity(user = "devzone-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "devzone"))
    void theDevelopmentZoneSeesOnlyItsWorkers() {
        List<Map<String, Object>> feed = follow("worker,employment,enterprise");
        List<String> workers = feed.stream().filter(e -> e.get("type").equals("worker")).map(e -> (String) e.get("id")).toList();
        assertThat(workers).contains(String.valueOf(zoneWorker)).doesNotContain(String.valueOf(townWorker));
        assertThat(feed.stream().filter(e -> e.get("type").equals("enterprise")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @Order(3)
    @TestSecurity(user = "publicity-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aLinkedDepartmentSeesNoUnlinkedWorkerButEnterprises() {
        List<Map<String, Object>> feed = follow(null);
        assertThat(feed).extracting(e -> e.get("type")).doesNotContain("worker", "employment").contains("enterprise");
    }

    @Test
    @Order(4)
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "registry-editor", "pii-reader" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aPiiReaderSeesClearDataAndTheReadIsAudited() {
        long before = db.count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and entity_type = 'change_event'");
        List<Map<String, Object>> feed = follow("worker");
        Map<?, ?> data = (Map<?, ?>) feed.stream().filter(e -> e.get("id").equals(String.valueOf(zoneWorker))).findFirst().orElseThrow().get("data");
        assertThat(data.get("idNumber")).isEqualTo(zoneIdNumber);
        assertThat(data.get("birthDate")).isEqualTo("1990-01-01");
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and entity_type = 'change_event'"))
                .isGreaterThan(before);
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and detail like ?",
                "%worker:" + zoneWorker + "%")).isPositive();
    }

    @Test
    @Order(5)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void badInputIsAProblem() {
        given().queryParam("after", "not-a-cursor").when().get("/api/v1/changes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("after"));
        given().queryParam("after", java.util.Base64.getUrlEncoder().encodeToString("c1:x:1".getBytes())).when().get("/api/v1/changes")
                .then().statusCode(400);
        given().queryParam("limit", 0).when().get("/api/v1/changes").then().statusCode(400).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", 1001).when().get("/api/v1/changes").then().statusCode(400);
        given().queryParam("types", "worker,salary").when().get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        // a page: the exact shape, each event's cursor resumes after it
        JsonPath page = given().queryParam("after", start).queryParam("limit", 2).when().get("/api/v1/changes").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("hasMore", equalTo(true)).extract().jsonPath();
        assertThat(page.getString("nextCursor")).isEqualTo(page.getString("items[1].cursor"));
        given().queryParam("after", page.getString("items[0].cursor")).queryParam("limit", 1).when().get("/api/v1/changes").then()
                .statusCode(200).body("items[0].cursor", equalTo(page.getString("items[1].cursor")));
    }

    @Test
    @Order(6)
    @TestSecurity(user = "analyst", roles = { "analyst" })
    void analystsUseAggregatesNotTheFeed() {
        given().when().get("/api/v1/changes").then().statusCode(403);
    }
}
