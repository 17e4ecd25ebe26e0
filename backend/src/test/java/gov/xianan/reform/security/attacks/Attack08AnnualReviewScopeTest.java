package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesWorkflow.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Issue 11, item 8: the annual review showed every department's task narratives to any staff while
 * {@code /tasks/{id}/progress-reports} answers the same caller 404. With real tokens: publicity-staff
 * drafts the review (HTML and Word) and finds the statistics and its own section, no hrss section,
 * no other department's narratives and not the lead unit's; federation-lead and admin get it all.
 */
@QuarkusTest
@Tag("keycloak")
class Attack08AnnualReviewScopeTest {

    static final int YEAR = 2094;
    static final String PUBLICITY = "攻击八宣传部进展:宣讲四十场";
    static final String HRSS = "攻击八人社局进展:培训补贴发放三百人";
    static final String SCITECH = "攻击八科经局进展:安全生产检查二十次";
    static final String FEDERATION = "攻击八总工会进展:督办两次";

    @Inject
    AttackFixturesWorkflow fx;

    long hrssTask;

    @BeforeEach
    void tasksOfFourDepartments() {
        fx.db().execute("delete from progress_report where task_id in (select id from reform_task where year = ?)", YEAR);
        fx.db().execute("delete from reform_task where year = ?", YEAR);
        fx.task("攻击八宣传任务", "publicity", YEAR, PUBLICITY);
        hrssTask = fx.task("攻击八人社任务", "hrss", YEAR, HRSS);
        fx.task("攻击八科经任务", "scitech", YEAR, SCITECH);
        fx.task("攻击八总工会任务", "federation", YEAR, FEDERATION);
    }

    static String html(String user) {
        return given().auth().oauth2(token(user)).queryParam("year", YEAR).when().get("/api/v1/reports/annual-review")
                .then().statusCode(200).contentType("text/html").extract().asString();
    }

    static String docx(String user) throws Exception {
        byte[] bytes = given().auth().oauth2(token(user)).queryParam("year", YEAR).queryParam("format", "docx").when().get("/api/v1/reports/annual-review")
                .then().statusCode(200).extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void publicityStaffReadsNoOtherDepartmentsNarratives() throws Exception {
        // the reports themselves are out of reach, as before
        given().auth().oauth2(token("publicity-staff")).when().get("/api/v1/tasks/" + hrssTask + "/progress-reports").then().statusCode(404);
        for (String text : List.of(html("publicity-staff"), docx("publicity-staff"))) {
            assertThat(text).contains("新时期产业工人队伍建设", "区委宣传部", PUBLICITY);
            assertThat(text).doesNotContain(HRSS, SCITECH, FEDERATION, "攻击八人社任务", "攻击八科经任务", "攻击八总工会任务",
                    "区人社局:", "区科经局:", "高标准推进产业工人队伍建设新平台");
        }
    }

    @Test
    void hrssStaffReadsItsOwnSectionOnly() throws Exception {
        for (String text : List.of(html("hrss-approver"), docx("hrss-approver"))) {
            assertThat(text).contains("新时期产业工人队伍建设", HRSS);
            assertThat(text).doesNotContain(PUBLICITY, SCITECH, FEDERATION, "区委宣传部:");
        }
    }

    @Test
    void theLeadUnitAndAdminReadTheWholeReview() throws Exception {
        for (String text : List.of(html("federation-lead"), docx("federation-lead"), html("admin"), docx("admin"))) {
            assertThat(text).contains("新时期产业工人队伍建设", "高标准推进产业工人队伍建设新平台", PUBLICITY, HRSS, SCITECH, FEDERATION);
        }
    }

    @Test
    void analystsAndOtherSystemsDraftNoReview() {
        given().auth().oauth2(token("analyst")).queryParam("year", YEAR).when().get("/api/v1/reports/annual-review").then().statusCode(403);
        given().auth().oauth2(token("data-platform")).queryParam("year", YEAR).when().get("/api/v1/reports/annual-review").then().statusCode(403);
    }
}
