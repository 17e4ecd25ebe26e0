package gov.xianan.reform.security.attacks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.security.attacks.AttackFixturesScope.Person;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Issue 11, item 1: a masked ID number must not be recoverable. The attacks: the exact age next to
 * the masked number (about 33 guesses give the birth date), a {@code q} of the full or partial ID
 * number answered with {@code total: 1} or {@code 0}, a sort by birth date, the competition refusal
 * "年龄为 N 岁", the lookup by ID number. Each fails for a caller without pii-reader, refusals that
 * do not depend on the data; a pii-reader's ID searches work and are logged with the number masked.
 */
@QuarkusTest
@Tag("keycloak")
class Attack01MaskedIdRecoveryTest {

    @Inject
    AttackFixturesScope fx;

    private static final LocalDate TODAY = LocalDate.now(ClockProducer.ZONE);

    @Test
    void theDetailShowsAnAgeBandNotTheExactAgeOrBirthDate() {
        long e = fx.enterprise("攻击一详情企业", false);
        Person p = fx.worker("年龄甲", e, TODAY.minusYears(34).minusDays(40));
        String staff = KeycloakTokens.password("federation-staff"); // lead unit: reads the registry, no pii-reader
        given().auth().oauth2(staff).when().get("/api/v1/workers/" + p.id())
                .then().statusCode(200)
                .body("idNumber", equalTo(IdNumbers.mask(p.idNumber())))
                .body("masked", equalTo(true))
                .body("age", nullValue())
                .body("birthDate", nullValue())
                .body("ageBand.key", equalTo("FROM_30_TO_40"))
                .body("ageBand.label", equalTo("30—40岁"));
        // the list row, too
        given().auth().oauth2(staff).queryParam("enterpriseId", e).when().get("/api/v1/workers")
                .then().statusCode(200)
                .body("items[0].age", nullValue())
                .body("items[0].birthDate", nullValue())
                .body("items[0].ageBand.key", equalTo("FROM_30_TO_40"));
        // and the export: the band beside the masked number, never the exact age
        String csv = given().auth().oauth2(staff).queryParam("enterpriseId", e).queryParam("format", "csv").when().get("/api/v1/workers/export")
                .then().statusCode(200).extract().asString();
        String row = csv.lines().filter(l -> l.contains("年龄甲")).findFirst().orElseThrow();
        assertThat(row).contains(IdNumbers.mask(p.idNumber())).contains("30—40岁").doesNotContain(",34,");
        // a pii-reader sees the exact age and birth date, and the read is logged
        String lead = KeycloakTokens.password("federation-lead");
        long before = fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and entity_id = ?",
                String.valueOf(p.id()));
        given().auth().oauth2(lead).when().get("/api/v1/workers/" + p.id())
                .then().statusCode(200).body("age", equalTo(34)).body("birthDate", equalTo(TODAY.minusYears(34).minusDays(40).toString()));
        assertThat(fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and entity_id = ?",
                String.valueOf(p.id()))).isEqualTo(before + 1);
    }

    @Test
    void aSearchByIdNumberIsRefusedWithoutPiiReaderWhateverTheData() {
        long e = fx.enterprise("攻击一查询企业", false);
        Person p = fx.worker("号码乙", e, LocalDate.of(1988, 4, 5));
        String staff = KeycloakTokens.password("federation-staff");
        long denied = fx.events("SCOPE_DENIED", "federation-staff");

        // the full number of a registered person and of nobody: the same 400, before any row is read
        // (every answer has its own request id; everything else must be identical)
        Map<String, Object> registered = new HashMap<>(refusedSearch(staff, p.idNumber()).extract().jsonPath().getMap(""));
        Map<String, Object> nobody = new HashMap<>(refusedSearch(staff, "110101199003070019").extract().jsonPath().getMap(""));
        assertThat(registered.remove("requestId")).isNotEqualTo(nobody.remove("requestId"));
        assertThat(registered).isEqualTo(nobody);
        // partial numbers: the region code, the birth date, the last four digits shown in the mask
        refusedSearch(staff, p.idNumber().substring(0, 6));
        refusedSearch(staff, p.idNumber().substring(6, 14));
        refusedSearch(staff, p.idNumber().substring(14));
        refusedSearch(staff, "42120219770101");
        assertThat(fx.events("SCOPE_DENIED", "federation-staff")).isGreaterThanOrEqualTo(denied + 5);

        // the export takes the same filters: refused as well
        given().auth().oauth2(staff).queryParam("q", p.idNumber()).queryParam("format", "csv").when().get("/api/v1/workers/export")
                .then().statusCode(400).body("type", equalTo("/problems/pii-search"));
    }

    private static ValidatableResponse refusedSearch(String token, String q) {
        return given().auth().oauth2(token).queryParam("q", q).when().get("/api/v1/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/pii-search"))
                .body("errors.field", hasItem("q"))
                .body("detail", equalTo("按身份证号(全部或部分号码)查询仅限有个人信息查看权限(pii-reader)的用户"));
    }

    @Test
    void sortingByBirthDateIsRefusedWithoutPiiReader() {
        String staff = KeycloakTokens.password("federation-staff");
        for (String sort : new String[] { "birthDate", "-birthDate" }) {
            given().auth().oauth2(staff).queryParam("sort", sort).when().get("/api/v1/workers")
                    .then().statusCode(400).body("type", equalTo("/problems/pii-search")).body("errors[0].field", equalTo("sort"));
        }
        String lead = KeycloakTokens.password("federation-lead");
        given().auth().oauth2(lead).queryParam("sort", "-birthDate").queryParam("size", 2).when().get("/api/v1/workers").then().statusCode(200);
    }

    @Test
    void theCompetitionRefusalNamesTheRuleNotTheAge() {
        long e = fx.enterprise("攻击一竞赛企业", false);
        LocalDate start = TODAY.plusDays(30);
        Person old = fx.worker("超龄丙", e, start.minusYears(52).minusDays(3));
        long contest = fx.contest("hrss", start);
        String organiser = KeycloakTokens.password("hrss-reviewer");
        String detail = given().auth().oauth2(organiser).contentType("application/json").body(Map.of("workerId", old.id()))
                .when().post("/api/v1/competitions/" + contest + "/participants")
                .then().statusCode(409).body("type", equalTo("/problems/ineligible"))
                .extract().path("detail");
        assertThat(detail).contains("超龄丙 不符合本赛年龄要求(比赛开始日年龄 18–45 岁)").doesNotContain("52").doesNotContain("年龄为");
        // the dry run of a list says the same
        given().auth().oauth2(organiser).contentType("application/json").queryParam("dryRun", "true")
                .body(Map.of("workerIds", java.util.List.of(old.id())))
                .when().post("/api/v1/competitions/" + contest + "/participants/batch")
                .then().statusCode(200)
                .body("results[0].reasons", hasItem("超龄丙 不符合本赛年龄要求(比赛开始日年龄 18–45 岁)"))
                .body("results[0].reasons", not(hasItem(org.hamcrest.Matchers.containsString("52"))));
    }

    @Test
    void theLookupByIdNumberIsForPiiReadersOnlyAndLogged() {
        long e = fx.enterprise("攻击一查找企业", false);
        Person p = fx.worker("查找丁", e, LocalDate.of(1991, 9, 9));
        String publicity = KeycloakTokens.password("publicity-staff");
        long denied = fx.events("SCOPE_DENIED", "publicity-staff");
        given().auth().oauth2(publicity).queryParam("idNumber", p.idNumber()).when().get("/api/v1/workers/lookup")
                .then().statusCode(400).body("type", equalTo("/problems/pii-search")).body("errors[0].field", equalTo("idNumber"));
        given().auth().oauth2(publicity).queryParam("idNumber", "110101199003070019").when().get("/api/v1/workers/lookup")
                .then().statusCode(400).body("type", equalTo("/problems/pii-search"));
        assertThat(fx.events("SCOPE_DENIED", "publicity-staff")).isEqualTo(denied + 2);
        // by name within the enterprise: the minimum, no age, no birth date, the number masked; the use is logged
        long lookups = fx.events("LOOKUP", "publicity-staff");
        given().auth().oauth2(publicity).queryParam("name", "查找").queryParam("enterpriseId", e).when().get("/api/v1/workers/lookup")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo((int) p.id()))
                .body("items[0].idNumber", equalTo(IdNumbers.mask(p.idNumber())))
                .body("items[0].enterprise.name", equalTo("攻击一查找企业"))
                .body("items[0].skillLevelLabel", equalTo("中级工"))
                .body("items[0].ageBand.key", equalTo("FROM_30_TO_40"))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("age")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("birthDate")))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("phone")));
        assertThat(fx.events("LOOKUP", "publicity-staff")).isEqualTo(lookups + 1);
        // one character, or no enterprise: refused
        given().auth().oauth2(publicity).queryParam("name", "查").queryParam("enterpriseId", e).when().get("/api/v1/workers/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(publicity).queryParam("name", "查找").when().get("/api/v1/workers/lookup")
                .then().statusCode(400).body("errors[0].field", equalTo("enterpriseId"));
    }

    @Test
    void aPiiReaderSearchesByIdNumberAndEverySearchIsLoggedMasked() {
        long e = fx.enterprise("攻击一授权企业", false);
        Person p = fx.worker("授权戊", e, LocalDate.of(1979, 12, 1));
        String lead = KeycloakTokens.password("federation-lead");
        long before = fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and detail like 'id search%'");
        given().auth().oauth2(lead).queryParam("q", p.idNumber()).when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].idNumber", equalTo(p.idNumber()));
        // a prefix finds everyone of that area and birth day (demo workers of another suite may share it)
        String prefix = p.idNumber().substring(0, 14);
        given().auth().oauth2(lead).queryParam("q", prefix).when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo((int) fx.db().count("select count(*) from worker where id_number like ?", prefix + "%")));
        assertThat(fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and detail like 'id search%'"))
                .isEqualTo(before + 2);
        assertThat(fx.db().count("select count(*) from audit_event where detail like ?", "%" + p.idNumber() + "%"))
                .as("no audit event stores the full number").isZero();
        assertThat(fx.db().count("select count(*) from audit_event where detail like ?", "%" + IdNumbers.mask(p.idNumber()) + "%")).isPositive();
        // and through the lookup
        long lookups = fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and detail like 'lookup by ID%'");
        given().auth().oauth2(lead).queryParam("idNumber", p.idNumber()).when().get("/api/v1/workers/lookup")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("授权戊"));
        assertThat(fx.db().count("select count(*) from audit_event where action = 'PII_READ' and actor = 'federation-lead' and detail like 'lookup by ID%'"))
                .isEqualTo(lookups + 1);
    }

    @Test
    void enterpriseContactPhonesAreMaskedUnlessPiiReader() {
        long e = fx.enterprise("攻击一电话企业", false);
        String publicity = KeycloakTokens.password("publicity-staff");
        given().auth().oauth2(publicity).when().get("/api/v1/enterprises/" + e)
                .then().statusCode(200).body("contactPhone", equalTo("139****1234")).body("contactPhoneMasked", equalTo(true));
        given().auth().oauth2(publicity).queryParam("q", "攻击一电话企业").when().get("/api/v1/enterprises")
                .then().statusCode(200).body("items[0].contactPhone", equalTo("139****1234"));
        String lead = KeycloakTokens.password("federation-lead");
        long before = fx.db().count("select count(*) from audit_event where action = 'PII_READ' and entity_type = 'enterprise' and actor = 'federation-lead'");
        given().auth().oauth2(lead).when().get("/api/v1/enterprises/" + e)
                .then().statusCode(200).body("contactPhone", equalTo("13907151234")).body("contactPhoneMasked", equalTo(false));
        assertThat(fx.db().count("select count(*) from audit_event where action = 'PII_READ' and entity_type = 'enterprise' and actor = 'federation-lead'"))
                .isEqualTo(before + 1);
        // an editor without pii-reader sends the masked number back unchanged: the stored number stays
        String editor = KeycloakTokens.password("federation-staff");
        var read = given().auth().oauth2(editor).when().get("/api/v1/enterprises/" + e).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("creditCode", read.getString("creditCode"), "name", "攻击一电话企业(改)",
                "industryCode", "electromechanical", "ownership", "NON_PUBLIC", "size", "SMALL", "inDevZone", false, "hasUnion", false,
                "hasPartyOrg", false, "contactPhone", "139****1234", "version", read.getLong("version")));
        given().auth().oauth2(editor).contentType("application/json").body(body).when().put("/api/v1/enterprises/" + e)
                .then().statusCode(200).body("contactPhone", equalTo("139****1234"));
        assertThat(fx.db().string("select contact_phone from enterprise where id = ?", e)).isEqualTo("13907151234");
        body.put("contactPhone", "138****0000");
        body.put("version", read.getLong("version") + 1);
        given().auth().oauth2(editor).contentType("application/json").body(body).when().put("/api/v1/enterprises/" + e)
                .then().statusCode(400).body("errors[0].field", equalTo("contactPhone"));
    }
}
