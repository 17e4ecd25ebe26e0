package gov.xianan.reform.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.db.AdvisoryLocks;
import gov.xianan.reform.common.jobs.BackgroundJobs;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.importing.ImportCleanup;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

import javax.sql.DataSource;

/** Worker import: template, dry run, all-or-nothing, idempotence, the marked workbook, bad files, scope. */
@QuarkusTest
@TestSecurity(user = "federation-staff", roles = { "staff", "registry-editor" })
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-staff") })
class WorkerImportTest {

    private static final String HEADER = "身份证号,姓名,文化程度,月工资,技能等级,工种,农业户口,外来务工,工会会员,党员,手机号,企业统一社会信用代码,入职日期\n";

    @Inject
    Db db;

    @Inject
    ImportCleanup cleanup;

    @Inject
    DataSource dataSource;

    @Inject
    BackgroundJobs jobs;

    private String creditCode() {
        String code = Ids.creditCode();
        given().contentType("application/json")
                .body(Map.of("creditCode", code, "name", "导入测试企业", "industryCode", "textiles", "ownership", "NON_PUBLIC", "size", "SMALL",
                        "inDevZone", true, "hasUnion", true, "hasPartyOrg", true))
                .when().post("/api/v1/enterprises").then().statusCode(201);
        return code;
    }

    private static String row(String id, String name, String code) {
        return id + "," + name + ",高中及中专,3800.50,中级工,挡车工,是,否,是,否,13900001111," + code + ",2023-05-01\n";
    }

