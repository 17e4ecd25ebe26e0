package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The department-record foundation through its first type, publicity sessions (宣讲): create, read,
 * list with filters and paging, edit with version, history, scope (owner writes, lead unit reads
 * all, a department assigned to the linked task reads it, others neither see nor change it),
 * problem+json for bad input, the export and its audit, and the live indicator. Real Keycloak
 * tokens of the demo users.
 */
@QuarkusTest
@Tag("keycloak")
class PublicitySessionRecordsTest {

    private static final String URL = "/api/v1/records/publicity-sessions";

    @Inject
    Db db;

    private static Map<String, Object> session(long enterpriseId, String date, String kind, int audience) {
        Map<String, Object> f = new HashMap<>();
        f.put("date", date);
        f.put("kind", kind);
        f.put("title", "学习新时期产业工人队伍建设改革方案");
        f.put("place", "开发区职工之家");
        f.put("enterpriseIds", List.of(enterpriseId));
        f.put("audience", audience);
        f.put("speaker", "李明");
        return f;
    }

    private static JsonPath create(Map<String, Object> fields, Long taskId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fields", fields);
        body.put("taskId", taskId);
        return as("publicity-staff").contentType("application/json").body(body).when().post(URL)
                .then().statusCode(201).header("Location", startsWith("http")).extract().jsonPath();
    }

    @Test
    void theOwnerDepartmentCreatesReadsAndChangesASession() {
        var enterprise = RecordFixtures.enterprise("宣讲企业");
        JsonPath created = create(session(enterprise.getKey(), "2020-05-12", "THEORY", 80), null);
        long id = created.getLong("id");
        assertThat(created.getString("ownerDepartment")).isEqualTo("publicity");
        assertThat(created.getString("date")).isEqualTo("2020-05-12");
        assertThat(created.getString("fields.kind")).isEqualTo("THEORY");
        assertThat(created.getString("display.kind")).isEqualTo("理论宣讲");
        assertThat(created.getString("display.enterpriseIds")).startsWith("宣讲企业");
        assertThat(created.getString("createdBy")).isEqualTo("publicity-staff");
        assertThat(created.getString("createdByName")).isEqualTo("陈静");
        assertThat(created.getBoolean("editable")).isTrue();
        assertThat(db.string("select owner_department_id || ':' || record_date || ':' || enterprise_id || ':' || (fields ->> 'audience') from department_record where id = ?", id))
                .isEqualTo(db.count("select id from department where code = 'publicity'") + ":2020-05-12:" + enterprise.getKey() + ":80");

        as("publicity-staff").when().get(URL + "/" + id).then().statusCode(200).body("fields.speaker", equalTo("李明"));

        Map<String, Object> changed = session(enterprise.getKey(), "2020-05-13", "PUBLIC", 95);
        as("publicity-staff").contentType("application/json").body(Map.of("fields", changed, "version", created.getLong("version")))
                .when().put(URL + "/" + id).then().statusCode(200)
                .body("display.kind", equalTo("百姓宣讲")).body("fields.audience", equalTo(95)).body("version", equalTo((int) created.getLong("version") + 1));
        assertThat(db.string("select record_date::text from department_record where id = ?", id)).isEqualTo("2020-05-13");

        // a stale version: 409 problem, nothing changed
        as("publicity-staff").contentType("application/json").body(Map.of("fields", session(enterprise.getKey(), "2020-06-01", "THEORY", 10), "version", created.getLong("version")))
                .when().put(URL + "/" + id).then().statusCode(409).contentType("application/problem+json").body("type", equalTo("/problems/stale-version"));
        assertThat(db.string("select fields ->> 'audience' from department_record where id = ?", id)).isEqualTo("95");

        // the history: created, then changed, by label
        as("publicity-staff").when().get(URL + "/" + id + "/history").then().statusCode(200)
                .body("type", contains("CREATED", "UPDATED"))
                .body("[0].actor", equalTo("publicity-staff"))
                .body("[1].changes.find { it.field == 'kind' }.before", equalTo("理论宣讲"))
                .body("[1].changes.find { it.field == 'kind' }.after", equalTo("百姓宣讲"));
    }

