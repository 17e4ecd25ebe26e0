package gov.xianan.reform.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Streamed CSV and XLSX exports of the filtered worker list: masking, the audit event, filters, roles. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerExportTest {

    private static long enterprise;
    private static String idNumber;

    @Inject
    Db db;

    @Test
    @Order(1)
    @TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void staffExportMaskedCsvOfTheFilteredList() {
        enterprise = RegistryResourceTest.createEnterprise("导出测试有限公司", "garments", false);
        idNumber = Ids.idNumber("19870707", false);
        Map<String, Object> w = new HashMap<>(RegistryResourceTest.worker(idNumber, "周导出", enterprise));
        given().contentType("application/json").body(w).when().post("/api/v1/workers").then().statusCode(201);
        given().contentType("application/json").body(RegistryResourceTest.worker(Ids.idNumber("19880808", true), "吴导出", enterprise))
                .when().post("/api/v1/workers").then().statusCode(201);

        long finishedBefore = db.count(
                "select count(*) from audit_event where action = 'EXPORT_FINISHED' and actor = 'federation-staff' and detail like '%CSV, 1 rows'");
        byte[] csv = given().queryParam("format", "csv").queryParam("enterpriseId", enterprise).queryParam("gender", "FEMALE")
                .when().get("/api/v1/workers/export")
                .then().statusCode(200)
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .contentType(containsString("text/csv"))
                .extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF身份证号,姓名,性别");
        String[] lines = text.strip().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains("周导出", "女", "高中及中专", "中级工", "导出测试有限公司", "服装", "138****5678")
                .contains(idNumber.substring(0, 6) + "********" + idNumber.substring(14))
                .doesNotContain(idNumber);
        // masked exports are logged too, at the start and at the end
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and actor = 'federation-staff' and outcome = 'MASKED' "
                + "and detail like ?", "CSV export, masked; filters: %enterpriseId=" + enterprise + "%")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' "
                + "and actor = 'federation-staff' and detail like '%CSV, 1 rows'") == finishedBefore + 1);
    }

    @Test
    @Order(2)
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "pii-reader" })
    @OidcSecurity(claims = { @Claim(key = "preferred_username", value = "federation-lead"), @Claim(key = "azp", value = "spa") })
    void aPiiReaderExportsUnmaskedXlsxAndTheExportIsLogged() throws Exception {
        long before = db.count(
                "select count(*) from audit_event where action = 'EXPORT_FINISHED' and actor = 'federation-lead' and detail like '%XLSX, 2 rows'");
        byte[] xlsx = given().queryParam("format", "xlsx").queryParam("enterpriseId", enterprise)
                .when().get("/api/v1/workers/export")
                .then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("工人名册");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("身份证号");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(idNumber);
            assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("13812345678");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(4200.0);
        }
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and actor = 'federation-lead' and outcome = 'UNMASKED' "
                + "and detail like ?", "XLSX export, unmasked; filters: enterpriseId=" + enterprise + "%")).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' "
                + "and actor = 'federation-lead' and detail like '%XLSX, 2 rows'") == before + 1);
    }

    @Test
    @TestSecurity(user = "analyst", roles = "analyst")
    void analystsCannotExportRows() {
        given().queryParam("format", "csv").when().get("/api/v1/workers/export").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "federation-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void aWrongFormatOrFilterIs400BeforeAnyByte() {
        given().queryParam("format", "pdf").when().get("/api/v1/workers/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().queryParam("format", "csv").queryParam("ageBand", "OLD").when().get("/api/v1/workers/export")
                .then().statusCode(400).body("errors[0].field", equalTo("ageBand"));
    }
}