    private static JsonPath upload(byte[] content, String fileName, boolean dryRun) {
        long id = given().multiPart("file", fileName, content).queryParam("dryRun", dryRun)
                .when().post("/api/v1/imports/workers")
                .then().statusCode(202).header("Location", containsString("/api/v1/imports/"))
                .extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            String status = given().when().get("/api/v1/imports/" + id).then().statusCode(200).extract().path("status");
            return List.of("VALIDATED", "SUCCEEDED", "FAILED").contains(status);
        });
        return given().when().get("/api/v1/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** Freezes the clock bean (the clean-up's "now") for the current test. */
    private static void today(LocalDate date) {
        QuarkusMock.installMockForType(Clock.fixed(date.atTime(9, 0).atZone(ClockProducer.ZONE).toInstant(), ClockProducer.ZONE), Clock.class);
    }

    private long workers(String... ids) {
        return db.count("select count(*) from worker where id_number = any(?)", (Object) ids);
    }

    @Test
    void aDryRunValidatesEveryRowAndWritesNothing() {
        String code = creditCode();
        String a = Ids.idNumber("19900101", true);
        String b = Ids.idNumber("19910101", false);
        String csv = HEADER + row(a, "甲", code) + row(b, "乙", code) + "421202199001011235,丙,博士,abc,普工,,也许,否,是,否,,,\n";
        JsonPath job = upload(csv.getBytes(StandardCharsets.UTF_8), "workers.csv", true);
        assertThat(job.getString("status")).isEqualTo("VALIDATED");
        assertThat(job.getInt("rowsRead")).isEqualTo(3);
        assertThat(job.getInt("rowsValid")).isEqualTo(2);
        assertThat(job.getInt("rowsCreated")).isEqualTo(2);
        assertThat(job.getInt("errorCount")).isEqualTo(4);
        assertThat(workers(a, b)).isZero();
        given().when().get("/api/v1/imports/" + job.getLong("id") + "/errors").then().statusCode(200)
                .body("items.column", hasItem("身份证号"))
                .body("items.column", hasItem("文化程度"))
                .body("items.column", hasItem("月工资"))
                .body("items.column", hasItem("农业户口"))
                .body("items[0].row", equalTo(4));

        // the marked workbook: the header and the one bad row (row 4 of the file), its bad cells filled and explained,
        // the ID number masked for a registry-editor without pii-reader; the good rows are not kept
        byte[] xlsx = given().when().get("/api/v1/imports/" + job.getLong("id") + "/errors.xlsx").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("原行号");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("身份证号");
            Row bad = sheet.getRow(1);
            assertThat(bad.getCell(0).getNumericCellValue()).isEqualTo(4.0);
            assertThat(bad.getCell(1).getStringCellValue()).isEqualTo("421202********1235");
            assertThat(bad.getCell(3).getStringCellValue()).isEqualTo("博士");
            assertThat(bad.getCell(3).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(2).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(bad.getCell(14).getStringCellValue()).contains("文化程度");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theUploadIsDeletedWhenTheJobEndsWhateverTheOutcome() throws Exception {
        String code = creditCode();
        JsonPath ok = upload((HEADER + row(Ids.idNumber("19660606", true), "删文件", code)).getBytes(StandardCharsets.UTF_8), "ok.csv", false);
        JsonPath bad = upload((HEADER + row("421202199001011235", "删文件二", code)).getBytes(StandardCharsets.UTF_8), "bad.csv", false);
        JsonPath dry = upload((HEADER + row(Ids.idNumber("19670707", true), "删文件三", code)).getBytes(StandardCharsets.UTF_8), "dry.csv", true);
        assertThat(List.of(ok.getString("status"), bad.getString("status"), dry.getString("status"))).containsExactly("SUCCEEDED", "FAILED", "VALIDATED");
        // the bytes lived in the database with the job, never in a file; each job's are deleted when it ends, whatever the outcome
        for (JsonPath job : List.of(ok, bad, dry)) {
            long id = job.getLong("id");
            await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                    "select count(*) from background_job b join import_job i on i.background_job_id = b.id where i.id = ? and b.finished_at is not null", id) == 1);
            assertThat(db.count("select count(*) from background_job b join import_job i on i.background_job_id = b.id "
                    + "where i.id = ? and b.input is null and not b.retryable", id)).isEqualTo(1);
        }
        // what stays of the failed job: its header and its bad row, for the retention
        assertThat(db.count("select count(*) from import_error_row where job_id = ?", bad.getLong("id"))).isEqualTo(2);
        assertThat(db.count("select count(*) from import_error_row where job_id = ?", ok.getLong("id"))).isEqualTo(1); // the header only
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff", "registry-editor", "pii-reader" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "preferred_username", value = "federation-lead") })
    void aPiiReaderGetsTheRowsInClearAndTheReadIsLogged() throws Exception {
        String code = creditCode();
        String id = "421202199001011235"; // a bad check digit: the row is kept
        JsonPath job = upload((HEADER + row(id, "明文", code)).getBytes(StandardCharsets.UTF_8), "clear.csv", true);
        String jobId = String.valueOf(job.getLong("id"));
        byte[] xlsx = given().when().get("/api/v1/imports/" + jobId + "/errors.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo(id);
            assertThat(book.getSheetAt(0).getRow(1).getCell(11).getStringCellValue()).isEqualTo("13900001111");
        }
        assertThat(db.count("select count(*) from audit_event where action = 'PII_READ' and entity_type = 'import_job' and entity_id = ? "
                + "and actor = 'federation-lead'", jobId)).isEqualTo(1);
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_id = ? and outcome = 'UNMASKED'", jobId))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(
                () -> db.count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and entity_id = ? and detail like '%1 rows%'", jobId) == 1);
    }

    @Test
    void errorRowsAreDeletedAfterTheRetentionOnceHoweverOftenTheCleanUpRuns() throws Exception {
        String code = creditCode();
        JsonPath job = upload((HEADER + row("421202199001011235", "过期", code)).getBytes(StandardCharsets.UTF_8), "old.csv", true);
        long id = job.getLong("id");
        assertThat(job.getString("errorsKeptUntil")).isNotNull();
        assertThat(db.count("select count(*) from import_error_row where job_id = ?", id)).isEqualTo(2);

        // a day later nothing is due; another replica holding the lock makes a run skip
        today(LocalDate.now(ClockProducer.ZONE).plusDays(1));
        assertThat(cleanup.run().jobsPurged()).isZero();
        assertThat(db.count("select count(*) from import_error where job_id = ?", id)).isPositive();
        today(LocalDate.now(ClockProducer.ZONE).plusDays(31));
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var lock = other.prepareStatement("select pg_advisory_xact_lock(?, 0)")) {
                lock.setInt(1, AdvisoryLocks.Space.IMPORT_CLEANUP.key);
                lock.execute();
            }
            ImportCleanup.Result skipped = cleanup.run();
            assertThat(skipped.lockHeld()).isFalse();
            assertThat(db.count("select count(*) from import_error_row where job_id = ?", id)).isEqualTo(2);
            other.rollback();
        }

        ImportCleanup.Result first = cleanup.run();
        assertThat(first.lockHeld()).isTrue();
        assertThat(first.jobsPurged()).isPositive();
        assertThat(db.count("select count(*) from import_error_row where job_id = ?", id)).isZero();
        assertThat(db.count("select count(*) from import_error where job_id = ?", id)).isZero();
        assertThat(db.string("select errors_purged_at from import_job where id = ?", id)).isNotNull();
        assertThat(cleanup.run().jobsPurged()).isZero(); // the second replica, or the next hour, finds nothing
        given().when().get("/api/v1/imports/" + id + "/errors.xlsx").then().statusCode(410).contentType("application/problem+json");
        given().when().get("/api/v1/imports/" + id + "/errors").then().statusCode(410);
        given().when().get("/api/v1/imports/" + id).then().statusCode(200).body("errorCount", equalTo(job.getInt("errorCount")))
                .body("errorsPurgedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anImportWhoseServerDiedIsFailedClearlyAfterItsLeaseAndTheUserCanRetryIt() {
        String code = creditCode();
        String a = Ids.idNumber("19720202", true);
        byte[] csv = (HEADER + row(a, "重试", code)).getBytes(StandardCharsets.UTF_8);
        // a real import that a replica was running when it died (for the second time): its lease is over
        long id = db.count("insert into import_job (kind, status, dry_run, file_name, file_format, created_by, department, started_at) "
                + "values ('workers', 'VALIDATING', false, 'r.csv', 'CSV', 'federation-staff', 'federation', now()) returning id");
        long background = db.count("insert into background_job (kind, subject_id, state, input, attempts, max_attempts, locked_by, lease_until, started_at) "
                + "values ('worker-import', ?, 'RUNNING', ?, 2, 2, 'dead-replica', now() - interval '1 second', now()) returning id", id, csv);
        db.execute("update import_job set background_job_id = ? where id = ?", background, id);

        jobs.reapExpired(); // any replica's poller
        given().when().get("/api/v1/imports/" + id).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("failureReason", containsString("服务实例已停止")).body("failureReason", containsString("未写入任何数据"))
                .body("failureReason", containsString("重试")).body("retryable", equalTo(true));
        assertThat(workers(a)).isZero();

        given().when().post("/api/v1/imports/" + id + "/retry").then().statusCode(202).body("status", equalTo("QUEUED"))
                .body("failureReason", org.hamcrest.Matchers.nullValue());
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(db.string("select status from import_job where id = ?", id)));
        assertThat(workers(a)).isEqualTo(1);
        assertThat(db.count("select count(*) from background_job where id = ? and input is null and state = 'SUCCEEDED'", background)).isEqualTo(1);
        given().when().get("/api/v1/imports/" + id).then().statusCode(200).body("retryable", equalTo(false));

        // a succeeded import, or one that failed on its data, is not retried
        given().when().post("/api/v1/imports/" + id + "/retry").then().statusCode(409).contentType("application/problem+json");
        JsonPath bad = upload((HEADER + row("421202199001011235", "坏行", code)).getBytes(StandardCharsets.UTF_8), "bad.csv", false);
        assertThat(bad.getString("status")).isEqualTo("FAILED");
        assertThat(bad.getBoolean("retryable")).isFalse();
        given().when().post("/api/v1/imports/" + bad.getLong("id") + "/retry").then().statusCode(409)
                .body("detail", containsString("修正文件"));
        given().when().post("/api/v1/imports/999999999/retry").then().statusCode(404);
    }

    @Test
    void aRealRunWithOneBadRowWritesNothing() {
        String code = creditCode();
        String a = Ids.idNumber("19850101", true);
        String csv = HEADER + row(a, "丁", code) + row("421202199001011235", "戊", code);
        JsonPath job = upload(csv.getBytes(StandardCharsets.UTF_8), "bad.csv", false);
        assertThat(job.getString("status")).isEqualTo("FAILED");
        assertThat(job.getString("failureReason")).contains("未导入任何数据");
        assertThat(workers(a)).isZero();
    }

    /**
     * Issue 13: the database writes batch after batch (7 rows each in the tests) while the file is still
     * read. A bad row after several batches were written still leaves nothing, and a good file is one
     * revision, every row with its history and its events in the order of the records.
     */
    @Test
    void aFileWrittenInBatchesIsAllOrNothing() {
        String code = creditCode();
        List<String> ids = new ArrayList<>();
        StringBuilder good = new StringBuilder(HEADER);
        for (int i = 0; i < 30; i++) {
            String id = Ids.idNumber("1986" + String.format("%02d%02d", 1 + i % 12, 1 + i / 12), i % 2 == 0);
            ids.add(id);
            good.append(row(id, "批" + i, code));
        }
        String[] all = ids.toArray(String[]::new);
        long lastEvent = db.count("select coalesce(max(id), 0) from change_event");
        long lastRevision = db.count("select coalesce(max(id), 0) from audit_revision");
        String bad = good + row("421202199001011235", "错", code) + row(Ids.idNumber("19870101", true), "后", code);
        JsonPath failed = upload(bad.getBytes(StandardCharsets.UTF_8), "late-bad.csv", false);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("failureReason")).contains("未导入任何数据");
        assertThat(workers(all)).isZero();
        assertThat(db.count("select count(*) from change_event where id > ?", lastEvent)).isZero();
        assertThat(db.count("select count(*) from worker_aud where rev > ?", lastRevision)).isZero();

        JsonPath done = upload(good.toString().getBytes(StandardCharsets.UTF_8), "batches.csv", false);
        assertThat(done.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(done.getInt("rowsCreated")).isEqualTo(30);
        assertThat(workers(all)).isEqualTo(30);
        assertThat(db.count("select count(*) from employment m join worker w on w.id = m.worker_id where w.id_number = any(?) and m.end_date is null",
                (Object) all)).isEqualTo(30);
        assertThat(db.count("select count(distinct a.rev) from worker_aud a join worker w on w.id = a.id where w.id_number = any(?)", (Object) all))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from change_event where id > ? and entity_type = 'worker' and operation = 'CREATED'", lastEvent))
                .isEqualTo(30);
        assertThat(db.count("select count(*) from change_event where id > ? and entity_type = 'employment' and operation = 'CREATED'", lastEvent))
                .isEqualTo(30);
        // within each batch, a record's events come in the order of its ids
        assertThat(db.count("select count(*) from (select entity_id::bigint - lag(entity_id::bigint) over (order by id) as step from change_event "
                + "where id > ? and entity_type = 'worker') x where step < 0", lastEvent)).isZero();
    }

    @Test
    void theSameFileTwiceCreatesNoDuplicatesAndAChangeIsAnUpdate() {
        String code = creditCode();
        String a = Ids.idNumber("19800101", true);
        String b = Ids.idNumber("19810101", false);
        byte[] csv = ("\uFEFF" + HEADER + row(a, "己", code) + row(b, "庚", code)).getBytes(StandardCharsets.UTF_8);
        JsonPath first = upload(csv, "twice.csv", false);
        assertThat(first.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(first.getInt("rowsCreated")).isEqualTo(2);
        assertThat(workers(a, b)).isEqualTo(2);
        assertThat(db.count("select count(*) from employment m join worker w on w.id = m.worker_id where w.id_number = ? and m.end_date is null", a))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from worker_aud a join worker w on w.id = a.id join audit_revision r on r.id = a.rev "
                + "where w.id_number = ? and r.actor = 'federation-staff'", a)).isEqualTo(1);

        JsonPath second = upload(csv, "twice.csv", false);
        assertThat(second.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(second.getInt("rowsCreated")).isZero();
        assertThat(second.getInt("rowsUnchanged")).isEqualTo(2);
        assertThat(workers(a, b)).isEqualTo(2);

        byte[] changed = (HEADER + row(a, "己改", code) + row(b, "庚", code)).getBytes(StandardCharsets.UTF_8);
        JsonPath third = upload(changed, "changed.csv", false);
        assertThat(third.getInt("rowsUpdated")).isEqualTo(1);
        assertThat(db.string("select name from worker where id_number = ?", a)).isEqualTo("己改");
        assertThat(workers(a, b)).isEqualTo(2);
    }

    @Test
    void anImportRecordsInHistoryAndFeedExactlyWhatItWrote() {
        String codeA = creditCode();
        String codeB = creditCode();
        String a = Ids.idNumber("19820101", true);
        String b = Ids.idNumber("19830101", false);
        String c = Ids.idNumber("19840101", true);
        long lastEvent = db.count("select coalesce(max(id), 0) from change_event");
        JsonPath first = upload((HEADER + row(a, "辛", codeA) + row(b, "壬", codeA) + row(c, "癸", codeA)).getBytes(StandardCharsets.UTF_8),
                "history.csv", false);
        assertThat(first.getString("status")).isEqualTo("SUCCEEDED");
        long revision = db.count("select max(rev) from worker_aud a join worker w on w.id = a.id where w.id_number = ?", a);
        // one revision: each new worker and each new employment added (0), each with its event
        assertThat(db.count("select count(*) from worker_aud where rev = ? and rev_type = 0", revision)).isEqualTo(3);
        assertThat(db.count("select count(*) from employment_aud where rev = ? and rev_type = 0", revision)).isEqualTo(3);
        assertThat(db.count("select count(*) from employment_aud where rev = ?", revision)).isEqualTo(3);
        assertThat(db.count("select count(*) from change_event where id > ? and entity_type = 'worker' and operation = 'CREATED' "
                + "and data ->> 'idNumber' = any(?) and actor = 'federation-staff'", lastEvent, new String[] { a, b, c })).isEqualTo(3);
        assertThat(db.count("select count(*) from change_event e join employment m on m.id = e.entity_id::bigint join worker w on w.id = m.worker_id "
                + "where e.id > ? and e.entity_type = 'employment' and e.operation = 'CREATED' and w.id_number = any(?) "
                + "and (e.data ->> 'startDate') = '2023-05-01' and (e.data ->> 'workerId')::bigint = w.id", lastEvent, new String[] { a, b, c }))
                .isEqualTo(3);

        // a moves to B with a new wage, b's wage changes, c is sent unchanged
        lastEvent = db.count("select coalesce(max(id), 0) from change_event");
        String moved = a + ",辛,高中及中专,4100.00,中级工,挡车工,是,否,是,否,13900001111," + codeB + ",2025-03-01\n";
        String raised = b + ",壬,高中及中专,3900.00,中级工,挡车工,是,否,是,否,13900001111," + codeA + ",2023-05-01\n";
        JsonPath second = upload((HEADER + moved + raised + row(c, "癸", codeA)).getBytes(StandardCharsets.UTF_8), "history.csv", false);
        assertThat(second.getInt("rowsUpdated")).isEqualTo(2);
        assertThat(second.getInt("rowsUnchanged")).isEqualTo(1);
        long next = db.count("select max(rev) from worker_aud a join worker w on w.id = a.id where w.id_number = ?", a);
        assertThat(next).isGreaterThan(revision);
        assertThat(db.count("select count(*) from worker_aud a join worker w on w.id = a.id where a.rev = ? and a.rev_type = 1 "
                + "and w.id_number = any(?)", next, new String[] { a, b })).isEqualTo(2);
        assertThat(db.count("select count(*) from worker_aud where rev = ?", next)).isEqualTo(2);
        // a's employment at A closed the day before (MOD), the one at B opened (ADD); nothing for b or c
        assertThat(db.string("select string_agg(a.rev_type || ':' || coalesce(a.end_date::text, '-') || ':' || a.start_date, ',' order by a.id) "
                + "from employment_aud a join worker w on w.id = a.worker_id where a.rev = ?", next)).isEqualTo("1:2025-02-28:2023-05-01,0:-:2025-03-01");
        assertThat(db.string("select string_agg(e.entity_type || ':' || e.operation, ',' order by e.id) from change_event e where e.id > ? "
                + "and e.actor = 'federation-staff'", lastEvent)).isEqualTo("worker:UPDATED,worker:UPDATED,employment:UPDATED,employment:CREATED");
        assertThat(db.string("select data ->> 'monthlyWage' from change_event where id > ? and entity_type = 'worker' and data ->> 'idNumber' = ?",
                lastEvent, a)).isEqualTo("4100.00");
    }

    @Test
    void xlsxFilesImportToo() throws Exception {
        String code = creditCode();
        String a = Ids.idNumber("19750505", false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("工人名册");
            String[] header = HEADER.strip().split(",");
            String[] values = row(a, "辛", code).strip().split(",", -1);
            Row h = sheet.createRow(0);
            Row r = sheet.createRow(1);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c] + (c == 0 ? "*" : ""));
                r.createCell(c).setCellValue(values[c]);
            }
            book.write(out);
        }
        JsonPath job = upload(out.toByteArray(), "workers.xlsx", false);
        assertThat(job.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(job.getString("fileFormat")).isEqualTo("XLSX");
        assertThat(db.string("select name from worker where id_number = ?", a)).isEqualTo("辛");
    }

    @Test
    void wrongFilesAreClear4xx() {
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
        given().multiPart("file", "photo.csv", png).when().post("/api/v1/imports/workers")
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("xlsx"));
        given().multiPart("file", "x.csv", "姓名,手机号\n张三,13800000000\n".getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/workers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("身份证号"));
        // a zip that is no workbook (by its whole content) is a type mismatch
        given().multiPart("file", "broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }).when().post("/api/v1/imports/workers")
                .then().statusCode(415).body("detail", containsString("Excel"));
        given().multiPart("file", "empty.csv", new byte[0]).when().post("/api/v1/imports/workers").then().statusCode(400);
        given().contentType("application/json").body("{}").when().post("/api/v1/imports/workers").then().statusCode(415);
    }

    @Test
    void theTemplatesHaveTheColumns() throws Exception {
        byte[] xlsx = given().when().get("/api/v1/imports/workers/template").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("身份证号*");
            assertThat(book.getSheet("填写说明")).isNotNull();
            assertThat(book.getSheetAt(0).getDataValidations()).isNotEmpty();
        }
        String csv = given().queryParam("format", "csv").when().get("/api/v1/imports/workers/template").then().statusCode(200).extract().asString();
        assertThat(csv).contains("身份证号,姓名,文化程度");
    }

    @Test
    @TestSecurity(user = "publicity-staff", roles = "staff")
    void staffWithoutTheEditorRoleCannotImport() {
        given().multiPart("file", "x.csv", HEADER.getBytes(StandardCharsets.UTF_8)).when().post("/api/v1/imports/workers").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "devzone-editor", roles = { "staff", "registry-editor" })
    @OidcSecurity(claims = { @Claim(key = "department", value = "devzone"), @Claim(key = "preferred_username", value = "devzone-editor") })
    void anotherDepartmentsJobIsNotFoundAndTheAttemptIsLogged() {
        // only the lead unit's editors import (registry scope), so the other department's finished job is written directly
        long job = db.count("insert into import_job (kind, status, dry_run, file_name, file_format, created_by, department, finished_at) "
                + "values ('workers', 'VALIDATED', true, 'w.csv', 'CSV', 'hrss-someone', 'hrss', now()) returning id");
        long before = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_id = ?", String.valueOf(job));
        given().when().get("/api/v1/imports/" + job).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/imports/" + job + "/errors.xlsx").then().statusCode(404);
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and entity_id = ?", String.valueOf(job)))
                .isEqualTo(before + 2);
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_id = ?", String.valueOf(job))).isZero();
    }
}