    @Test
    void badInputIsAProblemListingEveryFieldAndWritesNothing() {
        long before = db.count("select count(*) from department_record");
        Map<String, Object> bad = new HashMap<>();
        bad.put("date", "2020-13-01");
        bad.put("kind", "LECTURE");
        bad.put("title", "");
        bad.put("place", "x".repeat(201));
        bad.put("enterpriseIds", List.of(987654321));
        bad.put("audience", -3);
        bad.put("colour", "red");
        as("publicity-staff").contentType("application/json").body(Map.of("fields", bad)).when().post(URL)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("fields.date")).body("errors.field", hasItem("fields.kind"))
                .body("errors.field", hasItem("fields.title")).body("errors.field", hasItem("fields.place"))
                .body("errors.field", hasItem("fields.enterpriseIds")).body("errors.field", hasItem("fields.audience"))
                .body("errors.field", hasItem("fields.speaker")).body("errors.field", hasItem("fields.colour"));
        as("publicity-staff").contentType("application/json").body("{").when().post(URL).then().statusCode(400).contentType("application/problem+json");
        as("publicity-staff").when().get("/api/v1/records/no-such-records").then().statusCode(404).contentType("application/problem+json");
        as("publicity-staff").when().get(URL + "?year=20x0").then().statusCode(400).contentType("application/problem+json");
        as("publicity-staff").when().get(URL + "?kind=LECTURE").then().statusCode(400).contentType("application/problem+json");
        assertThat(db.count("select count(*) from department_record")).isEqualTo(before);
    }

    @Test
    void scopeOwnerWritesLeadReadsAllAssignedReadAndOthersSeeNothing() {
        var enterprise = RecordFixtures.enterprise("范围企业");
        long task = RecordFixtures.task(db, "publicity", "devzone");
        long linked = create(session(enterprise.getKey(), "2020-03-02", "THEORY", 40), task).getLong("id");
        long unlinked = create(session(enterprise.getKey(), "2020-03-03", "PUBLIC", 50), null).getLong("id");
        long denials = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_type = 'department_record'");

        // the lead unit reads all, but does not change another department's record
        as("federation-lead").when().get(URL + "?enterpriseId=" + enterprise.getKey()).then().statusCode(200)
                .body("total", equalTo(2)).body("items[0].editable", equalTo(false));
        as("federation-lead").contentType("application/json").body(Map.of("fields", session(enterprise.getKey(), "2020-03-03", "PUBLIC", 1), "version", 0))
                .when().put(URL + "/" + unlinked).then().statusCode(403).contentType("application/problem+json");

        // devzone co-operates on the linked task: reads that record only, cannot change it
        as("devzone-staff").when().get(URL + "?enterpriseId=" + enterprise.getKey()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo((int) linked)).body("items[0].taskId", equalTo((int) task));
        as("devzone-staff").when().get(URL + "/" + linked).then().statusCode(200);
        as("devzone-staff").when().get(URL + "/" + unlinked).then().statusCode(404).contentType("application/problem+json");
        as("devzone-staff").contentType("application/json").body(Map.of("fields", session(enterprise.getKey(), "2020-03-02", "THEORY", 1), "version", 0))
                .when().put(URL + "/" + linked).then().statusCode(403);

        // another department sees neither, and may not create one
        as("scitech-staff").when().get(URL + "?enterpriseId=" + enterprise.getKey()).then().statusCode(200).body("total", equalTo(0));
        as("scitech-staff").when().get(URL + "/" + linked).then().statusCode(404);
        as("scitech-staff").when().get(URL + "/" + linked + "/history").then().statusCode(404);
        as("hrss-staff").contentType("application/json").body(Map.of("fields", session(enterprise.getKey(), "2020-03-02", "THEORY", 1)))
                .when().post(URL).then().statusCode(403).contentType("application/problem+json");
        // the analyst has no access to department records at all
        as("analyst").when().get(URL).then().statusCode(403);

        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_type = 'department_record'"))
                .isEqualTo(denials + 6); // the lead's and devzone's edits, devzone's and scitech's reads, scitech's history, hrss's create
        assertThat(db.string("select fields ->> 'audience' from department_record where id = ?", unlinked)).isEqualTo("50");

        // linking to a task the owner department is not assigned to is refused
        long other = RecordFixtures.task(db, "education", null);
        as("publicity-staff").contentType("application/json").body(Map.of("fields", session(enterprise.getKey(), "2020-03-02", "THEORY", 1), "taskId", other))
                .when().post(URL).then().statusCode(400).body("errors.field", hasItem("taskId"));
    }

    @Test
    void listFiltersAndPages() {
        var enterprise = RecordFixtures.enterprise("筛选企业");
        create(session(enterprise.getKey(), "2019-11-30", "THEORY", 10), null);
        create(session(enterprise.getKey(), "2020-01-15", "PUBLIC", 20), null);
        create(session(enterprise.getKey(), "2020-02-15", "THEORY", 30), null);
        String base = URL + "?enterpriseId=" + enterprise.getKey();
        as("publicity-staff").when().get(base + "&year=2020").then().statusCode(200).body("total", equalTo(2))
                .body("items.date", contains("2020-02-15", "2020-01-15"));
        as("publicity-staff").when().get(base + "&kind=理论宣讲").then().statusCode(200).body("total", equalTo(2));
        as("publicity-staff").when().get(base + "&from=2020-01-01&to=2020-01-31").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].fields.audience", equalTo(20));
        as("publicity-staff").when().get(base + "&size=2&page=1&sort=date").then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2)).body("items.date", contains("2020-02-15"));
        as("publicity-staff").when().get(base + "&sort=audience").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theExportIsTheReadableListByLabelAndAudited() throws Exception {
        var enterprise = RecordFixtures.enterprise("导出企业");
        create(session(enterprise.getKey(), "2020-07-01", "THEORY", 66), null);
        Map<String, Object> formula = session(enterprise.getKey(), "2020-07-02", "PUBLIC", 77);
        formula.put("title", "=HYPERLINK(\"http://x\")");
        create(formula, null);
        long started = db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'department_record'");

        String csv = new String(as("publicity-staff").when().get(URL + "/export?format=csv&enterpriseId=" + enterprise.getKey())
                .then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("日期,类型,题目,地点,企业,听众人数,宣讲人,登记部门");
        assertThat(csv).contains("2020-07-01,理论宣讲,学习新时期产业工人队伍建设改革方案,开发区职工之家,导出企业");
        assertThat(csv).contains("'=HYPERLINK"); // neutralised against formula injection
        assertThat(csv.lines().count()).isEqualTo(3);

        byte[] xlsx = as("federation-lead").when().get(URL + "/export?enterpriseId=" + enterprise.getKey()).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(66.0);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("区委宣传部");
        }
        // another department exports nothing of it
        String other = new String(as("scitech-staff").when().get(URL + "/export?format=csv&enterpriseId=" + enterprise.getKey())
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(other.lines().count()).isEqualTo(1);

        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'department_record'")).isEqualTo(started + 3);
        assertThat(db.string("select detail from audit_event where action = 'EXPORT_FINISHED' and entity_type = 'department_record' and actor = 'federation-lead' order by id desc limit 1"))
                .contains("2");
        as("publicity-staff").when().get(URL + "/export?format=pdf").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theIndicatorCountsTheYearsSessionsForTasks() {
        var enterprise = RecordFixtures.enterprise("指标企业");
        int year = 2031; // a year no other test writes
        JsonPath before = as("federation-lead").when().get("/api/v1/indicators?year=" + year).then().statusCode(200).extract().jsonPath();
        assertThat(before.getList("code")).contains("records.publicity-sessions", "records.publicity-audience", "records.learning-enrolled",
                "records.enterprise-visits", "records.union-demo-sites", "records.children-placed");
        float sessions = before.getFloat("find { it.code == 'records.publicity-sessions' }.value");
        create(session(enterprise.getKey(), year + "-04-01", "THEORY", 25), null);
        create(session(enterprise.getKey(), year + "-05-01", "PUBLIC", 35), null);
        JsonPath after = as("federation-lead").when().get("/api/v1/indicators?year=" + year).then().statusCode(200).extract().jsonPath();
        assertThat(after.getFloat("find { it.code == 'records.publicity-sessions' }.value")).isEqualTo(sessions + 2);
        assertThat(after.getString("find { it.code == 'records.publicity-sessions' }.unit")).isEqualTo("场");
        assertThat(after.getFloat("find { it.code == 'records.publicity-audience' }.value"))
                .isEqualTo(before.getFloat("find { it.code == 'records.publicity-audience' }.value") + 60);
    }

    @Test
    void theTypesSayWhoWritesThem() {
        as("publicity-staff").when().get("/api/v1/records/types").then().statusCode(200)
                .body("find { it.code == 'publicity-sessions' }.creatable", equalTo(true))
                .body("find { it.code == 'publicity-sessions' }.owners", contains("publicity"))
                .body("find { it.code == 'publicity-sessions' }.fields.label", hasItem("听众人数"))
                .body("find { it.code == 'publicity-sessions' }.kinds.publicity_session_kind.label", contains("理论宣讲", "百姓宣讲"))
                .body("find { it.code == 'union-demo-sites' }.creatable", equalTo(false))
                .body("find { it.code == 'enterprise-visits' }.creatable", equalTo(true));
        as("federation-lead").when().get("/api/v1/records/types").then().statusCode(200)
                .body("find { it.code == 'publicity-sessions' }.creatable", equalTo(false))
                .body("find { it.code == 'union-demo-sites' }.creatable", equalTo(true));
    }
}
