package gov.xianan.reform.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.tasks.TaskFixtures;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/**
 * The annual review drafted from a small registry whose statistics are known by construction (20
 * workers employed at the end of 2025, one more hired in 2026), honours and tasks of 2025: the
 * HTML and the DOCX are parsed back and their sentences compared with the expected figures.
 */
@QuarkusTest
class AnnualReviewTest {

    static final int YEAR = 2025;

    @Inject
    Db db;

    @Inject
    TaskFixtures fx;

    @BeforeEach
    void knownRegistryAndTasks() {
        db.execute("truncate table honour_member, honour, political_post, employment, worker, enterprise cascade");
        db.execute("delete from report_attachment where report_id in (select r.id from progress_report r join reform_task t on t.id = r.task_id where t.year = ?)", YEAR);
        db.execute("delete from progress_report where task_id in (select id from reform_task where year = ?)", YEAR);
        db.execute("delete from supervision_notice where task_id in (select id from reform_task where year = ?)", YEAR);
        db.execute("delete from reform_task where year = ?", YEAR);

        long a = enterprise("测试机电有限公司", "electromechanical", true);
        long b = enterprise("测试物流有限公司", "logistics", false);
        // 20 workers: 13 men; education 3/10/6/1; wage 1/8/9/2; age <30 4, 30–40 7, 40–50 6, >50 3; skill 16/3/1;
        // 19 union members, 5 party members, 15 migrants of whom 3 from outside
        String[] births = new String[20];
        for (int i = 0; i < 20; i++) {
            births[i] = i < 4 ? "20000601" : i < 11 ? "19900601" : i < 17 ? "19800601" : "19700601";
        }
        String[] education = new String[20];
        for (int i = 0; i < 20; i++) {
            education[i] = i < 3 ? "COLLEGE_OR_ABOVE" : i < 13 ? "SENIOR_HIGH" : i < 19 ? "JUNIOR_HIGH" : "BELOW_JUNIOR_HIGH";
        }
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int wage = i < 1 ? 1800 : i < 9 ? 2500 : i < 18 ? 4000 : 6000;
            String skill = i < 16 ? "NONE" : i < 19 ? "INTERMEDIATE" : "TECHNICIAN";
            ids.add(worker(i == 0 ? "李模范" : "工人" + i, i % 20 < 13, births[(i * 7) % 20], education[(i * 3) % 20], wage, skill, i < 15,
                    i < 3, i != 5, i >= 15, i % 2 == 0 ? a : b, LocalDate.of(2019, 1, 1), i == 0 ? "技术员" : null));
        }
        worker("新入职", true, "19950101", "SENIOR_HIGH", 3500, "NONE", true, false, true, true, a, LocalDate.of(2026, 3, 1), null);

        db.execute("insert into honour (kind, category, title, level, year, awarded_on, issuer, worker_id) values "
                + "('INDIVIDUAL', 'MODEL_WORKER', '全国劳动模范', 'NATIONAL', ?, date '2025-04-28', '中共中央、国务院', ?)", YEAR, ids.get(0));
        long team = db.count("insert into honour (kind, category, title, level, year, issuer, enterprise_id, team_name) values "
                + "('COLLECTIVE', 'WORKER_PIONEER', '全国工人先锋号', 'NATIONAL', ?, '中华全国总工会', ?, '测试班组') returning id", YEAR, a);
        for (int i = 2; i <= 6; i += 2) {
            db.execute("insert into honour_member (honour_id, worker_id) values (?, ?)", team, ids.get(i));
        }
        for (int i = 3; i <= 4; i++) {
            db.execute("insert into honour (kind, category, title, level, year, issuer, worker_id) values "
                    + "('INDIVIDUAL', 'MODEL_WORKER', '咸安区劳动模范', 'DISTRICT', ?, '咸安区人民政府', ?)", YEAR, ids.get(i));
        }
        for (int i = 15; i <= 16; i++) {
            db.execute("insert into political_post (worker_id, post, title, level, year, issuer) values "
                    + "(?, 'PARTY_CONGRESS_DELEGATE', '中国共产党咸安区第五次代表大会代表', 'DISTRICT', 2024, '中共咸安区委')", ids.get(i));
        }

