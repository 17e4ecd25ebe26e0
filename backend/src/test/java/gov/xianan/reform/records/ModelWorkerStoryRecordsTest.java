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

/** 典型宣传: publicity's stories, linked to a registry worker and an honour, shown by name; outlets from the dictionary. */
@QuarkusTest
@Tag("keycloak")
class ModelWorkerStoryRecordsTest {

    @Inject
    Db db;

    @Test
    void publicityRecordsStoriesAboutHonouredWorkers() {
        long enterprise = RecordFixtures.enterprise("典型企业").getKey();
        long worker = RecordFixtures.worker("典晓红", enterprise, false);
        long honour = as("federation-staff").contentType("application/json")
                .body(Map.of("kind", "INDIVIDUAL", "category", "MODEL_WORKER", "title", "湖北省劳动模范", "level", "PROVINCIAL", "year", 2037,
                        "issuer", "湖北省人民政府", "workerId", worker, "citation", "带领班组攻克关键工艺难题。"))
                .when().post("/api/v1/honours").then().statusCode(201).body("citation", equalTo("带领班组攻克关键工艺难题。"))
                .extract().jsonPath().getLong("id");
        float before = as("federation-lead").when().get("/api/v1/indicators?year=2037").then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == 'records.model-worker-stories' }.value");

        Map<String, Object> f = new HashMap<>(Map.of("title", "匠心筑梦:典晓红的创新路", "outlet", "咸宁日报", "date", "2037-05-01",
                "workerId", worker, "honourId", honour, "url", "https://example.org/story/1"));
        JsonPath r = as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(201).extract().jsonPath();
        assertThat(r.getString("fields.outlet")).isEqualTo("XIANNING_DAILY");
        assertThat(r.getString("display.workerId")).isEqualTo("典晓红");
        assertThat(r.getString("display.honourId")).contains("湖北省劳动模范").contains("典晓红");
        assertThat(as("federation-lead").when().get("/api/v1/indicators?year=2037").then().statusCode(200).extract().jsonPath()
                .getFloat("find { it.code == 'records.model-worker-stories' }.value")).isEqualTo(before + 1);
        as("publicity-staff").when().get("/api/v1/records/model-worker-stories?q=匠心筑梦").then().statusCode(200).body("total", equalTo(1));

        // an unknown honour, a bad link, another department
        f.put("honourId", 987_654_321L);
        f.put("url", "javascript:alert(1)");
        as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(400).body("errors.field", hasItem("fields.honourId"));
        f.remove("honourId");
        as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(400).body("errors.field", hasItem("fields.url"));
        f.put("url", "https://example.org/2");
        as("federation-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(403);
        // the honour's citation is kept and changed with the honour
        assertThat(db.string("select citation from honour where id = ?", honour)).isEqualTo("带领班组攻克关键工艺难题。");
    }
}
