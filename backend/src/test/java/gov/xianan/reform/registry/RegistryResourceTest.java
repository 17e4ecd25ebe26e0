package gov.xianan.reform.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

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

/** Enterprises, workers, transfers, masking and the PII log, roles. */
@QuarkusTest
class RegistryResourceTest {

    @Inject
    Db db;

    static long createEnterprise(String name, String industry, boolean zone) {
        return given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", name, "industryCode", industry, "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", zone, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> worker(String idNumber, String name, Long enterpriseId) {
        var m = new java.util.HashMap<String, Object>(Map.of("idNumber", idNumber, "name", name, "education", "SENIOR_HIGH",
                "monthlyWage", 4200, "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false,
                "unionMember", true, "partyMember", false, "phone", "13812345678"));
        if (enterpriseId != null) {
            m.put("enterpriseId", enterpriseId);
        }
        return m;
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void anEditorRegistersAWorkerWhoseGenderAndBirthComeFromTheIdNumber() {
        long enterprise = createEnterprise("测试机电有限公司", "electromechanical", true);
        String id = Ids.idNumber("19900101", true);
        var body = worker(id, "张测试", enterprise);
        body.put("employedSince", "2020-01-01");
        JsonPath created = given().contentType("application/json").body(body)
                .when().post("/api/v1/workers")
                .then().statusCode(201)
                .body("gender", equalTo("MALE"))
                .body("idNumber", equalTo(id.substring(0, 6) + "********" + id.substring(14)))
                .body("masked", equalTo(true))
                .body("phone", equalTo("138****5678"))
                .body("birthDate", nullValue())
                .body("skillTier", equalTo("JUNIOR_INTERMEDIATE"))
                .body("migrant", equalTo(true))
                .body("enterprise.industryName", equalTo("机电制造"))
                .extract().jsonPath();
        long workerId = created.getLong("id");
        assertThat(db.string("select birth_date::text from worker where id = ?", workerId)).isEqualTo("1990-01-01");
        assertThat(db.count("select count(*) from employment where worker_id = ? and end_date is null", workerId)).isEqualTo(1);

        // one person, one record
        given().contentType("application/json").body(worker(id, "张重复", enterprise))
                .when().post("/api/v1/workers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("idNumber"))
                // without pii-reader the answer does not say WHICH record holds the number, and the check is logged
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(String.valueOf(workerId))))
                .body("errors[0].message", equalTo("已登记,一人只能有一条记录"));
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_event where action = 'LOOKUP' and actor = 'federation-staff' and outcome = 'MASKED' "
                + "and detail = ?", "duplicate ID number on save: " + id.substring(0, 6) + "********" + id.substring(14))).isEqualTo(1);

        // transfer: the open employment closes, a new one opens, the person stays one record
        long other = createEnterprise("测试物流有限公司", "logistics", false);
        var change = worker(id, "张测试", other);
        change.put("version", created.getLong("version"));
        change.put("employedSince", "2025-03-01");
        given().contentType("application/json").body(change)
                .when().put("/api/v1/workers/" + workerId)
                .then().statusCode(200).body("enterprise.id", equalTo((int) other));
        given().when().get("/api/v1/workers/" + workerId + "/employments")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].enterprise.id", equalTo((int) other))
                .body("[0].current", equalTo(true))
                .body("[1].endDate", equalTo("2025-02-28"));
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isEqualTo(1);

        // the history names who changed what
        given().when().get("/api/v1/workers/" + workerId + "/history")
                .then().statusCode(200)
                .body("type", hasItem("UPDATED"))
                .body("actor", everyItem(equalTo("federation-staff")))
                .body("[1].changes.field", hasItem("enterprise"))
                .body("[0].changes.find { it.field == 'idNumber' }.after", containsString("********"));

        // a stale version changes nothing
        given().contentType("application/json").body(change)
                .when().put("/api/v1/workers/" + workerId)
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aGenderOrBirthDateThatContradictsTheIdIsAFieldError() {
        String id = Ids.idNumber("19850615", false);
        var body = worker(id, "李矛盾", null);
        body.put("gender", "MALE");
        body.put("birthDate", "1985-06-16");
        given().contentType("application/json").body(body)
                .when().post("/api/v1/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("gender"))
                .body("errors.field", hasItem("birthDate"));
        assertThat(db.count("select count(*) from worker where id_number = ?", id)).isZero();

        var bad = worker("421202199001011235", "王校验", null);
        bad.put("education", "PHD");
        given().contentType("application/json").body(bad)
                .when().post("/api/v1/workers")
                .then().statusCode(400).body("errors[0].field", equalTo("education"));
        bad.put("education", "SENIOR_HIGH");
        given().contentType("application/json").body(bad)
                .when().post("/api/v1/workers")
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"))
                .body("errors[0].message", equalTo("身份证号校验码错误"));
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "registry-editor", "pii-reader" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "azp", value = "spa"),
            @Claim(key = "preferred_username", value = "federation-lead") })
    void aPiiReaderSeesTheNumbersAndEveryReadIsLogged() {
        long enterprise = createEnterprise("测试印刷有限公司", "printing", false);
        String id = Ids.idNumber("19780304", false);
        long workerId = given().contentType("application/json").body(worker(id, "赵可见", enterprise))
                .when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath().getLong("id");
        long before = db.count("select count(*) from audit_event where action = 'PII_READ' and entity_id = ?", String.valueOf(workerId));
        given().when().get("/api/v1/workers/" + workerId)
                .then().statusCode(200)
                .body("idNumber", equalTo(id))
                .body("masked", equalTo(false))
                .body("phone", equalTo("13812345678"))
                .body("birthDate", equalTo("1978-03-04"));
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and entity_id = ? and actor = 'federation-lead' and client_id = 'spa'",
                String.valueOf(workerId))).isEqualTo(before + 1);
        given().queryParam("q", id).when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].idNumber", equalTo(id));
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and detail like ?", "list: %" + workerId + "%"))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = { @Claim(key = "department", value = "publicity"), @Claim(key = "preferred_username", value = "publicity-staff") })
    void otherDepartmentsReadEnterprisesButNotTheRegistryAndCannotWrite() {
        // minimum necessity: no list of the registry outside the lead unit and the development zone (403, logged)
        long denied = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'publicity-staff'");
        given().when().get("/api/v1/workers").then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("/problems/registry-scope"));
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'publicity-staff'")).isEqualTo(denied + 1);
        given().when().get("/api/v1/enterprises").then().statusCode(200);
        given().when().get("/api/v1/industries").then().statusCode(200).body("", hasSize(14)).body("[0].name", equalTo("机电制造"));
        long before = db.count("select count(*) from worker");
        given().contentType("application/json").body(worker(Ids.idNumber("19900101", true), "越权", null))
                .when().post("/api/v1/workers").then().statusCode(403).contentType("application/problem+json");
        assertThat(db.count("select count(*) from worker")).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsNeverGetRows() {
        given().when().get("/api/v1/workers").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/workers/1").then().statusCode(403);
        given().when().get("/api/v1/enterprises").then().statusCode(403);
        given().when().get("/api/v1/honours").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void filtersNarrowTheListAndWrongValuesAre400() {
        long enterprise = createEnterprise("测试电子有限公司", "electronics", true);
        var young = worker(Ids.idNumber("20000101", false), "钱年轻", enterprise);
        young.put("monthlyWage", 1800);
        young.put("skillLevel", "NONE");
        given().contentType("application/json").body(young).when().post("/api/v1/workers").then().statusCode(201);
        var old = worker(Ids.idNumber("19600101", true), "孙年长", enterprise);
        old.put("skillLevel", "TECHNICIAN");
        old.put("partyMember", true);
        given().contentType("application/json").body(old).when().post("/api/v1/workers").then().statusCode(201);

        given().queryParam("enterpriseId", enterprise).queryParam("ageBand", "UNDER_30").queryParam("wageBand", "UNDER_2000")
                .when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("钱年轻"));
        given().queryParam("enterpriseId", enterprise).queryParam("skillTier", "SENIOR_TECHNICIAN").queryParam("partyMember", "true")
                .when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("孙年长"));
        given().queryParam("enterpriseId", enterprise).queryParam("q", "年")
                .when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(2));
        given().queryParam("gender", "X").queryParam("migrant", "maybe")
                .when().get("/api/v1/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("gender"))
                .body("errors.field", hasItem("migrant"));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void collectiveHonoursNameTheTeamAndItsMembers() {
        long enterprise = createEnterprise("测试防腐有限公司", "building-materials", false);
        long a = given().contentType("application/json").body(worker(Ids.idNumber("19880808", true), "队员甲", enterprise))
                .when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath().getLong("id");
        long b = given().contentType("application/json").body(worker(Ids.idNumber("19890909", false), "队员乙", enterprise))
                .when().post("/api/v1/workers").then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType("application/json")
                .body(Map.of("kind", "COLLECTIVE", "category", "WORKER_PIONEER", "title", "全国工人先锋号", "level", "NATIONAL",
                        "year", 2020, "issuer", "中华全国总工会", "enterpriseId", enterprise, "teamName", "技术胶甲班",
                        "memberIds", java.util.List.of(a, b)))
                .when().post("/api/v1/honours")
                .then().statusCode(201)
                .body("teamName", equalTo("技术胶甲班"))
                .body("members.name", hasItem("队员乙"));
        given().queryParam("workerId", b).when().get("/api/v1/honours")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].title", equalTo("全国工人先锋号"));
        given().queryParam("enterpriseId", enterprise).when().get("/api/v1/honours")
                .then().statusCode(200).body("total", equalTo(1));
        given().contentType("application/json")
                .body(Map.of("kind", "COLLECTIVE", "category", "WORKER_PIONEER", "title", "缺班组", "level", "CITY",
                        "year", 2020, "issuer", "市总工会", "enterpriseId", enterprise))
                .when().post("/api/v1/honours")
                .then().statusCode(400).body("errors[0].field", equalTo("teamName"));
    }
}
