package gov.xianan.reform.dictionaries;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/** The dictionary: read by everyone with an ETag, maintained by the admin, behavioural items protected, coded fields validated. */
@QuarkusTest
class DictionaryResourceTest {

    @Inject
    Db db;

    @AfterEach
    void removeAddedItems() {
        db.execute("delete from enterprise where industry_code = 'new-energy'");
        db.execute("delete from dictionary_item_aud where code = 'new-energy'");
        db.execute("delete from dictionary_item where code = 'new-energy'");
        db.execute("delete from industry where code = 'new-energy'");
        db.execute("update dictionary_item set label_zh = '生物医药', label_en = 'Biomedicine', sort_order = 60, active = true where kind = 'industry' and code = 'biomedicine'");
        db.execute("update dictionary_item set label_zh = '女', label_en = 'Female', active = true where kind = 'gender' and code = 'FEMALE'");
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    void everyoneReadsAllDictionariesWithLabelsAndAnETag() {
        var response = given().when().get("/api/v1/dictionaries").then().statusCode(200)
                .body("kinds.kind", hasItems("industry", "gender", "education", "skill_level", "ownership", "enterprise_size",
                        "programme_kind", "honour_category", "post_type", "task_status", "audit_action", "record_kind", "client"))
                .body("kinds.find { it.kind == 'gender' }.items.find { it.code == 'FEMALE' }.labelZh", equalTo("女"))
                .body("kinds.find { it.kind == 'industry' }.items.find { it.code == 'biomedicine' }.labelZh", equalTo("生物医药"))
                .body("kinds.find { it.kind == 'ownership' }.items.find { it.code == 'NON_PUBLIC' }.labelEn", equalTo("Non-public"))
                .body("kinds.find { it.kind == 'client' }.items.find { it.code == 'hr-system' }.labelZh", equalTo("区人社局人事系统"))
                .body("kinds.find { it.kind == 'system_actor' }.items.find { it.code == 'system:demo-data' }.labelZh", equalTo("系统（演示数据）"))
                .body("kinds.find { it.kind == 'gender' }.items.find { it.code == 'FEMALE' }.behavioural", equalTo(true))
                .body("kinds.find { it.kind == 'industry' }.items.find { it.code == 'biomedicine' }.behavioural", equalTo(false))
                .extract();
        String etag = response.header("ETag");
        assertThat(etag).startsWith("\"dict-");
        given().header("If-None-Match", etag).when().get("/api/v1/dictionaries").then().statusCode(304);
        given().when().get("/api/v1/dictionaries/skill_level").then().statusCode(200)
                .body("labelZh", equalTo("技能等级"))
                .body("items.code", org.hamcrest.Matchers.contains("NONE", "JUNIOR", "INTERMEDIATE", "SENIOR", "TECHNICIAN", "SENIOR_TECHNICIAN"))
                .body("items[0].labelZh", equalTo("普工"));
        given().when().get("/api/v1/dictionaries/no_such_kind").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "registry-editor" })
    void onlyTheAdminMaintainsTheDictionary() {
        given().contentType("application/json").body(Map.of("code", "new-energy", "labelZh", "新能源", "labelEn", "New energy"))
                .when().post("/api/v1/dictionaries/industry/items").then().statusCode(403);
        given().when().post("/api/v1/dictionaries/industry/items/biomedicine/deactivate").then().statusCode(403);
        given().when().get("/api/v1/dictionaries/industry/items/biomedicine/history").then().statusCode(403);
        assertThat(db.count("select count(*) from dictionary_item where code = 'new-energy'")).isZero();
        assertThat(db.string("select active::text from dictionary_item where kind = 'industry' and code = 'biomedicine'")).isEqualTo("true");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "azp", value = "spa"),
            @Claim(key = "preferred_username", value = "admin"), @Claim(key = "family_name", value = "孙"), @Claim(key = "given_name", value = "立") })
    void adminAddsChangesAndDeactivatesAnIndustryWithHistory() {
        String etag = given().when().get("/api/v1/dictionaries").then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").body(Map.of("code", "new-energy", "labelZh", "新能源", "labelEn", "New energy", "sortOrder", 150))
                .when().post("/api/v1/dictionaries/industry/items")
                .then().statusCode(201).body("code", equalTo("new-energy")).body("active", equalTo(true)).body("version", equalTo(0));
        // the enterprises' industry table follows, so an enterprise can now carry it
        assertThat(db.string("select name from industry where code = 'new-energy'")).isEqualTo("新能源");
        // the dictionary changed: the old ETag no longer matches
        given().header("If-None-Match", etag).when().get("/api/v1/dictionaries").then().statusCode(200);
        given().when().get("/api/v1/industries").then().statusCode(200).body("code", hasItem("new-energy"));

        // the same code again is a conflict
        given().contentType("application/json").body(Map.of("code", "new-energy", "labelZh", "新能源2", "labelEn", "Dup"))
                .when().post("/api/v1/dictionaries/industry/items")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("code"));
        // a bad code is a 400 with the field named, and writes nothing
        given().contentType("application/json").body(Map.of("code", "新 能源", "labelZh", "x", "labelEn", "x"))
                .when().post("/api/v1/dictionaries/industry/items")
                .then().statusCode(400).body("errors.field", hasItem("code"));

        given().contentType("application/json")
                .body(Map.of("labelZh", "新能源产业", "labelEn", "New energy", "sortOrder", 150, "active", true, "version", 0))
                .when().put("/api/v1/dictionaries/industry/items/new-energy")
                .then().statusCode(200).body("labelZh", equalTo("新能源产业")).body("version", equalTo(1));
        // stale version: 409, nothing changed
        given().contentType("application/json")
                .body(Map.of("labelZh", "过期", "labelEn", "Stale", "sortOrder", 150, "active", true, "version", 0))
                .when().put("/api/v1/dictionaries/industry/items/new-energy")
                .then().statusCode(409).body("type", equalTo("/problems/stale-version"));
        assertThat(db.string("select label_zh from dictionary_item where code = 'new-energy'")).isEqualTo("新能源产业");
        assertThat(db.string("select name from industry where code = 'new-energy'")).isEqualTo("新能源产业");

        given().when().post("/api/v1/dictionaries/industry/items/new-energy/deactivate")
                .then().statusCode(200).body("active", equalTo(false));
        given().when().get("/api/v1/industries").then().statusCode(200).body("code", not(hasItem("new-energy")));

        JsonPath history = given().when().get("/api/v1/dictionaries/industry/items/new-energy/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("type")).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(history.getList("actor")).containsOnly("admin");
        assertThat(history.getList("actorName")).containsOnly("孙立");
        assertThat(history.getList("departmentName")).containsOnly("区总工会");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void behaviouralItemsKeepTheirCodesAndStayActive() {
        given().when().post("/api/v1/dictionaries/gender/items/FEMALE/deactivate")
                .then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/behavioural-dictionary-item"));
        given().contentType("application/json").body(Map.of("labelZh", "女", "labelEn", "Female", "sortOrder", 20, "active", false, "version", 0))
                .when().put("/api/v1/dictionaries/gender/items/FEMALE")
                .then().statusCode(409).body("type", equalTo("/problems/behavioural-dictionary-item"));
        // a closed kind takes no new codes
        given().contentType("application/json").body(Map.of("code", "OTHER", "labelZh", "其他", "labelEn", "Other"))
                .when().post("/api/v1/dictionaries/gender/items")
                .then().statusCode(409).body("type", equalTo("/problems/closed-dictionary"));
        assertThat(db.count("select count(*) from dictionary_item where kind = 'gender'")).isEqualTo(2);
        assertThat(db.string("select active::text from dictionary_item where kind = 'gender' and code = 'FEMALE'")).isEqualTo("true");
        // its label may change
        given().contentType("application/json").body(Map.of("labelZh", "女性", "labelEn", "Female", "sortOrder", 20, "active", true, "version", 0))
                .when().put("/api/v1/dictionaries/gender/items/FEMALE")
                .then().statusCode(200).body("labelZh", equalTo("女性"));
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation") })
    void anEnterpriseMustCarryAnActiveIndustry() {
        db.execute("update dictionary_item set active = false where kind = 'industry' and code = 'biomedicine'");
        given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", "停用行业测试企业", "industryCode", "biomedicine", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("industryCode"));
        assertThat(db.count("select count(*) from enterprise where name = '停用行业测试企业'")).isZero();
        given().contentType("application/json")
                .body(Map.of("creditCode", Ids.creditCode(), "name", "无此行业测试企业", "industryCode", "no-such-industry", "ownership", "NON_PUBLIC",
                        "size", "SMALL", "inDevZone", false, "hasUnion", true, "hasPartyOrg", false))
                .when().post("/api/v1/enterprises")
                .then().statusCode(400).body("errors[0].field", equalTo("industryCode"));
    }
}
