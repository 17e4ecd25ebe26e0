package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesFiles.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.subsidies.SubsidyFixtures;
import gov.xianan.reform.tasks.TaskFixtures;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.SampleFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;

/**
 * Issue 11, item 10: "Uploads are typed by their first bytes only and keep the client's file name,
 * so a file starting %PDF- named x.html downloads as HTML." The attack: evidence that is a PDF to
 * any detector but carries HTML is uploaded as {@code x.html}, hoping the download renders as a
 * page in the platform's origin; and HTML is uploaded under an evidence name.
 */
@QuarkusTest
@Tag("keycloak")
class Attack10UploadTypeTest {

    private static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8);

    @Inject
    TaskFixtures tasks;

    @Inject
    SubsidyFixtures subsidies;

    @Inject
    Db db;

    private static void servedAsPdfAttachment(ValidatableResponse download) {
        download.statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", startsWith("attachment;"))
                .header("Content-Disposition", containsString("filename=\"x.pdf\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''x.pdf"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void taskEvidenceIsTypedByItsContentAndServedAsWhatItIs() {
        String publicity = AttackFixturesFiles.token("publicity-staff");
        long task = tasks.task("上传类型攻击任务", "publicity", List.of());
        long report = tasks.report(task, "publicity", BigDecimal.ONE);
        String files = "/api/v1/tasks/" + task + "/progress-reports/" + report + "/attachments";

        long id = as(publicity).multiPart("file", "x.html", SampleFiles.PDF_WITH_HTML, "text/html").when().post(files).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("fileName", equalTo("x.pdf"))
                .extract().jsonPath().getLong("id");
        servedAsPdfAttachment(as(publicity).when().get(files + "/" + id).then());

        as(publicity).multiPart("file", "evidence.pdf", HTML, "application/pdf").when().post(files).then().statusCode(415)
                .contentType("application/problem+json").body("type", equalTo("/problems/unsupported-file"));
        as(publicity).multiPart("file", "evidence.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "image/png").when().post(files).then().statusCode(415);
        assertThat(db.count("select count(*) from report_attachment where report_id = ?", report)).isEqualTo(1);
        assertThat(db.string("select file_name from report_attachment where id = ?", id)).isEqualTo("x.pdf");
    }

    @Test
    void subsidyEvidenceIsTypedByItsContentAndEvenAnOldRowIsServedWithTheDetectedType() {
        String hrss = AttackFixturesFiles.token("hrss-reviewer");
        long fund = subsidies.fund(2020, "100000", "hrss");
        long programme = subsidies.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = subsidies.enterprise("上传类型攻击企业");
        long application = subsidies.application(enterprise, programme, "DRAFT", null, List.of(subsidies.worker("上传材料工", enterprise)), "1000");
        String files = "/api/v1/subsidy-applications/" + application + "/attachments";

        long id = as(hrss).multiPart("file", "x.html", SampleFiles.PDF_WITH_HTML, "text/html").when().post(files).then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("fileName", equalTo("x.pdf"))
                .extract().jsonPath().getLong("id");
        servedAsPdfAttachment(as(hrss).when().get(files + "/" + id).then());
        as(hrss).multiPart("file", "x.pdf", HTML, "application/pdf").when().post(files).then().statusCode(415)
                .contentType("application/problem+json");

        // a file stored before this check kept the client's name: it still downloads with the detected type's extension
        long old = subsidies.db().count("insert into subsidy_attachment (application_id, file_name, content_type, size_bytes, content, uploaded_by, "
                + "uploaded_at) values (?, 'x.html', 'application/pdf', ?, ?, 'hrss-reviewer', now()) returning id", application,
                SampleFiles.PDF_WITH_HTML.length, SampleFiles.PDF_WITH_HTML);
        servedAsPdfAttachment(as(hrss).when().get(files + "/" + old).then());
    }

    @Test
    void anImportIsTypedByItsContentToo() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
        as(AttackFixturesFiles.token("federation-staff")).multiPart("file", "workers.csv", png).when().post("/api/v1/imports/workers").then()
                .statusCode(415).contentType("application/problem+json");
        as(AttackFixturesFiles.token("federation-staff")).multiPart("file", "workers.xlsx", SampleFiles.docx()).when().post("/api/v1/imports/workers")
                .then().statusCode(415);
    }
}
