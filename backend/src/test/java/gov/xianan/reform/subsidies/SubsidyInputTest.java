package gov.xianan.reform.subsidies;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** Bad input is a 400 problem with field errors and writes nothing; evidence files are checked by their content. */
@QuarkusTest
class SubsidyInputTest {

    @Inject
    SubsidyFixtures fx;

    long count() {
        return fx.db().count("select count(*) from subsidy_application");
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void badBodiesAre400WithFieldErrors() {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("输入测试企业");
        long worker = fx.worker("输入工", enterprise);
        long before = count();

        given().contentType("application/json").body("{\"enterpriseId\": 1,").when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).contentType("application/problem+json").body("type", equalTo("/problems/malformed-json"));

        var typed = SubsidyRulesTest.request(enterprise, programme, List.of(worker), "2020-03-01", "2020-05-31");
        typed.put("amount", 999999);
        given().contentType("application/json").body(typed).when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).body("errors.field", hasItem("amount")).body("detail", containsString("amount"));

        var wrongType = SubsidyRulesTest.request(enterprise, programme, List.of(worker), "2020-03-01", "2020-05-31");
        wrongType.put("trainees", "abc");
        given().contentType("application/json").body(wrongType).when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).body("errors.field", hasItem("trainees"));

        var badDate = SubsidyRulesTest.request(enterprise, programme, List.of(worker), "2020-13-01", "2020-05-31");
        given().contentType("application/json").body(badDate).when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).body("errors.field", hasItem("trainingStart"));

        given().contentType("application/json").body(Map.of("notes", "x")).when().post("/api/v1/subsidy-applications")
                .then().statusCode(400).body("errors.field", hasItems("enterpriseId", "programmeId", "trainees", "trainingStart", "trainingEnd"));

        given().contentType("application/json").body(SubsidyRulesTest.request(enterprise, 999_999_999L, List.of(worker), "2020-03-01", "2020-05-31"))
                .when().post("/api/v1/subsidy-applications").then().statusCode(400).body("errors.field", hasItem("programmeId"));

        given().when().get("/api/v1/subsidy-applications?state=PAID").then().statusCode(400).body("errors.field", hasItem("state"));
        given().when().get("/api/v1/subsidy-applications?year=20x0").then().statusCode(400).body("errors.field", hasItem("year"));
        given().when().get("/api/v1/subsidy-applications?sort=password").then().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/subsidy-applications/999999999").then().statusCode(404).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @TestSecurity(user = "hrss-approver", roles = { "staff", "subsidy-approver" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void badFundAndProgrammeBodiesAre400() {
        long funds = fx.db().count("select count(*) from subsidy_fund");
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOTTERY", "name", "x", "budget", 1))
                .when().post("/api/v1/funds").then().statusCode(400).body("errors.field", hasItem("source"))
                .body("errors[0].message", containsString("EMPLOYMENT_SUBSIDY"));
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "x", "budget", -1))
                .when().post("/api/v1/funds").then().statusCode(400).body("errors.field", hasItem("budget"));
        given().contentType("application/json").body(Map.of("year", 2022, "source", "LOCAL_MATCHING", "name", "x", "budget", 1.234))
                .when().post("/api/v1/funds").then().statusCode(400).body("errors.field", hasItem("budget"));
        given().contentType("application/json").body(Map.of("year", "abc", "source", "LOCAL_MATCHING", "name", "x", "budget", 1))
                .when().post("/api/v1/funds").then().statusCode(400).body("errors.field", hasItem("year"));
        assertThat(fx.db().count("select count(*) from subsidy_fund")).isEqualTo(funds);
        long fund = fx.fund(2020, "1000", "hrss");
        given().contentType("application/json").body(Map.of("kind", "以工代训", "name", "x", "fundId", fund, "amountPerTrainee", 100))
                .when().post("/api/v1/subsidy-programmes").then().statusCode(400).body("errors.field", hasItem("kind"));
        given().contentType("application/json")
                .body(Map.of("kind", "PRE_JOB_TRAINING", "name", "x", "fundId", fund, "amountPerTrainee", 100, "levelAmounts", Map.of("MASTER", 1)))
                .when().post("/api/v1/subsidy-programmes").then().statusCode(400);
        assertThat(fx.db().count("select count(*) from subsidy_programme where fund_id = ?", fund)).isZero();
    }

    /** Looks like a Word package by its entry names only. */
    static byte[] docx() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    @TestSecurity(user = "hrss-staff", roles = { "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void evidenceIsCheckedByItsContent() throws Exception {
        long fund = fx.fund(2020, "100000", "hrss");
        long programme = fx.programme(fund, "ON_JOB_UPGRADING", 2020, "1000", null);
        long enterprise = fx.enterprise("材料测试企业");
        long app = fx.application(enterprise, programme, "DRAFT", null, List.of(fx.worker("材料工", enterprise)), "1000");
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
        long id = given().multiPart("file", "sign-in-sheet.png", png, "application/octet-stream")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments")
                .then().statusCode(201).body("contentType", equalTo("image/png")).body("sizeBytes", equalTo(png.length))
                .extract().jsonPath().getLong("id");
        given().multiPart("file", "roster.docx", gov.xianan.reform.testsupport.SampleFiles.docx(), "application/pdf")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments")
                .then().statusCode(201).body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        // a zip with the right entry names but no Office package in it is no Word file: the whole container is read
        given().multiPart("file", "fake.docx", docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments")
                .then().statusCode(415).contentType("application/problem+json");
        given().multiPart("file", "fake.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments")
                .then().statusCode(415).contentType("application/problem+json");
        given().multiPart("file", "big.pdf", bigPdf(), "application/pdf")
                .when().post("/api/v1/subsidy-applications/" + app + "/attachments")
                .then().statusCode(413);
        assertThat(fx.db().count("select count(*) from subsidy_attachment where application_id = ?", app)).isEqualTo(2);
        byte[] back = given().when().get("/api/v1/subsidy-applications/" + app + "/attachments/" + id)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertThat(back).isEqualTo(png);
        given().when().get("/api/v1/subsidy-applications/" + app).then().statusCode(200).body("attachments.fileName", hasItem("sign-in-sheet.png"));
    }

    static byte[] bigPdf() {
        byte[] b = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, b, 0, 8);
        return b;
    }
}
