package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesFiles.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Issue 11, item 3: "/imports/{id}/errors.xlsx returns the uploaded rows with full ID numbers and
 * phones to any registry-editor without pii-reader, unlogged; uploaded files are never deleted."
 * The attack: federation-staff (registry-editor, no pii-reader) imports a file with a bad row and
 * downloads the error workbook and list hoping to read the ID numbers and phones back.
 */
@QuarkusTest
@Tag("keycloak")
class Attack03ErrorWorkbookTest {

    @Inject
    AttackFixturesFiles fx;

    private static String text(Sheet sheet) {
        DataFormatter f = new DataFormatter();
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(cell -> sb.append(f.formatCellValue(cell)).append('|'));
            sb.append('\n');
        }
        return sb.toString();
    }

    @Test
    void aRegistryEditorWithoutPiiReaderGetsMaskedRowsTheUploadIsGoneAndAPiiReaderReadIsLogged() throws Exception {
        String staff = AttackFixturesFiles.token("federation-staff");
        String lead = AttackFixturesFiles.token("federation-lead");
        long enterprise = fx.enterprise(staff, "错误表攻击企业");
        String code = fx.creditCode(enterprise);
        String good = Ids.idNumber("19760303", true);
        String badCheckDigit = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
        String valid = Ids.idNumber("19770404", false);
        String csv = AttackFixturesFiles.IMPORT_HEADER
                + AttackFixturesFiles.importRow(badCheckDigit, "错误行甲", "13912345678", code) // bad ID number
                + AttackFixturesFiles.importRow(valid, "错误行乙", "13987654321", code).replace("高中及中专", "博士"); // valid ID, bad education
        long job = fx.importAndWait(staff, csv, true);
        String jobId = String.valueOf(job);

        // the uploaded bytes are gone as soon as the job ended: its background job keeps no input (and no server keeps a file)
        await().atMost(Duration.ofSeconds(30)).until(() -> fx.db().count(
                "select count(*) from background_job b join import_job i on i.background_job_id = b.id where i.id = ? and b.finished_at is not null", job) == 1);
        assertThat(fx.db().count("select count(*) from background_job b join import_job i on i.background_job_id = b.id "
                + "where i.id = ? and b.input is null and b.state = 'SUCCEEDED'", job)).isEqualTo(1);

        // the workbook: rows there, but no ID number or phone in clear, anywhere
        byte[] masked = as(staff).when().get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(masked))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            String all = text(sheet);
            assertThat(all).contains("错误行甲", "错误行乙", badCheckDigit.substring(0, 6) + "********" + badCheckDigit.substring(14), "139****5678")
                    .doesNotContain(badCheckDigit, valid, "13912345678", "13987654321");
        }
        String list = as(staff).when().get("/api/v1/imports/" + job + "/errors").then().statusCode(200).extract().asString();
        assertThat(list).doesNotContain(badCheckDigit, valid, "13912345678");
        assertThat(fx.events("PII_READ", "federation-staff", "import_job", jobId)).isZero();
        assertThat(fx.db().count("select count(*) from audit_event where action = 'EXPORT_STARTED' and actor = 'federation-staff' and entity_id = ? "
                + "and outcome = 'MASKED'", jobId)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.db().count("select count(*) from audit_event where action = 'EXPORT_FINISHED' "
                + "and actor = 'federation-staff' and entity_id = ? and detail like '%2 rows%'", jobId) == 1);

        // a pii-reader of the lead unit reads it in clear, and that read is logged
        byte[] clear = as(lead).when().get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(clear))) {
            assertThat(text(book.getSheetAt(0))).contains(badCheckDigit, valid, "13912345678");
        }
        assertThat(fx.events("PII_READ", "federation-lead", "import_job", jobId)).isEqualTo(1);
        assertThat(fx.db().count("select count(*) from audit_event where action = 'EXPORT_STARTED' and actor = 'federation-lead' and entity_id = ? "
                + "and outcome = 'UNMASKED'", jobId)).isEqualTo(1);

        // staff of other departments and systems reach only their own imports (department records): another's
        // job does not exist for them (404, its existence not revealed)
        as(AttackFixturesFiles.token("publicity-staff")).when().get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(404);
        as(gov.xianan.reform.testsupport.KeycloakTokens.clientCredentials("hr-system", "hr-system-secret")).when()
                .get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(404);
    }
}
