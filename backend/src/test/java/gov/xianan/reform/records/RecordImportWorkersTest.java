package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A record import names workers by ID number. Matching a typed ID number against the registry
 * tells whether that person is registered, which is a search by what the mask hides. So only a
 * {@code pii-reader} may upload a file with a worker column. Anyone else gets a 400 that names
 * the column and never a value, logged as a scope denial, and no job is created. Their template
 * leaves out the optional worker columns.
 */
@QuarkusTest
@Tag("keycloak")
class RecordImportWorkersTest {

    private static final String STORIES = "/api/v1/records/model-worker-stories";
    private static final String PARTY = "/api/v1/records/party-member-development";

    @Inject
    Db db;

    private long denials(String actor) {
        return db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = ?", actor);
    }

    private long jobs(String actor) {
        return db.count("select count(*) from import_job where created_by = ?", actor);
    }

    /** The ID number of a new registry worker. */
    private String registeredIdNumber() {
        long worker = RecordFixtures.worker("导入关联工人", RecordFixtures.enterprise("导入关联企业").getKey(), false);
        return db.string("select id_number from worker where id = ?", worker);
    }

    private static String template(String user, String url) {
        return new String(as(user).when().get(url + "/import-template?format=csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }

    @Test
    void theTemplateOfACallerWithoutPiiReaderLeavesOutTheOptionalWorkerColumn() {
        assertThat(template("publicity-staff", STORIES)).doesNotContain("宣传对象").contains("题目*");
        assertThat(template("federation-lead", STORIES)).contains("宣传对象").contains("题目*");
        assertThat(template("federation-staff", PARTY)).as("a required worker column stays").contains("工人*");
    }

    @Test
    void aFileNamingWorkersIsRefusedWithoutPiiReaderAndTheRefusalIsLogged() {
        String idNumber = registeredIdNumber();
        String csv = "题目*,媒体*,日期*,宣传对象\n身边的工匠,区融媒体中心,2020-05-01," + idNumber + "\n";
        long denied = denials("publicity-staff");
        long created = jobs("publicity-staff");
        String detail = as("publicity-staff").multiPart("file", "stories.csv", csv.getBytes(StandardCharsets.UTF_8)).when().post(STORIES + "/imports")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("宣传对象"))
                .body("errors[0].message", containsString("敏感信息查看")).extract().asString();
        assertThat(detail).doesNotContain(idNumber);
        assertThat(denials("publicity-staff")).isEqualTo(denied + 1);
        assertThat(jobs("publicity-staff")).as("no job").isEqualTo(created);

        // the party-member development's worker column is required: a registry editor without pii-reader cannot import it
        as("federation-staff").multiPart("file", "party.csv", ("工人*,阶段*,日期*\n" + idNumber + ",入党积极分子,2020-05-01\n").getBytes(StandardCharsets.UTF_8))
                .when().post(PARTY + "/imports").then().statusCode(400).body("errors[0].message", containsString("工人"))
                .body("errors[0].message", not(containsString(idNumber)));
    }

    @Test
    void aPiiReaderNamesWorkersByIdNumber() {
        String idNumber = registeredIdNumber();
        String csv = "工人*,阶段*,日期*\n" + idNumber + ",入党积极分子,2020-05-01\n" + "420000190001010000,入党积极分子,2020-05-01\n";
        long id = as("federation-lead").multiPart("file", "party.csv", csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", true)
                .when().post(PARTY + "/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> List.of("VALIDATED", "FAILED")
                .contains(as("federation-lead").when().get("/api/v1/imports/" + id).then().statusCode(200).extract().path("status")));
        JsonPath job = as("federation-lead").when().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(job.getString("status")).isEqualTo("VALIDATED");
        assertThat(job.getInt("rowsRead")).isEqualTo(2);
        assertThat(job.getInt("rowsValid")).as("the registered worker's row").isEqualTo(1);
        as("federation-lead").when().get("/api/v1/imports/" + id + "/errors").then().statusCode(200)
                .body("items[0].row", equalTo(3)).body("items[0].column", equalTo("工人"));
    }
}
