package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Evidence files: typed by their bytes, not their names; too big, empty and foreign files refused; stored in the database. */
@QuarkusTest
@TestSecurity(user = "publicity-staff", roles = "staff")
@OidcSecurity(claims = { @Claim(key = "department", value = "publicity"), @Claim(key = "preferred_username", value = "publicity-staff") })
class TaskAttachmentTest {

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    private String path(long task, long report) {
        return "/api/v1/tasks/" + task + "/progress-reports/" + report + "/attachments";
    }

    private long files(long report) {
        return db.count("select count(*) from report_attachment where report_id = ?", report);
    }

    @Test
    void theBytesDecideTheTypeAndTheFileComesBackAsStored() throws Exception {
        long task = fx.task("宣传部任务", "publicity", List.of());
        long report = fx.report(task, "publicity", BigDecimal.TEN);
        byte[] png = Arrays.copyOf(TaskFixtures.PNG, 2048);
        long id = given().multiPart("file", "evidence.pdf", png, "application/pdf").when().post(path(task, report)).then().statusCode(201)
                .body("contentType", equalTo("image/png"))
                .body("fileName", equalTo("evidence.png"))
                .body("sizeBytes", equalTo(2048))
                .body("uploadedBy", equalTo("publicity-staff"))
                .extract().jsonPath().getLong("id");
        byte[] back = given().when().get(path(task, report) + "/" + id).then().statusCode(200)
                .contentType("image/png")
                .header("Content-Disposition", containsString("evidence.png"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(back).isEqualTo(png);
        assertThat(db.count("select count(*) from report_attachment where id = ? and octet_length(content) = 2048", id)).isEqualTo(1);

        given().config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE)))
                .contentType("multipart/form-data; charset=UTF-8")
                .multiPart("file", "报告.png", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)).when().post(path(task, report)).then()
                .statusCode(201).body("contentType", equalTo("application/pdf")).body("fileName", equalTo("报告.pdf"));
        given().multiPart("file", "photo.jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }).when().post(path(task, report))
                .then().statusCode(201).body("contentType", equalTo("image/jpeg"));
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("双宣讲活动记录");
            doc.write(docx);
        }
        given().multiPart("file", "记录.docx", docx.toByteArray()).when().post(path(task, report)).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        // a Word 97–2003 file is an OLE2 container holding a WordDocument stream: the whole container is read, not its first bytes
        given().multiPart("file", "old.doc", gov.xianan.reform.testsupport.SampleFiles.ole2("WordDocument"))
                .when().post(path(task, report)).then().statusCode(201).body("contentType", equalTo("application/msword"));
        assertThat(files(report)).isEqualTo(5);
        given().when().get("/api/v1/tasks/" + task + "/progress-reports").then().statusCode(200).body("[0].attachments.size()", equalTo(5));
        given().when().get("/api/v1/tasks/" + task + "/history").then().body("findAll { it.kind == 'ATTACHMENT_ADDED' }.size()", equalTo(5));
    }

    @Test
    void otherKindsEmptyAndOversizedFilesAreRefused() throws Exception {
        long task = fx.task("宣传部任务", "publicity", List.of());
        long report = fx.report(task, "publicity", BigDecimal.TEN);
        given().multiPart("file", "evidence.exe", new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }).when().post(path(task, report)).then()
                .statusCode(415).contentType("application/problem+json").body("type", equalTo("/problems/unsupported-file"));
        given().multiPart("file", "evidence.pdf", "just text".getBytes(StandardCharsets.UTF_8)).when().post(path(task, report)).then().statusCode(415);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("xl/workbook.xml"));
            z.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
        }
        given().multiPart("file", "fake.docx", zip.toByteArray()).when().post(path(task, report)).then().statusCode(415);
        // first bytes of an OLE2 file with nothing behind them, and an Outlook message (OLE2 too), are no Word files
        given().multiPart("file", "header.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0 })
                .when().post(path(task, report)).then().statusCode(415);
        given().multiPart("file", "mail.doc", gov.xianan.reform.testsupport.SampleFiles.ole2("__substg1.0_0037001F")).when().post(path(task, report))
                .then().statusCode(415);
        given().multiPart("file", "empty.png", new byte[0]).when().post(path(task, report)).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        byte[] big = Arrays.copyOf(TaskFixtures.PNG, 10 * 1024 * 1024 + 1);
        given().multiPart("file", "big.png", big).when().post(path(task, report)).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/file-too-large"));
        given().contentType("multipart/form-data").multiPart("other", "x").when().post(path(task, report)).then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        assertThat(files(report)).isZero();
    }

    @Test
    void aReportOfAnotherTaskOrDepartmentTakesNoFiles() {
        long task = fx.task("宣传部牵头、人社局配合", "publicity", List.of("hrss"));
        long hrssReport = fx.report(task, "hrss", BigDecimal.ONE);
        long otherTask = fx.task("宣传部另一任务", "publicity", List.of());
        long otherReport = fx.report(otherTask, "publicity", BigDecimal.ONE);
        given().multiPart("file", "x.png", TaskFixtures.PNG).when().post(path(task, hrssReport)).then().statusCode(403);
        given().multiPart("file", "x.png", TaskFixtures.PNG).when().post(path(task, otherReport)).then().statusCode(404);
        long file = fx.attachment(otherReport, TaskFixtures.PNG);
        given().when().get(path(task, otherReport) + "/" + file).then().statusCode(404);
        given().when().get(path(otherTask, otherReport) + "/" + file).then().statusCode(200);
        assertThat(files(hrssReport)).isZero();
    }
}
