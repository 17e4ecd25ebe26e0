package gov.xianan.reform.security.attacks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.security.attacks.AttackFixturesScope.Person;
import gov.xianan.reform.testsupport.Ids;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Issue 11, item 6: the registry had no department scope. The attacks: staff of a member
 * department and the hr-system service account list and export all workers, read any worker, and
 * change one. Now the lead unit reads and edits all, the development zone reads its enterprises'
 * workers, everyone else finds people through the lookup and reads only the workers linked to
 * their own records; every refusal is logged as SCOPE_DENIED.
 */
@QuarkusTest
@Tag("keycloak")
class Attack06RegistryScopeTest {

    @Inject
    AttackFixturesScope fx;

    private static String hrSystem() {
        return KeycloakTokens.clientCredentials("hr-system", "hr-system-secret");
    }

    @Test
    void otherDepartmentsAndSystemsNeitherListNorExportNorReadTheRegistry() {
        long e = fx.enterprise("攻击六名册企业", false);
        Person p = fx.worker("名册甲", e, LocalDate.of(1985, 2, 2));
        Map<String, String> callers = Map.of("publicity-staff", KeycloakTokens.password("publicity-staff"), "scitech-staff",
                KeycloakTokens.password("scitech-staff"), "service-account-hr-system", hrSystem());
        callers.forEach((actor, token) -> {
            long denied = fx.events("SCOPE_DENIED", actor);
            given().auth().oauth2(token).when().get("/api/v1/workers")
                    .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/registry-scope"));
            given().auth().oauth2(token).queryParam("enterpriseId", e).when().get("/api/v1/workers")
                    .then().statusCode(403);
            given().auth().oauth2(token).queryParam("format", "csv").when().get("/api/v1/workers/export")
                    .then().statusCode(403).contentType("application/problem+json").body("type", equalTo("/problems/registry-scope"));
            // a worker not linked to the caller's records does not exist for the caller, nor do its sub-resources
            for (String path : new String[] { "", "/employments", "/history", "/political-posts" }) {
                given().auth().oauth2(token).when().get("/api/v1/workers/" + p.id() + path)
                        .then().statusCode(404).contentType("application/problem+json");
            }
            assertThat(fx.events("SCOPE_DENIED", actor)).as(actor).isEqualTo(denied + 7);
            // the same 404 as a worker that does not exist
            given().auth().oauth2(token).when().get("/api/v1/workers/987654321").then().statusCode(404);
        });
    }

    @Test
    void nobodyOutsideTheLeadUnitChangesTheRegistry() {
        long e = fx.enterprise("攻击六修改企业", false);
        Person p = fx.worker("修改乙", e, LocalDate.of(1986, 3, 3));
        Map<String, Object> change = new HashMap<>(Map.of("idNumber", p.idNumber(), "name", "被改名", "education", "SENIOR_HIGH", "monthlyWage", 9999,
                "skillLevel", "INTERMEDIATE", "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false,
                "version", 0));
        Map<String, Object> enterprise = Map.of("creditCode", Ids.creditCode(), "name", "越权企业", "industryCode", "electromechanical",
                "ownership", "NON_PUBLIC", "size", "SMALL", "inDevZone", false, "hasUnion", false, "hasPartyOrg", false);
        Map<String, Object> honour = Map.of("kind", "INDIVIDUAL", "category", "MODEL_WORKER", "title", "越权劳模", "level", "DISTRICT", "year", 2020,
                "issuer", "区总工会", "workerId", p.id());
        for (String actor : new String[] { "publicity-staff", "devzone-staff", "service-account-hr-system" }) {
            String token = actor.startsWith("service-account") ? hrSystem() : KeycloakTokens.password(actor);
            long denied = fx.events("SCOPE_DENIED", actor);
            given().auth().oauth2(token).contentType("application/json").body(change).when().put("/api/v1/workers/" + p.id())
                    .then().statusCode(403).body("type", equalTo("/problems/registry-scope"));
            Map<String, Object> create = new HashMap<>(change);
            create.remove("version");
            create.put("idNumber", Ids.idNumber("19900101", true));
            given().auth().oauth2(token).contentType("application/json").body(create).when().post("/api/v1/workers").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(enterprise).when().post("/api/v1/enterprises").then().statusCode(403);
            given().auth().oauth2(token).contentType("application/json").body(honour).when().post("/api/v1/honours").then().statusCode(403);
            assertThat(fx.events("SCOPE_DENIED", actor)).as(actor).isEqualTo(denied + 4);
        }
        assertThat(fx.db().string("select name from worker where id = ?", p.id())).isEqualTo("修改乙");
        assertThat(fx.db().count("select count(*) from enterprise where name = '越权企业'")).isZero();
        assertThat(fx.db().count("select count(*) from honour where title = '越权劳模'")).isZero();
    }

