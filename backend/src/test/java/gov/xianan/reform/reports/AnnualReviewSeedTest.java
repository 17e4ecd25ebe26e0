package gov.xianan.reform.reports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.records.demo.RecordDemoDataLoader;
import gov.xianan.reform.registry.demo.DemoDataGenerator;
import gov.xianan.reform.subsidies.demo.SubsidyDemoDataLoaderAccess;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The demo district regenerates the seed's review of 2020 from its records: the registry as of
 * 2020-12-31 (generated with its history up to today), the demo department records and funds. Every
 * figure of the fixture {@code reports/annual-review-2020.json} (key, section, expected value, the
 * seed's sentence) is compared with the figure the review computed, in its section and in its text.
 * Figures that depend on record types not yet merged into this branch are listed in
 * {@link #PENDING}: the integrator removes a type from it once merged, and the test then checks them.
 */
@QuarkusTest
class AnnualReviewSeedTest {

    /** Record types (and fields) whose figures are not checked yet: added in parallel, switched on after the merge. */
    static final Set<String> PENDING = Set.of();

    static boolean generated;

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    @Inject
    RecordDemoDataLoader records;

    @Inject
    SubsidyDemoDataLoaderAccess subsidies;

    @BeforeEach
    void theDemoDistrict() throws Exception {
        // funds other tests made for 2019–2020 would add to the seed's: the review's years hold the demo funds only
        String others = "select id from subsidy_fund where year between 2019 and 2020 and not demo";
        db.execute("delete from subsidy_application where programme_id in (select id from subsidy_programme where fund_id in (" + others + "))");
        db.execute("delete from subsidy_programme where fund_id in (" + others + ")");
        db.execute("delete from subsidy_fund_adjustment where fund_id in (" + others + ")");
        db.execute("delete from subsidy_fund where id in (" + others + ")");
        if (generated && db.count("select count(*) from worker where demo") > 22_165) {
            return;
        }
        db.emptyRegistry();
        try (Connection c = dataSource.getConnection()) {
            var r = new DemoDataGenerator(c, 20201124L, LocalDate.now(ClockProducer.ZONE)).withHistory(DemoDataGenerator.SEED_DATE).generate(22_165);
            assertThat(r.joined()).isPositive();
            assertThat(r.left()).isPositive();
        }
        // the department records of the review's years are the demo's only
        db.execute("delete from department_record where record_date between '2017-01-01' and '2021-12-31' or demo");
        assertThat(records.load()).isTrue();
        if (db.count("select count(*) from subsidy_fund where name = '2019年就业补助资金'") == 0) {
            QuarkusTransaction.requiringNew().run(subsidies::populate);
        }
        generated = true;
    }

    static JsonPath review(int year) {
        return given().accept("application/json").queryParam("year", year).when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theReviewOf2020ReproducesEverySeedFigureFromTheRecords() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream("/reports/annual-review-2020.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        JsonPath review = review(2020);
        assertThat(review.getString("asOf")).isEqualTo("2020-12-31");
        List<Map<String, String>> figures = review.getList("figures");
        Map<String, Map<String, String>> byKey = figures.stream().collect(Collectors.toMap(f -> f.get("key"), f -> f, (a, b) -> a));
        List<Map<String, Object>> sections = review.getList("sections");
        List<String> pending = new ArrayList<>();
        for (JsonNode f : fixture.get("figures")) {
            String key = f.get("key").asText();
            String section = f.get("section").asText();
            if (f.has("pendingRecordType")) {
                assertThat(PENDING).as("pending type of " + key).contains(f.get("pendingRecordType").asText());
                pending.add(key);
                continue;
            }
            String text = f.has("text") ? f.get("text").asText() : null;
            if (key.startsWith("honour:")) {
                assertThat(sectionText(sections, section)).as(key + " from: " + f.get("seedSentence").asText()).contains(text);
                continue;
            }
            assertThat(byKey).as("figure " + key + " (" + f.get("seedSentence").asText() + ")").containsKey(key);
            assertThat(byKey.get(key).get("value")).as(key + " from: " + f.get("seedSentence").asText()).isEqualTo(f.get("expected").asText());
            assertThat(byKey.get(key).get("section")).as(key).isEqualTo(section);
            if (text != null) {
                assertThat(sectionText(sections, section)).as(key).contains(text);
            }
        }
        assertThat(pending).as("every seed figure is checked").isEmpty();

        // every sentence names its sources; record sentences name the type, the ids and the count
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (Map<String, Object> s : sections) {
            for (Map<String, Object> p : (List<Map<String, Object>>) s.get("paragraphs")) {
                sentences.addAll((List<Map<String, Object>>) p.get("sentences"));
            }
        }
        assertThat(sentences).allSatisfy(s -> assertThat((List<?>) s.get("sources")).isNotEmpty());
        Map<String, Object> sessions = sentences.stream().filter(s -> ((String) s.get("text")).contains("200余场次")).findFirst().orElseThrow();
        Map<String, Object> source = ((List<Map<String, Object>>) sessions.get("sources")).get(0);
        assertThat(source).containsEntry("kind", "record").containsEntry("type", "publicity-sessions");
        assertThat(((Number) source.get("count")).longValue()).isEqualTo(RecordDemoDataLoader.SESSIONS);
        // the ids listed are the first 200 (the count says how many there are)
        assertThat((List<?>) source.get("ids")).hasSize(Math.min(RecordDemoDataLoader.SESSIONS, 200));
        assertThat((String) source.get("description")).contains("department_record publicity-sessions, 2019–2020", "212 条");
        // the other departments' work is written from their records too: labour disputes, safety inspections
        assertThat(sectionText(sections, "hrss")).contains("全年受理劳动争议案件").doesNotContain("本年度无记录");
        assertThat(sectionText(sections, "scitech")).contains("全年开展安全生产检查").doesNotContain("本年度无记录");
        assertThat(sectionText(sections, "funds")).contains("2020年共安排职业培训补贴资金2项,预算合计3273万元");
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theDistrictHasMovedOnSince2020() {
        int thisYear = LocalDate.now(ClockProducer.ZONE).getYear();
        JsonPath now = review(thisYear);
        List<Map<String, String>> figures = now.getList("figures");
        long total = Long.parseLong(figures.stream().filter(f -> f.get("key").equals("workforce.total")).findFirst().orElseThrow().get("value"));
        long party = Long.parseLong(figures.stream().filter(f -> f.get("key").equals("workforce.party.members")).findFirst().orElseThrow().get("value"));
        // some 5% left, 16% joined; more party members
        assertThat(total).isBetween(22_165L + Math.round(22_165 * 0.10), 22_165L + Math.round(22_165 * 0.11) + 20);
        assertThat(party).isGreaterThan(1_663);
        // the review of 2021 has its own figures, between the two
        long total2021 = Long.parseLong(review(2021).getList("figures", Map.class).stream().filter(f -> f.get("key").equals("workforce.total"))
                .findFirst().orElseThrow().get("value").toString());
        assertThat(total2021).isNotEqualTo(22_165).isNotEqualTo(total);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theWordDocumentOpensWithTheHeadingsAndFiguresAndIsAudited() throws Exception {
        long before = db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and entity_type = 'annual-review'");
        byte[] bytes = given().accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document").queryParam("year", 2020).when()
                .get("/api/v1/reports/annual-review").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document").extract().asByteArray();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertThat(text).contains("新时期产业工人队伍建设", "高标准推进产业工人队伍建设新平台", "区委宣传部:", "区人社局:", "区教育局:", "2020年资金、竞赛与荣誉");
        assertThat(text).contains("总人数22165人", "共有党员1663人", "推荐59名工人", "1000余人", "200余场次", "3个基层工会规范化建设示范点", "随迁子女9379人就读",
                "小学7235人", "初中2144人", "就业补助资金1932万元", "专账资金801万元", "地方配套资金500万元", "就业补助资金2673万元", "补贴资金600万元");
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'annual-review' and entity_id = '2020' "
                + "and actor = 'federation-lead'")).isPositive();
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and entity_type = 'annual-review'")).isEqualTo(before + 1);
    }

    @SuppressWarnings("unchecked")
    static String sectionText(List<Map<String, Object>> sections, String key) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> s : sections) {
            if (key.equals(s.get("key"))) {
                for (Map<String, Object> p : (List<Map<String, Object>>) s.get("paragraphs")) {
                    for (Map<String, Object> sentence : (List<Map<String, Object>>) p.get("sentences")) {
                        b.append(sentence.get("text"));
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }
}
