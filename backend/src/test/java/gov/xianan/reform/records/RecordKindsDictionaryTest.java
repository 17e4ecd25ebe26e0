package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The record kinds are admin dictionaries: a code the admin adds is valid and labelled at once,
 * a deactivated one is refused for new values but still labels old records, and the codes with
 * behaviour (预备党员, 正式党员, 已验收) cannot be deactivated.
 */
@QuarkusTest
@Tag("keycloak")
class RecordKindsDictionaryTest {

    @Inject
    Db db;

    @Test
    void theAdminExtendsAKindAndTheRecordsFollow() {
        String code = "PEOPLES_DAILY_" + System.nanoTime() % 100000;
        as("admin").contentType("application/json").body(Map.of("code", code, "labelZh", "人民日报" + code.substring(14), "labelEn", "People's Daily", "sortOrder", 35))
                .when().post("/api/v1/dictionaries/story_outlet/items").then().statusCode(201);
        as("publicity-staff").when().get("/api/v1/records/types").then().statusCode(200)
                .body("find { it.code == 'model-worker-stories' }.kinds.story_outlet.code", hasItem(code));

        Map<String, Object> f = new HashMap<>(Map.of("title", "新媒体报道", "outlet", code, "date", "2038-01-05"));
        long id = as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(201).body("display.outlet", equalTo("人民日报" + code.substring(14))).extract().jsonPath().getLong("id");

        // deactivated: no longer offered or accepted, still the label of the old record
        as("admin").when().post("/api/v1/dictionaries/story_outlet/items/" + code + "/deactivate").then().statusCode(200);
        as("publicity-staff").when().get("/api/v1/records/types").then().statusCode(200)
                .body("find { it.code == 'model-worker-stories' }.kinds.story_outlet.code", not(hasItem(code)));
        as("publicity-staff").contentType("application/json").body(Map.of("fields", f)).when().post("/api/v1/records/model-worker-stories")
                .then().statusCode(400).body("errors.field", hasItem("fields.outlet"));
        as("publicity-staff").when().get("/api/v1/records/model-worker-stories/" + id).then().statusCode(200)
                .body("display.outlet", equalTo("人民日报" + code.substring(14)));
    }

    @Test
    void theCodesWithBehaviourAreMarkedAndStay() {
        assertThat(db.count("select count(*) from dictionary_item where behavioural and (kind, code) in "
                + "(('party_stage', 'PROBATIONARY'), ('party_stage', 'FULL'), ('demo_site_status', 'ACCEPTED'))")).isEqualTo(3);
        assertThat(db.count("select count(*) from dictionary_item where behavioural and kind in ('story_outlet', 'dispute_kind', "
                + "'dispute_channel', 'dispute_outcome', 'publicity_session_kind', 'school_level', 'demo_site_level')")).isZero();
        as("admin").when().post("/api/v1/dictionaries/party_stage/items/PROBATIONARY/deactivate").then().statusCode(409)
                .body("type", equalTo("/problems/behavioural-dictionary-item"));
        // every kind field of every type reads an open dictionary with items
        assertThat(db.count("select count(*) from dictionary_kind where open and kind in ('publicity_session_kind', 'demo_site_level', "
                + "'demo_site_status', 'school_level', 'story_outlet', 'party_stage', 'dispute_kind', 'dispute_channel', 'dispute_outcome')")).isEqualTo(9);
    }
}
