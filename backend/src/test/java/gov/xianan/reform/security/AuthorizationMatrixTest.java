package gov.xianan.reform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * The authorization matrix: every operation of the OpenAPI document × every demo user of the dev
 * realm and both service accounts, with the status each must get, from real Keycloak tokens
 * against the demo data. The table is {@code src/test/resources/authorization-matrix.csv}; an
 * operation of the document without a row, a row without an operation, or a realm user without a
 * column fails the build, so a new endpoint cannot ship without its access decided.
 *
 * <p>How a row is exercised: reads (GET) use a real record of the demo data for each path
 * parameter (see {@link #RECORDS}: the department, owner or zone is chosen so that scope shows);
 * writes use a path parameter that names no record and a body of {@code {}} (or an empty
 * multipart form), so that nothing changes and the answer is the access decision: 401/403 when
 * the caller may not call it at all, 400/404/409/415 when the caller passed the gate and the
 * request itself was refused. Scope of writes on real records is proven by the attack suite
 * ({@code security/attacks}). After a run, {@code target/authorization-matrix.actual.csv} holds
 * what the API answered, in the same layout, to review a change with a diff.
 */
@QuarkusTest
@TestProfile(AuthorizationMatrixTest.DemoData.class)
@Tag("keycloak")
class AuthorizationMatrixTest {

    /** A small demo district: every feature's demo loader runs, over 400 workers instead of 22,165. */
    public static class DemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("xianan.demo-data.enabled", "true", "xianan.demo-data.workers", "400");
        }
    }

    static final Path MATRIX = Path.of("src/test/resources/authorization-matrix.csv");
    static final Path ACTUAL = Path.of("target/authorization-matrix.actual.csv");
    static final Path REALM = Path.of("keycloak/xianan-realm.json");
    /** A path parameter of a write names nothing. */
    static final String NO_SUCH_ID = "987654321";

    /**
     * The record each path parameter of a read names, by the path up to the parameter. Chosen to
     * make scope visible: a task led by publicity, a fund and an application of hrss, a worker of
     * an enterprise in the development zone, a competition of hrss.
     */
    static final Map<String, String> RECORDS = new LinkedHashMap<>();
    static {
        RECORDS.put("/api/v1/competitions/{id}", "select c.id from competition c join department d on d.id = c.department_id where d.code = 'hrss' order by c.id limit 1");
        RECORDS.put("/api/v1/departments/{code}", "select 'hrss'");
        RECORDS.put("/api/v1/dictionaries/{kind}", "select 'industry'");
        RECORDS.put("/api/v1/dictionaries/{kind}/items/{code}", "select 'biomedicine'");
        RECORDS.put("/api/v1/enterprises/{id}", "select id from enterprise where in_dev_zone order by id limit 1");
        RECORDS.put("/api/v1/funds/{id}", "select id from subsidy_fund where department_code = 'hrss' order by id limit 1");
        RECORDS.put("/api/v1/honours/{id}", "select id from honour order by id limit 1");
        RECORDS.put("/api/v1/imports/{id}", "select id::text from import_job order by created_at limit 1");
        RECORDS.put("/api/v1/records/{type}", "select 'publicity-sessions'");
        // a publicity session linked to the 双宣讲 task (led by publicity, devzone co-operating): the lead unit, publicity and devzone read it
        RECORDS.put("/api/v1/records/{type}/{id}", "select r.id from department_record r where r.record_type = ?1 and r.task_id is not null and r.demo order by r.id limit 1");
        RECORDS.put("/api/v1/subsidy-applications/{id}", "select a.id from subsidy_application a join subsidy_attachment t on t.application_id = a.id order by a.id limit 1");
        RECORDS.put("/api/v1/subsidy-applications/{id}/attachments/{attachmentId}", "select t.id from subsidy_attachment t where t.application_id = ?1 order by t.id limit 1");
        RECORDS.put("/api/v1/subsidy-programmes/{id}", "select id from subsidy_programme order by id limit 1");
        RECORDS.put("/api/v1/tasks/{id}", "select t.id from reform_task t join department d on d.id = t.lead_department_id where d.code = 'publicity' order by t.id limit 1");
        RECORDS.put("/api/v1/tasks/{taskId}", "select r.task_id from report_attachment a join progress_report r on r.id = a.report_id join department d on d.id = r.department_id where d.code = 'publicity' order by r.id limit 1");
        RECORDS.put("/api/v1/tasks/{taskId}/progress-reports/{reportId}", "select a.report_id from report_attachment a join progress_report r on r.id = a.report_id where r.task_id = ?1 order by a.id limit 1");
        RECORDS.put("/api/v1/tasks/{taskId}/progress-reports/{reportId}/attachments/{attachmentId}", "select a.id from report_attachment a where a.report_id = ?2 order by a.id limit 1");
        // webhook subscriptions are a client's own: the demo has none, so reads name one that is nobody's (404 past the gate)
        RECORDS.put("/api/v1/webhooks/subscriptions/{id}", "select 987654321");
        RECORDS.put("/api/v1/workers/{id}", "select m.worker_id from employment m join enterprise e on e.id = m.enterprise_id where e.in_dev_zone and m.end_date is null"
                + " and not exists (select 1 from subsidy_application_trainee t where t.worker_id = m.worker_id)"
                + " and not exists (select 1 from competition_participant p where p.worker_id = m.worker_id) order by m.worker_id limit 1");
    }

    record Caller(String name, String kind) {
        String token() {
            return TOKENS.compute(name, (k, old) -> old != null && System.currentTimeMillis() - old.issuedAt < 120_000 ? old
                    : new Token(kind.equals("service") ? KeycloakTokens.clientCredentials(name, name + "-secret") : KeycloakTokens.password(name),
                            System.currentTimeMillis())).value;
        }
    }

    record Token(String value, long issuedAt) {
    }

    record Row(String method, String path, Map<String, Integer> expected) {
        String operation() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return operation();
        }
    }

    static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, Map<String, Integer>> ACTUALS = new ConcurrentHashMap<>();

    @Inject
    Db db;

    @Inject
    ObjectMapper json;

    /** Records the demo data lacks: an import job with errors, evidence on a subsidy application. */
    @org.junit.jupiter.api.BeforeEach
    void prepare() throws InterruptedException {
        if (db.count("select count(*) from import_job") == 0) {
            String editor = new Caller("federation-staff", "user").token();
            String template = given().auth().oauth2(editor).queryParam("format", "csv").get("/api/v1/imports/workers/template")
                    .then().statusCode(200).extract().asString();
            String header = template.lines().findFirst().orElseThrow();
            byte[] csv = (header + "\n421202199001011235,矩阵测试,博士,abc,普工,,也许,否,是,否,,,\n").getBytes(StandardCharsets.UTF_8);
            String id = given().auth().oauth2(editor).multiPart("file", "matrix.csv", csv).queryParam("dryRun", true)
                    .post("/api/v1/imports/workers").then().statusCode(202).extract().jsonPath().getString("id");
            for (int i = 0; i < 100 && List.of("QUEUED", "VALIDATING").contains(
                    given().auth().oauth2(editor).get("/api/v1/imports/" + id).then().extract().jsonPath().getString("status")); i++) {
                Thread.sleep(100);
            }
        }
        if (db.count("select count(*) from subsidy_attachment") == 0) {
            String draft = db.string("select id::text from subsidy_application where state = 'DRAFT' order by id limit 1");
            assertThat(draft).as("a draft application in the demo data").isNotNull();
            byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            given().auth().oauth2(new Caller("hrss-reviewer", "user").token()).multiPart("file", "sign-in.pdf", pdf, "application/pdf")
                    .post("/api/v1/subsidy-applications/" + draft + "/attachments").then().statusCode(201);
        }
    }

    // ------------------------------------------------------------------------------ the table

    static List<String> header() {
        try {
            return List.of(Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()
                    .split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Row> rows() {
        try {
            List<String> header = header();
            return Files.readAllLines(MATRIX, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> {
                String[] cells = l.split(",");
                String[] op = cells[0].split(" ", 2);
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 1; i < header.size(); i++) {
                    expected.put(header.get(i), i < cells.length && !cells[i].isBlank() ? Integer.valueOf(cells[i].strip()) : null);
                }
                return new Row(op[0], op[1], expected);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's human users and the two service accounts: the columns the table must have. */
    List<Caller> realmCallers() throws IOException {
        JsonNode realm = json.readTree(REALM.toFile());
        List<Caller> callers = new ArrayList<>();
        for (JsonNode u : realm.get("users")) {
            if (u.hasNonNull("serviceAccountClientId")) {
                callers.add(new Caller(u.get("serviceAccountClientId").asText(), "service"));
            } else {
                callers.add(new Caller(u.get("username").asText(), "user"));
            }
        }
        return callers;
    }

    /** Every operation of the served OpenAPI document, as "METHOD /path". */
    TreeSet<String> documentedOperations() throws IOException {
        JsonNode doc = json.readTree(given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        TreeSet<String> ops = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(m) && !p.getKey().startsWith("/api/v1/test-support")) {
                ops.add(m.toUpperCase() + " " + p.getKey());
            }
        }));
        return ops;
    }

    @Test
    void everyOperationHasARowAndEveryCallerAColumn() throws IOException {
        TreeSet<String> inTable = rows().map(Row::operation).collect(Collectors.toCollection(TreeSet::new));
        TreeSet<String> documented = documentedOperations();
        TreeSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(inTable);
        TreeSet<String> stale = new TreeSet<>(inTable);
        stale.removeAll(documented);
        assertThat(missing).as("operations of the OpenAPI document without a row in " + MATRIX).isEmpty();
        assertThat(stale).as("rows of " + MATRIX + " naming no operation").isEmpty();
        assertThat(rows().count()).as("one row per operation").isEqualTo(inTable.size());

        List<String> columns = header().subList(1, header().size());
        assertThat(columns).as("a column per demo user and service account of " + REALM)
                .containsExactlyInAnyOrderElementsOf(realmCallers().stream().map(Caller::name).toList());
        rows().forEach(r -> assertThat(r.expected().values()).as(r + ": an expected status for every caller").doesNotContainNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyCallerGetsTheStatusOfTheTable(Row row) throws IOException {
        Map<String, String> kinds = realmCallers().stream().collect(Collectors.toMap(Caller::name, Caller::kind));
        String path = resolve(row);
        Map<String, Integer> actual = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> e : row.expected().entrySet()) {
            Caller caller = new Caller(e.getKey(), kinds.getOrDefault(e.getKey(), "user"));
            int status = call(row, path, caller.token());
            actual.put(caller.name(), status);
            if (e.getValue() == null || e.getValue() != status) {
                wrong.add(caller.name() + " expected " + e.getValue() + " got " + status);
            }
        }
        ACTUALS.put(row.operation(), actual);
        assertThat(wrong).as(row + " on " + path).isEmpty();
    }

    /** The concrete path: a demo record for reads, a name of nothing for writes. */
    String resolve(Row row) {
        String path = row.path();
        List<String> found = new ArrayList<>();
        Matcher m = java.util.regex.Pattern.compile("\\{[^}]+}").matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = NO_SUCH_ID;
            if (row.method().equals("GET") || m.group().equals("{type}")) { // a write to a record type names a real type, so scope shows
                String prefix = path.substring(0, m.end());
                String sql = RECORDS.get(prefix);
                assertThat(sql).as("a demo record for " + prefix + " in AuthorizationMatrixTest.RECORDS").isNotNull();
                for (int i = 0; i < found.size(); i++) {
                    sql = sql.replace("?" + (i + 1), "'" + found.get(i) + "'");
                }
                value = db.string(sql);
                assertThat(value).as("the demo data has a record for " + prefix).isNotNull();
            }
            found.add(value);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static int call(Row row, String path, String token) {
        RequestSpecification request = given().auth().oauth2(token).redirects().follow(false);
        if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
            if (path.contains("/attachments") || path.endsWith("/imports/workers") || path.endsWith("/imports")) {
                request = request.contentType("multipart/form-data").multiPart("note", "authorization matrix");
            } else {
                request = request.contentType("application/json").body("{}");
            }
        }
        return request.request(row.method(), path).then().extract().statusCode();
    }

    @AfterAll
    static void writeActual() throws IOException {
        if (ACTUALS.isEmpty()) {
            return;
        }
        List<String> header = header();
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        rows().forEach(r -> {
            Map<String, Integer> a = ACTUALS.get(r.operation());
            StringBuilder line = new StringBuilder(r.operation());
            for (String caller : header.subList(1, header.size())) {
                line.append(',').append(a == null ? (r.expected().get(caller) == null ? "" : r.expected().get(caller)) : a.get(caller));
            }
            lines.add(line.toString());
        });
        Files.createDirectories(ACTUAL.getParent());
        Files.write(ACTUAL, lines, StandardCharsets.UTF_8);
    }
}