        long publicity = fx.task("开展“双宣讲”活动", "publicity", List.of("devzone"), new BigDecimal("200"), "场", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "COMPLETED");
        db.execute("insert into progress_report (task_id, report_date, narrative, quantity, reported_by, department_id) values "
                + "(?, date '2025-06-30', '上半年开展理论宣讲、百姓宣讲120场', 120, 'publicity-staff', (select id from department where code = 'publicity')), "
                + "(?, date '2025-11-30', '下半年开展宣讲90场,做到产业工人全覆盖', 90, 'publicity-staff', (select id from department where code = 'publicity'))",
                publicity, publicity);
        long hrss = fx.task("职业技能培训", "hrss", List.of(), new BigDecimal("100"), "人", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 10, 31),
                "OVERDUE");
        fx.report(hrss, "hrss", new BigDecimal("40"));
        fx.notice(hrss);
    }

    private long enterprise(String name, String industry, boolean partyOrg) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size, has_union, has_party_org) values "
                + "(?, ?, ?, 'NON_PUBLIC', 'SMALL', true, ?) returning id", Ids.creditCode(), name, industry, partyOrg);
    }

    private long worker(String name, boolean male, String birth, String education, int wage, String skill, boolean migrant, boolean outside,
            boolean union, boolean party, long enterprise, LocalDate since, String occupation) {
        String idNumber = Ids.idNumber(birth, male);
        long id = db.count("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, agricultural_hukou, "
                + "from_outside, union_member, party_member, enterprise_id) values (?, ?, ?, to_date(?, 'YYYYMMDD'), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id",
                idNumber, name, male ? "MALE" : "FEMALE", birth, education, wage, skill, occupation, migrant, outside, union, party, enterprise);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", id, enterprise, since);
        return id;
    }

    static final String PROFILE = "全区产业工人中,男性占65%,女性占35%。大专以上文化程度占15%;高中及中专文化程度占50%;初中文化程度占30%;初中以下占5%。"
            + "全区产业工人队伍中月工资2000元以下占5%;2000—3000元占40%;3000—5000元占45%;5000元以上占10%。"
            + "全区产业工人中年龄50岁以上的占15%;40—50岁的占30%;30—40岁占35%;30岁以下的占20%。"
            + "全区产业工人中普工占80%;初中级技工占15%;高级技工和技师占5%。产业工人所在企业工会组织覆盖率达100%,职工入会率达95%。"
            + "产业工人队伍中农民工比例占75%;其中外来农民工占农民工总数的20%。产业工人所在单位党组织覆盖率达50%,共有党员5人。";

    /**
     * The same registry as another department's staff read it: under the disclosure policy the
     * small groups of this 20-worker registry are hidden (—), with complementary suppression.
     */
    static final String PROTECTED_PROFILE = "全区产业工人中,男性占65%,女性占35%。大专以上文化程度占—;高中及中专文化程度占50%;初中文化程度占—;初中以下占—。"
            + "全区产业工人队伍中月工资2000元以下占—;2000—3000元占—;3000—5000元占45%;5000元以上占—。"
            + "全区产业工人中年龄50岁以上的占—;40—50岁的占30%;30—40岁占35%;30岁以下的占—。"
            + "全区产业工人中普工占—;初中级技工占—;高级技工和技师占—。产业工人所在企业工会组织覆盖率达—,职工入会率达—。"
            + "产业工人队伍中农民工比例占75%;其中外来农民工占农民工总数的—。产业工人所在单位党组织覆盖率达—,共有党员5人。";

    private static void assertTheReview(String title, List<String> text) {
        assertTheReview(title, text, PROFILE);
    }

    private static void assertTheReview(String title, List<String> text, String profile) {
        assertThat(title).isEqualTo("弘扬“产业工人有力量”时代主旋律");
        assertThat(text).contains("—— 咸安区产业工人队伍建设改革工作巡礼", "咸安区产业工人队伍建设改革领导小组", "新时期产业工人队伍建设",
                "高标准推进产业工人队伍建设新平台");
        assertThat(text).anySatisfy(p -> assertThat(p).contains("目前全区产业工人队伍总人数20人。人员主要分布在机电制造、物流等行业。"));
        assertThat(text).contains(profile);
        assertThat(text).contains("近3年来发展产业工人党员:本年度无记录。推荐2名工人为中国共产党咸安区第五次代表大会代表。全区产业工人队伍中涌现出一大批先进集体和个人。");
        assertThat(text).contains("测试机电有限公司技术员李模范扎根岗位、创新创造,2025年4月被评选为全国劳动模范。");
        assertThat(text).anySatisfy(p -> assertThat(p).startsWith("测试机电有限公司测试班组3名员工").endsWith("被中华全国总工会评为全国工人先锋号。"));
        assertThat(text).contains("此外,2名(个)产业工人获评“咸安区劳动模范”。");
        assertThat(text).anySatisfy(p -> assertThat(p).contains("2025年共部署改革任务2项,交办3个成员单位,已完成1项,逾期1项;发出督办通知1次,已答复0次。"));
        assertThat(text).contains("区委宣传部:扎实推进思想引领工作", "区人社局:扎实推进思想引领工作", "咸安经济开发区:协同推进改革任务");
        assertThat(text).contains("开展“双宣讲”活动。上半年开展理论宣讲、百姓宣讲120场。下半年开展宣讲90场,做到产业工人全覆盖。全年累计完成210场,超额完成200场的目标任务。");
        assertThat(text).anySatisfy(p -> assertThat(p).startsWith("职业技能培训。").endsWith("目前已完成40人,为目标100人的40%,已超过完成时限,正在督办推进。"));
        assertThat(text).contains("积极配合区委宣传部做好“开展‘双宣讲’活动”等工作。");
        // departments without tasks of the year have no section
        assertThat(text).noneMatch(p -> p.startsWith("区教育局:"));
    }

    /** The preview's title and its paragraphs and headings, unescaped. */
    static List<String> html() {
        String html = given().queryParam("year", YEAR).when().get("/api/v1/reports/annual-review")
                .then().statusCode(200).contentType("text/html")
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'none'"))
                .extract().asString();
        assertThat(html).contains("data-as-of=\"2025-12-31\"").doesNotContain("<script");
        Matcher h1 = java.util.regex.Pattern.compile("<h1>(.*?)</h1>").matcher(html);
        assertThat(h1.find()).isTrue();
        List<String> text = new ArrayList<>();
        text.add(unescape(h1.group(1)));
        Matcher m = java.util.regex.Pattern.compile("<(?:p|h2)[^>]*>(.*?)</(?:p|h2)>").matcher(html);
        while (m.find()) {
            text.add(unescape(m.group(1)));
        }
        // the date the figures are of, under the author
        assertThat(text).contains("(数据截至2025年12月31日)");
        return text;
    }

    /** The Word document's title and paragraphs. */
    static List<String> docx() throws Exception {
        byte[] docx = given().queryParam("year", YEAR).queryParam("format", "docx").when().get("/api/v1/reports/annual-review")
                .then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("annual-review-2025.docx"))
                .extract().asByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(text).contains("(数据截至2025年12月31日)");
            return text;
        }
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitsPreviewCarriesTheRegistrysFiguresAndEveryDepartmentsWork() {
        List<String> text = html();
        assertTheReview(text.get(0), text.subList(1, text.size()));
    }

    /** Admin drafts the whole document too; admin is not the lead unit, so its figures are the protected ones. */
    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void adminsWordDocumentSaysTheSame() throws Exception {
        List<String> text = docx();
        assertTheReview(text.get(0), text.subList(1, text.size()), PROTECTED_PROFILE);
    }

    /**
     * Another department: the statistics section (under the disclosure policy) and its own
     * section, in HTML and in Word alike.
     */
    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aDepartmentGetsTheStatisticsAndItsOwnSectionOnly() throws Exception {
        for (List<String> text : List.of(html(), docx())) {
            assertThat(text).contains("新时期产业工人队伍建设", PROTECTED_PROFILE, "区委宣传部:扎实推进思想引领工作",
                    "开展“双宣讲”活动。上半年开展理论宣讲、百姓宣讲120场。下半年开展宣讲90场,做到产业工人全覆盖。全年累计完成210场,超额完成200场的目标任务。",
                    "(本稿仅含统计部分和区委宣传部部分;全文由牵头单位汇总。)");
            // neither the lead unit's section nor any other department's
            assertThat(text).doesNotContain("高标准推进产业工人队伍建设新平台", "区人社局:扎实推进思想引领工作", "咸安经济开发区:协同推进改革任务");
            assertThat(text).noneMatch(p -> p.contains("职业技能培训") || p.contains("交办") || p.contains("督办"));
        }
    }

    /** The review states the date its figures are of: for a department, the statistics' last month end, not today. */
    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aDepartmentsReviewOfTheRunningYearIsAsOfTheStatisticsMonthEnd() {
        TaskFixtures.today(LocalDate.of(YEAR, 5, 17));
        given().queryParam("year", YEAR).queryParam("format", "json").when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.equalTo(YEAR + "-04-30"));
        given().queryParam("asOf", YEAR + "-05-17").when().get("/api/v1/statistics/workforce").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.equalTo(YEAR + "-04-30"));
        given().queryParam("year", YEAR).when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("data-as-of=\"" + YEAR + "-04-30\""))
                .body(org.hamcrest.Matchers.containsString("(数据截至" + YEAR + "年4月30日)"));
    }

    /** 交办N个成员单位 counts member departments: a task the lead unit leads itself adds its co-operating departments, not the lead unit. */
    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitIsNotCountedAmongTheMemberDepartmentsItAssigned() {
        fx.task("产业工人思想政治引领", "federation", List.of("education"), new BigDecimal("10"), "场", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), "IN_PROGRESS");
        // publicity, devzone, hrss and now education: four; the federation leading the third task is not a member department
        assertThat(html()).anySatisfy(p -> assertThat(p).contains("2025年共部署改革任务3项,交办4个成员单位,"));
    }

    /** Sources of the workforce section as the JSON form gives them. */
    static List<java.util.Map<String, Object>> workforceSources() {
        return given().queryParam("year", YEAR).queryParam("format", "json").when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .extract().jsonPath().getList("sections.find { it.key == 'workforce' }.paragraphs.sentences.flatten().sources.flatten()");
    }

    /** The lead unit reads the records behind the workforce section: the delegates' source names the two political posts. */
    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitsSourcesNameTheRecordsRead() {
        assertThat(workforceSources()).filteredOn(x -> "political-post".equals(x.get("kind")))
                .singleElement().satisfies(x -> assertThat((List<?>) x.get("ids")).hasSize(2));
    }

    /**
     * Another department's staff read the workforce section, not the federation's political posts or honours behind it:
     * the sources keep their count and description and name no ids.
     */
    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aDepartmentsWorkforceSourcesNameNoRecordsOfOthers() {
        List<java.util.Map<String, Object>> sources = workforceSources();
        assertThat(sources).filteredOn(x -> "political-post".equals(x.get("kind"))).singleElement()
                .satisfies(x -> assertThat(((Number) x.get("count")).longValue()).isEqualTo(2));
        assertThat(sources).isNotEmpty().allSatisfy(x -> assertThat((List<?>) x.get("ids")).isEmpty());
    }

    /** A total the disclosure policy withholds from a department (under 10 workers) is said to be withheld, not an empty registry. */
    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void aWithheldTotalIsNotAnEmptyRegistry() {
        // fifteen of the twenty left in 2020: five employed at the end of 2025, fewer than the policy's minimum population of 10
        db.execute("update employment set end_date = date '2020-06-30' where start_date < date '2020-06-30' and worker_id in "
                + "(select id from worker order by id offset 5)");
        List<String> text = html();
        assertThat(text).contains("截至2025年底,全区产业工人人数按统计披露规则不予显示。").noneMatch(p -> p.contains("尚无产业工人记录"));
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theLeadUnitsReviewOfTheRunningYearIsAsOfToday() {
        TaskFixtures.today(LocalDate.of(YEAR, 5, 17));
        given().queryParam("year", YEAR).queryParam("format", "json").when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .body("asOf", org.hamcrest.Matchers.equalTo(YEAR + "-05-17"));
    }

    @Test
    @TestSecurity(user = "hrss-reviewer", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "hrss"))
    void hrssReadsItsOwnTaskNarrativesAndNotPublicitys() throws Exception {
        List<String> text = html();
        assertThat(text).contains(PROTECTED_PROFILE, "区人社局:扎实推进思想引领工作");
        assertThat(text).anySatisfy(p -> assertThat(p).startsWith("职业技能培训。"));
        assertThat(text).noneMatch(p -> p.contains("宣讲"));
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    @OidcSecurity(claims = @Claim(key = "department", value = "publicity"))
    void badParametersAreFieldErrors() {
        given().queryParam("year", "20x5").when().get("/api/v1/reports/annual-review").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("year"));
        given().queryParam("year", YEAR).queryParam("format", "pdf").when().get("/api/v1/reports/annual-review").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "subsidy-approver")
    void otherRolesMayNotDraftIt() {
        given().queryParam("year", YEAR).when().get("/api/v1/reports/annual-review").then().statusCode(403);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
