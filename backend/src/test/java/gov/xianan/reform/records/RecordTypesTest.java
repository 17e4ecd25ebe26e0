package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The record types after publicity sessions, each on the shared foundation: its owner writes,
 * others may not, its cross-field rules are problems, its rows are as sent, its indicator moves.
 */
@QuarkusTest
@Tag("keycloak")
class RecordTypesTest {

    @Inject
    Db db;

    private static JsonPath post(String user, String type, Map<String, Object> fields, int status) {
        return as(user).contentType("application/json").body(Map.of("fields", fields)).when().post("/api/v1/records/" + type)
                .then().statusCode(status).extract().jsonPath();
    }

    private static float indicator(String code, int year) {
        return as("federation-lead").when().get("/api/v1/indicators?year=" + year).then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == '" + code + "' }.value");
    }

    @Test
    void learningEnrolmentsArePublicitysAndCountWorkers() {
        long enterprise = RecordFixtures.enterprise("学习企业").getKey();
        float before = indicator("records.learning-enrolled", 2032);
        Map<String, Object> f = Map.of("enterpriseId", enterprise, "date", "2032-03-01", "enrolled", 45);
        JsonPath r = post("publicity-staff", "learning-enrolments", f, 201);
        assertThat(r.getString("display.enterpriseId")).startsWith("学习企业");
        assertThat(db.count("select enterprise_id from department_record where id = ?", r.getLong("id"))).isEqualTo(enterprise);
        assertThat(indicator("records.learning-enrolled", 2032)).isEqualTo(before + 45);
        post("education-staff", "learning-enrolments", f, 403);
        post("publicity-staff", "learning-enrolments", Map.of("enterpriseId", enterprise, "date", "2032-03-01", "enrolled", 0), 400);
    }

    @Test
    void learningEnrolmentsMayNameRegistryWorkersWhoseNumberIsTheCount() {
        long enterprise = RecordFixtures.enterprise("学习企业乙").getKey();
        long a = RecordFixtures.worker("学员甲", enterprise, false);
        long b = RecordFixtures.worker("学员乙", enterprise, false);
        Map<String, Object> f = new HashMap<>(Map.of("enterpriseId", enterprise, "date", "2032-04-01", "enrolled", 3, "workerIds", java.util.List.of(a, b)));
        as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/learning-enrolments")
                .then().statusCode(400).body("errors.field", hasItem("fields.enrolled"));
        f.put("enrolled", 2);
        JsonPath r = post("publicity-staff", "learning-enrolments", f, 201);
        assertThat(r.getString("display.workerIds")).isEqualTo("学员甲、学员乙");
        assertThat(db.string("select fields ->> 'workerIds' from department_record where id = ?", r.getLong("id"))).isEqualTo("[" + a + ", " + b + "]");
        // an unknown worker is named as the field's problem
        f.put("workerIds", java.util.List.of(a, 987_654_321L));
        as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/learning-enrolments")
                .then().statusCode(400).body("errors.field", hasItem("fields.workerIds"));
    }

    @Test
    void enterpriseVisitsAreAnyDepartmentsEachOwningItsOwn() {
        long enterprise = RecordFixtures.enterprise("包保企业").getKey();
        Map<String, Object> f = new HashMap<>(Map.of("leader", "张华", "enterpriseId", enterprise, "date", "2020-06-01", "issuesRaised", 3, "issuesSettled", 2));
        long scitech = post("scitech-staff", "enterprise-visits", f, 201).getLong("id");
        long hrss = post("hrss-staff", "enterprise-visits", f, 201).getLong("id");
        assertThat(db.string("select d.code from department_record r join department d on d.id = r.owner_department_id where r.id = ?", scitech)).isEqualTo("scitech");
        // each reads its own, not the other's; the lead unit reads both
        as("scitech-staff").when().get("/api/v1/records/enterprise-visits?enterpriseId=" + enterprise).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) scitech));
        as("scitech-staff").when().get("/api/v1/records/enterprise-visits/" + hrss).then().statusCode(404);
        as("federation-lead").when().get("/api/v1/records/enterprise-visits?enterpriseId=" + enterprise).then().statusCode(200).body("total", equalTo(2));
        // settled cannot exceed raised
        f.put("issuesSettled", 4);
        as("scitech-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/enterprise-visits")
                .then().statusCode(400).body("errors.field", hasItem("fields.issuesSettled"));
    }

    @Test
    void unionDemoSitesAreTheFederationsWithAcceptanceRules() {
        long enterprise = RecordFixtures.enterprise("示范点企业").getKey();
        Map<String, Object> f = new HashMap<>(Map.of("enterpriseId", enterprise, "level", "区级", "startedOn", "2020-03-01", "status", "BUILDING"));
        // a kind by its Chinese label is stored as its code
        long id = post("federation-staff", "union-demo-sites", f, 201).getLong("id");
        assertThat(db.string("select fields ->> 'level' from department_record where id = ?", id)).isEqualTo("DISTRICT");
        post("publicity-staff", "union-demo-sites", f, 403);
        f.put("acceptedOn", "2020-01-01");
        as("federation-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/union-demo-sites")
                .then().statusCode(400).body("errors.field", hasItem("fields.acceptedOn")).body("errors.field", hasItem("fields.acceptedBy"));
    }

    @Test
    void childSchoolingIsEducationsDatedBySchoolYear() {
        float before = indicator("records.children-placed", 2033);
        Map<String, Object> f = new HashMap<>(Map.of("schoolYear", 2033, "school", "测试小学", "level", "PRIMARY", "placed", 120, "ofRegistered", 90));
        long id = post("education-staff", "child-schooling", f, 201).getLong("id");
        assertThat(db.string("select record_date::text from department_record where id = ?", id)).isEqualTo("2033-09-01");
        assertThat(indicator("records.children-placed", 2033)).isEqualTo(before + 120);
        post("hrss-staff", "child-schooling", f, 403);
        f.put("ofRegistered", 121);
        as("education-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/child-schooling")
                .then().statusCode(400).body("errors.field", hasItem("fields.ofRegistered"));
    }
}
