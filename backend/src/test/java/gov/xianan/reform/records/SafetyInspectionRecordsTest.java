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

/** 安全生产检查: scitech's inspections; fixed ≤ found, deadline not before the inspection, scope, indicators, export. */
@QuarkusTest
@Tag("keycloak")
class SafetyInspectionRecordsTest {

    @Inject
    Db db;

    private static JsonPath indicators(int year) {
        return as("federation-lead").when().get("/api/v1/indicators?year=" + year).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void scitechRecordsInspectionsAndTheHazardsFixed() {
        long enterprise = RecordFixtures.enterprise("安检企业").getKey();
        JsonPath before = indicators(2036);
        Map<String, Object> f = new HashMap<>(Map.of("enterpriseId", enterprise, "date", "2036-05-10", "inspectingBody", "第三方安评公司",
                "hazardsFound", 6, "hazardsFixed", 4, "fixDeadline", "2036-06-10", "followUp", "剩余2处隐患限期整改,6月复查"));
        long id = as("scitech-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/safety-inspections")
                .then().statusCode(201).body("display.enterpriseId", org.hamcrest.Matchers.startsWith("安检企业")).extract().jsonPath().getLong("id");
        assertThat(db.string("select fields ->> 'inspectingBody' from department_record where id = ?", id)).isEqualTo("第三方安评公司");
        JsonPath after = indicators(2036);
        assertThat(after.getFloat("find { it.code == 'records.safety-inspections' }.value"))
                .isEqualTo(before.getFloat("find { it.code == 'records.safety-inspections' }.value") + 1);
        assertThat(after.getFloat("find { it.code == 'records.hazards-fixed' }.value"))
                .isEqualTo(before.getFloat("find { it.code == 'records.hazards-fixed' }.value") + 4);

        f.put("hazardsFixed", 7);
        f.put("fixDeadline", "2036-05-01");
        as("scitech-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/safety-inspections")
                .then().statusCode(400).body("errors.field", hasItem("fields.hazardsFixed")).body("errors.field", hasItem("fields.fixDeadline"));
        f.put("hazardsFixed", 1);
        f.put("fixDeadline", "2036-06-01");
        as("hrss-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/safety-inspections")
                .then().statusCode(403);
        as("hrss-staff").when().get("/api/v1/records/safety-inspections/" + id).then().statusCode(404);
        as("federation-lead").when().get("/api/v1/records/safety-inspections?enterpriseId=" + enterprise).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].display.hazardsFound", equalTo("6"));
        String csv = as("scitech-staff").when().get("/api/v1/records/safety-inspections/export?format=csv&enterpriseId=" + enterprise)
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains("检查单位").contains("第三方安评公司");
    }
}
