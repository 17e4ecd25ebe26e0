package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Department-record imports through the workers' import pipeline: template from the type's
 * definition, dry run, all-or-nothing, the error list and marked workbook at /api/v1/imports,
 * records owned by the importing department with their history naming the uploader, and only an
 * owner department may import.
 */
@QuarkusTest
@Tag("keycloak")
class RecordImportTest {

    private static final String URL = "/api/v1/records/publicity-sessions";
    private static final String HEADER = "日期*,类型*,题目*,地点*,企业,听众人数*,宣讲人*\n";

    @Inject
    Db db;

    private static JsonPath upload(String user, String csv, boolean dryRun) {
        long id = as(user).multiPart("file", "sessions.csv", csv.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", dryRun)
                .when().post(URL + "/imports")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/")).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = as(user).when().get("/api/v1/imports/" + id).then().statusCode(200).extract().path("status");
            return List.of("VALIDATED", "SUCCEEDED", "FAILED").contains(status);
        });
        return as(user).when().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private long sessions(String speaker) {
        return db.count("select count(*) from department_record where record_type = 'publicity-sessions' and fields ->> 'speaker' = ?", speaker);
    }

    @Test
    void theTemplateHasTheTypesColumnsAndAKindDropDown() throws Exception {
        String csv = new String(as("publicity-staff").when().get(URL + "/import-template?format=csv").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv.strip()).isEqualTo("\uFEFF" + HEADER.strip());
        byte[] xlsx = as("publicity-staff").when().get(URL + "/import-template").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("类型*");
            assertThat(book.getSheetAt(0).getDataValidations()).hasSize(1);
            assertThat(book.getSheet("填写说明").getRow(2).getCell(1).getStringCellValue()).contains("理论宣讲");
        }
    }

    @Test
    void aDryRunChecksEveryRowWritesNothingAndMarksTheBadCells() throws Exception {
        var enterprise = RecordFixtures.enterprise("导入企业");
        String speaker = "试导入" + System.nanoTime();
        String csv = HEADER
                + "2020-04-01,理论宣讲,学习改革方案,职工之家," + enterprise.getValue() + ",60," + speaker + "\n"
                + "2020/4/2,百姓宣讲,身边的劳模,车间,,45," + speaker + "\n"
                + "2020-04-31,讲座,,车间,91421202MA49XXXXX0,很多," + speaker + "\n";
        JsonPath job = upload("publicity-staff", csv, true);
        assertThat(job.getString("status")).isEqualTo("VALIDATED");
        assertThat(job.getString("kind")).isEqualTo("records:publicity-sessions");
        assertThat(job.getInt("rowsRead")).isEqualTo(3);
        assertThat(job.getInt("rowsValid")).isEqualTo(2);
        assertThat(job.getInt("errorCount")).isEqualTo(5);
        assertThat(sessions(speaker)).isZero();
        long id = job.getLong("id");
        as("publicity-staff").when().get("/api/v1/imports/" + id + "/errors").then().statusCode(200)
                .body("items.column", hasItem("日期")).body("items.column", hasItem("类型")).body("items.column", hasItem("题目"))
                .body("items.column", hasItem("企业")).body("items.column", hasItem("听众人数")).body("items[0].row", equalTo(4));

        long exports = db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'import_job' and entity_id = ?", String.valueOf(id));
        byte[] xlsx = as("publicity-staff").when().get("/api/v1/imports/" + id + "/errors.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row bad = sheet.getRow(1);
            assertThat(bad.getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(bad.getCell(2).getStringCellValue()).isEqualTo("讲座");
            assertThat(bad.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(4).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(bad.getCell(8).getStringCellValue()).contains("听众人数");
        }
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'import_job' and entity_id = ?", String.valueOf(id)))
                .isEqualTo(exports + 1);

        // another department neither sees the job nor its errors
        as("scitech-staff").when().get("/api/v1/imports/" + id).then().statusCode(404);
        as("scitech-staff").when().get("/api/v1/imports/" + id + "/errors.xlsx").then().statusCode(404);
    }

    @Test
    void anImportWritesAllRowsOrNone() {
        var enterprise = RecordFixtures.enterprise("导入企业");
        String speaker = "正式导入" + System.nanoTime();
        String good = "2020-04-01,理论宣讲,学习改革方案,职工之家," + enterprise.getValue() + ",60," + speaker + "\n"
                + "2020-04-02,百姓宣讲,身边的劳模,车间,,45," + speaker + "\n";
        JsonPath failed = upload("publicity-staff", HEADER + good + "2020-04-03,理论宣讲,题目,车间,,0," + speaker + "\n", false);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).contains("未导入任何数据");
        assertThat(sessions(speaker)).isZero();

        JsonPath ok = upload("publicity-staff", HEADER + good, false);
        assertThat(ok.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(ok.getInt("rowsCreated")).isEqualTo(2);
        assertThat(sessions(speaker)).isEqualTo(2);
        assertThat(db.string("select string_agg(d.code || '/' || r.created_by || '/' || r.created_by_name || '/' || coalesce(r.enterprise_id::text, '-'), ';' order by r.record_date) "
                + "from department_record r join department d on d.id = r.owner_department_id where r.fields ->> 'speaker' = ?", speaker))
                .isEqualTo("publicity/publicity-staff/陈静/" + enterprise.getKey() + ";publicity/publicity-staff/陈静/-");
        // the history names the uploader, not "system"
        long record = db.count("select min(id) from department_record where fields ->> 'speaker' = ?", speaker);
        as("publicity-staff").when().get(URL + "/" + record + "/history").then().statusCode(200)
                .body("[0].type", equalTo("CREATED")).body("[0].actor", equalTo("publicity-staff")).body("[0].department", equalTo("publicity"));
    }

    @Test
    void onlyAnOwnerDepartmentImportsAndBadFilesAreProblems() {
        String speaker = "越权导入" + System.nanoTime();
        as("education-staff").multiPart("file", "s.csv", (HEADER + "2020-04-01,理论宣讲,题,地,,6," + speaker + "\n").getBytes(StandardCharsets.UTF_8))
                .when().post(URL + "/imports").then().statusCode(403).contentType("application/problem+json");
        as("publicity-staff").multiPart("file", "s.csv", "日期,题目\n2020-01-01,x\n".getBytes(StandardCharsets.UTF_8))
                .when().post(URL + "/imports").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("类型"));
        as("publicity-staff").multiPart("file", "s.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 })
                .when().post(URL + "/imports").then().statusCode(415).contentType("application/problem+json");
        assertThat(sessions(speaker)).isZero();
    }
}
