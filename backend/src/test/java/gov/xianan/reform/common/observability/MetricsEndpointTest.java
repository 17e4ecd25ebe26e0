package gov.xianan.reform.common.observability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.registry.importing.ImportMetrics;
import gov.xianan.reform.subsidies.service.SubsidyMetrics;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/**
 * {@code /q/metrics} answers Prometheus text with the HTTP, pool, JVM and business meters; the
 * business gauges agree with the database; route labels are templates, never ids or query values.
 * Also writes the names it scraped to {@code target/metrics-names.txt}, which
 * {@code backend/dev/check-observability.py} holds the dashboard and the alert rules against.
 */
@QuarkusTest
@TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-staff") })
class MetricsEndpointTest {

    /** {@code name{labels} value}: one sample line of the text format. */
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"");

    @Inject
    Db db;

    @Inject
    ImportMetrics importMetrics;

    @Inject
    SubsidyMetrics subsidyMetrics;

    private static String scrape() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .extract().asString();
    }

    /** The value of one series, written {@code name{label="v",...}} with the labels as the registry orders them. */
    private static double value(String text, String series) {
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            String labels = m.group(2) == null ? "" : m.group(2).replace(",}", "}"); // the 0.0.4 format may end labels with a comma
            if ((m.group(1) + labels).equals(series)) {
                return Double.parseDouble(m.group(3));
            }
        }
        throw new AssertionError("no series " + series + " in /q/metrics");
    }

    @Test
    void prometheusTextWithTheStandardAndBusinessMeters() throws IOException {
        given().when().get("/api/v1/me").then().statusCode(200);
        String text = scrape();
        assertThat(text).contains("# TYPE xianan_import_rows_processed_total counter")
                .contains("# HELP xianan_import_rows_processed_total Rows of uploaded worker files processed")
                .contains("# TYPE xianan_background_jobs gauge")
                .contains("# TYPE xianan_subsidy_applications gauge")
                .contains("# TYPE xianan_subsidy_funds_committed_yuan gauge")
                .contains("xianan_background_jobs{kind=\"workers\",state=\"FAILED\"")
                .contains("xianan_subsidy_applications{state=\"SUBMITTED\"")
                .contains("http_server_requests_seconds_bucket{")
                .contains("agroal_active_count")
                .contains("jvm_memory_used_bytes");
        writeNames(text);
    }

    @Test
    void businessGaugesAgreeWithTheDatabase() {
        db.execute("insert into import_job (kind, status, dry_run, file_name, file_format, created_by, department, finished_at) "
                + "values ('workers', 'FAILED', false, 'w.csv', 'CSV', 'metrics-test', 'federation', now())");
        importMetrics.refresh();
        subsidyMetrics.refresh();
        String text = scrape();
        assertThat(value(text, "xianan_background_jobs{kind=\"workers\",state=\"FAILED\"}"))
                .isEqualTo(db.count("select count(*) from import_job where kind = 'workers' and status = 'FAILED'"))
                .isGreaterThanOrEqualTo(1);
        assertThat(value(text, "xianan_subsidy_applications{state=\"APPROVED\"}"))
                .isEqualTo(db.count("select count(*) from subsidy_application where state = 'APPROVED'"));
        BigDecimal committed = new BigDecimal(db.string("select coalesce(sum(committed), 0)::text from subsidy_fund"));
        assertThat(value(text, "xianan_subsidy_funds_committed_yuan{year=\"all\"}")).isEqualTo(committed.doubleValue());
    }

    @Test
    void importedRowsAreCounted() {
        double before = value(scrape(), "xianan_import_rows_processed_total{phase=\"validate\"}");
        String header = "身份证号,姓名,文化程度,月工资,技能等级,工种,农业户口,外来务工,工会会员,党员,手机号,企业统一社会信用代码,入职日期\n";
        String row = Ids.idNumber("19900101", true) + ",甲,高中及中专,3800.50,中级工,挡车工,是,否,是,否,13900001111,91421202MA0000000X,2023-05-01\n";
        String row2 = Ids.idNumber("19910101", false) + ",乙,高中及中专,3800.50,中级工,挡车工,是,否,是,否,13900001112,91421202MA0000000X,2023-05-01\n";
        long id = given().multiPart("file", "metrics.csv", (header + row + row2).getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", true)
                .when().post("/api/v1/imports/workers").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> db.count("select count(*) from import_job where id = ? and finished_at is not null", id) == 1);
        assertThat(value(scrape(), "xianan_import_rows_processed_total{phase=\"validate\"}")).isEqualTo(before + 2);
    }

    @Test
    void routeLabelsAreTemplatesWithoutIdsOrQueryValues() {
        given().when().get("/api/v1/workers/987654321").then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(404), org.hamcrest.Matchers.is(403)));
        given().queryParam("idNumber", "421202199001011234").when().get("/api/v1/workers");
        given().when().get("/api/v1/no-such-thing/123456789");
        // CORS preflights are answered before the JAX-RS router: from an allowed and a refused origin
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/workers/44556677").then().statusCode(200);
        given().header("Origin", "http://evil.example").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/v1/workers/421202199001011234X/history").then().statusCode(403);
        String text = scrape();
        assertThat(text).contains("uri=\"/api/v1/workers/{id}\"")
                .contains("method=\"OPTIONS\"")
                .contains("uri=\"/api/v1/workers/{id}/history\"")
                .doesNotContain("44556677")
                .doesNotContain("987654321")
                .doesNotContain("421202199001011234")
                .doesNotContain("123456789")
                .doesNotContain("federation-staff");
    }

    /** {@code target/metrics-names.txt}: each sample name with its label names, tab-separated. */
    private static void writeNames(String text) throws IOException {
        Map<String, TreeSet<String>> names = new TreeMap<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (line.startsWith("#") || !m.matches()) {
                continue;
            }
            TreeSet<String> labels = names.computeIfAbsent(m.group(1), k -> new TreeSet<>());
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.add(l.group(1));
                }
            }
        }
        List<String> lines = names.entrySet().stream().map(e -> e.getKey() + "\t" + String.join(",", e.getValue())).toList();
        Files.write(Path.of("target", "metrics-names.txt"), lines, StandardCharsets.UTF_8);
    }
}