    @Test
    void theDevelopmentZoneReadsItsEnterprisesWorkersOnly() {
        long zone = fx.enterprise("攻击六园区企业", true);
        long outside = fx.enterprise("攻击六园外企业", false);
        Person in = fx.worker("园区丙", zone, LocalDate.of(1990, 5, 5));
        Person out = fx.worker("园外丁", outside, LocalDate.of(1990, 6, 6));
        String devzone = KeycloakTokens.password("devzone-staff");
        given().auth().oauth2(devzone).queryParam("size", 200).when().get("/api/v1/workers")
                .then().statusCode(200).body("items.enterprise.inDevZone", everyItem(equalTo(true)));
        given().auth().oauth2(devzone).queryParam("enterpriseId", zone).when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("园区丙"));
        given().auth().oauth2(devzone).queryParam("enterpriseId", outside).when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(devzone).queryParam("inDevZone", "false").when().get("/api/v1/workers")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(devzone).when().get("/api/v1/workers/" + in.id()).then().statusCode(200).body("name", equalTo("园区丙"));
        long denied = fx.events("SCOPE_DENIED", "devzone-staff");
        given().auth().oauth2(devzone).when().get("/api/v1/workers/" + out.id()).then().statusCode(404);
        assertThat(fx.events("SCOPE_DENIED", "devzone-staff")).isEqualTo(denied + 1);
        // the export is the zone's only
        String csv = new String(given().auth().oauth2(devzone).queryParam("format", "csv").queryParam("q", "园")
                .when().get("/api/v1/workers/export").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("园区丙").doesNotContain("园外丁");
    }

    @Test
    void aDepartmentReadsTheWorkersLinkedToItsOwnRecords() {
        long e = fx.enterprise("攻击六关联企业", false);
        Person trainee = fx.worker("学员戊", e, LocalDate.of(1992, 7, 7));
        Person entrant = fx.worker("选手己", e, LocalDate.of(1993, 8, 8));
        Person systemTrainee = fx.worker("系统学员庚", e, LocalDate.of(1994, 9, 9));
        fx.application("hrss", e, trainee.id(), "hrss-reviewer");
        fx.application("hrss", e, systemTrainee.id(), "service-account-hr-system");
        long contest = fx.contest("scitech", LocalDate.now().plusDays(10));
        fx.entrant(contest, entrant.id(), e);

        String hrssApprover = KeycloakTokens.password("hrss-approver");
        for (String path : new String[] { "", "/employments", "/history", "/political-posts" }) {
            given().auth().oauth2(hrssApprover).when().get("/api/v1/workers/" + trainee.id() + path).then().statusCode(200);
        }
        given().auth().oauth2(hrssApprover).when().get("/api/v1/workers/" + trainee.id())
                .then().body("masked", equalTo(true)).body("age", org.hamcrest.Matchers.nullValue());
        // hrss's trainee is not scitech's; scitech's entrant is not hrss's
        given().auth().oauth2(hrssApprover).when().get("/api/v1/workers/" + entrant.id()).then().statusCode(404);
        String scitech = KeycloakTokens.password("scitech-staff");
        given().auth().oauth2(scitech).when().get("/api/v1/workers/" + entrant.id()).then().statusCode(200).body("name", equalTo("选手己"));
        given().auth().oauth2(scitech).when().get("/api/v1/workers/" + trainee.id()).then().statusCode(404);
        // a service account reads the trainees of the applications it entered, not its department's others
        String system = hrSystem();
        given().auth().oauth2(system).when().get("/api/v1/workers/" + systemTrainee.id()).then().statusCode(200);
        given().auth().oauth2(system).when().get("/api/v1/workers/" + trainee.id()).then().statusCode(404);
        // every department finds people through the minimal lookup
        given().auth().oauth2(system).queryParam("name", "学员戊").queryParam("enterpriseId", e).when().get("/api/v1/workers/lookup")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("学员戊"));
    }

    @Test
    void theLeadUnitReadsAndEditsAll() {
        long outside = fx.enterprise("攻击六牵头企业", false);
        Person p = fx.worker("牵头辛", outside, LocalDate.of(1980, 1, 1));
        String lead = KeycloakTokens.password("federation-lead");
        given().auth().oauth2(lead).queryParam("size", 5).when().get("/api/v1/workers").then().statusCode(200).body("total", greaterThanOrEqualTo(1));
        given().auth().oauth2(lead).queryParam("format", "csv").queryParam("enterpriseId", outside).when().get("/api/v1/workers/export")
                .then().statusCode(200);
        var read = given().auth().oauth2(lead).when().get("/api/v1/workers/" + p.id()).then().statusCode(200).extract().jsonPath();
        Map<String, Object> change = new HashMap<>(Map.of("idNumber", read.getString("idNumber"), "name", "牵头辛(改)", "education", "SENIOR_HIGH",
                "monthlyWage", 4100, "skillLevel", "SENIOR", "agriculturalHukou", true, "fromOutside", false, "unionMember", true, "partyMember", false,
                "version", read.getLong("version")));
        change.put("enterpriseId", outside);
        given().auth().oauth2(lead).contentType("application/json").body(change).when().put("/api/v1/workers/" + p.id())
                .then().statusCode(200).body("name", equalTo("牵头辛(改)"));
    }

    @Test
    void theProfileSaysHowMuchOfTheRegistryTheCallerReads() {
        given().auth().oauth2(KeycloakTokens.password("federation-lead")).when().get("/api/v1/me")
                .then().statusCode(200).body("registryScope", equalTo("ALL")).body("registryEditor", equalTo(true));
        given().auth().oauth2(KeycloakTokens.password("devzone-staff")).when().get("/api/v1/me")
                .then().statusCode(200).body("registryScope", equalTo("DEV_ZONE")).body("registryEditor", equalTo(false));
        given().auth().oauth2(KeycloakTokens.password("publicity-staff")).when().get("/api/v1/me")
                .then().statusCode(200).body("registryScope", equalTo("LINKED"));
        given().auth().oauth2(hrSystem()).when().get("/api/v1/me").then().statusCode(200).body("registryScope", equalTo("LINKED"));
        given().auth().oauth2(KeycloakTokens.password("analyst")).when().get("/api/v1/me")
                .then().statusCode(200).body("registryScope", org.hamcrest.Matchers.nullValue());
    }
}
