package gov.xianan.reform.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Issue 13: the list's totals come exact from the maintained counts for the filters the dashboard
 * counts, and keyset (cursor) paging walks a filter to its end, masked, in order, without gaps.
 */
@QuarkusTest
@TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-staff") })
class WorkerListPagingTest {

    @Inject
    Db db;

    private long enterprise(String industry) {
        return given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", "分页测试企业", "industryCode", industry, "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", true, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long worker(long enterpriseId, String name, String skill, int i) {
        return given().contentType("application/json")
                .body(Map.of("idNumber", Ids.idNumber("1988" + String.format("%02d", 1 + i % 12) + "1" + (i % 9 + 1), i % 2 == 0), "name", name,
                        "education", "SENIOR_HIGH", "monthlyWage", 3000, "skillLevel", skill, "agriculturalHukou", false, "fromOutside", false,
                        "unionMember", false, "partyMember", false, "enterpriseId", enterpriseId))
                .when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void totalsAreExactFromTheMaintainedCountsAndCursorsWalkEveryRowOnce() {
        long e = enterprise("biomedicine");
        List<Long> ids = new ArrayList<>();
        String[] names = { "赵一", "钱二", "孙三", "李四", "周五", "吴六", "郑七" };
        for (int i = 0; i < names.length; i++) {
            ids.add(worker(e, names[i], i < 4 ? "NONE" : "SENIOR", i));
        }
        long inDb = db.count("select count(*) from worker where enterprise_id = ? and skill_level = 'NONE'", e);
        given().queryParam("enterpriseId", e).queryParam("skillLevel", "NONE").when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo((int) inDb)).body("totalExact", equalTo(true));
        given().queryParam("enterpriseId", e).queryParam("skillTier", "SENIOR_TECHNICIAN").when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo(3)).body("totalExact", equalTo(true));
        long all = db.count("select count(*) from worker");
        given().when().get("/api/v1/workers").then().statusCode(200).body("total", equalTo((int) all)).body("totalExact", equalTo(true));
        // a filter the maintained counts do not answer: counted (exact below the limit)
        given().queryParam("enterpriseId", e).queryParam("education", "SENIOR_HIGH").when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo(7)).body("totalExact", equalTo(true));

        // keyset by id: pages of 3 to the end, every row once, masked, the last page without nextCursor
        List<Long> seen = new ArrayList<>();
        String cursor = null; // the first page is an ordinary one: it carries the first cursor
        int pages = 0;
        while (pages == 0 || cursor != null) {
            var req = given().queryParam("enterpriseId", e).queryParam("size", 3);
            JsonPath p = (cursor == null ? req : req.queryParam("cursor", cursor)).when().get("/api/v1/workers")
                    .then().statusCode(200).extract().jsonPath();
            seen.addAll(p.getList("items.id", Long.class));
            assertThat(p.getList("items.masked", Boolean.class)).containsOnly(true);
            assertThat(p.getList("items.idNumber", String.class)).allMatch(n -> n.contains("*"));
            assertThat(p.getLong("total")).isEqualTo(pages == 0 ? 7 : -1);
            cursor = p.getString("nextCursor");
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);

        // keyset by name: the same rows in name order
        List<String> byName = new ArrayList<>();
        cursor = null;
        pages = 0;
        while (pages++ == 0 || cursor != null) {
            var req = given().queryParam("enterpriseId", e).queryParam("size", 2).queryParam("sort", "name");
            JsonPath p = (cursor == null ? req : req.queryParam("cursor", cursor)).when().get("/api/v1/workers")
                    .then().statusCode(200).extract().jsonPath();
            byName.addAll(p.getList("items.name", String.class));
            cursor = p.getString("nextCursor");
        }
        assertThat(byName).containsExactly(db.string("select string_agg(name, ',' order by name, id) from worker where enterprise_id = ?", e).split(","));

        // bad cursors and sorts are 400s naming the parameter
        given().queryParam("cursor", "not-a-cursor").when().get("/api/v1/workers").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("cursor", "5").queryParam("sort", "monthlyWage").when().get("/api/v1/workers").then().statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * The list maps rows of a projection, not entities (issue 13): each item is the very response the
     * single read gives for that worker — masked for a caller without pii-reader, with the employer's
     * industry named — and an unmasked page is still logged with the ids it showed.
     */
    @Test
    void listRowsAreTheSingleReadMaskedTheSameWay() {
        long e = enterprise("electromechanical");
        long w = worker(e, "投影甲", "SENIOR", 3);
        Map<String, Object> item = given().queryParam("enterpriseId", e).when().get("/api/v1/workers").then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        Map<String, Object> read = given().when().get("/api/v1/workers/" + w).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(item).isEqualTo(read);
        assertThat(item.get("masked")).isEqualTo(true);
        assertThat((String) item.get("idNumber")).contains("*");
        assertThat(item.get("birthDate")).isNull();
        assertThat(((Map<?, ?>) item.get("enterprise")).get("industryName")).isEqualTo("机电制造");
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "registry-editor", "pii-reader" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void unmaskedListRowsAreTheSingleReadAndTheReadIsLogged() {
        long e = enterprise("electromechanical");
        long w = worker(e, "投影乙", "NONE", 5);
        Map<String, Object> item = given().queryParam("enterpriseId", e).when().get("/api/v1/workers").then().statusCode(200)
                .extract().jsonPath().getMap("items[0]");
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and detail = ?", "list: " + w)).isEqualTo(1);
        Map<String, Object> read = given().when().get("/api/v1/workers/" + w).then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(item).isEqualTo(read);
        assertThat(item.get("masked")).isEqualTo(false);
        assertThat((String) item.get("idNumber")).doesNotContain("*");
        assertThat(item.get("birthDate")).isNotNull();
    }

    @Test
    void filterValuesWrittenIntoTheStatementSelectExactlyTheirRowsAndAnythingElseIsData() {
        long e = enterprise("textiles");
        worker(e, "文本一", "NONE", 1);
        worker(e, "文本二", "SENIOR", 2);
        long textiles = db.count("select count(*) from worker w join enterprise x on x.id = w.enterprise_id where x.industry_code = 'textiles'");
        given().queryParam("industry", "textiles").when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo((int) textiles));
        given().queryParam("enterpriseId", e).queryParam("skillLevel", "SENIOR").queryParam("inDevZone", "true").queryParam("unionMember", "false")
                .queryParam("wageBand", "FROM_3000_TO_5000").queryParam("gender", "MALE").queryParam("education", "SENIOR_HIGH")
                .when().get("/api/v1/workers").then().statusCode(200)
                .body("total", equalTo((int) db.count("select count(*) from worker where enterprise_id = ? and skill_level = 'SENIOR' and gender = 'MALE'", e)));
        // not a code: it stays a parameter and matches nothing, whatever it says
        for (String value : List.of("textiles' or '1'='1", "textiles'--", "x'); delete from worker; --")) {
            given().queryParam("industry", value).when().get("/api/v1/workers").then().statusCode(200)
                    .body("total", equalTo(0)).body("items.size()", equalTo(0));
        }
        assertThat(db.count("select count(*) from worker where enterprise_id = ?", e)).isEqualTo(2);
    }
}
