package gov.xianan.reform.security.attacks;

import static gov.xianan.reform.security.attacks.AttackFixturesFiles.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Ids;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

/**
 * Issue 11, item 5: "The export audit event is written after the stream ends: a download cut short
 * leaves no trace; masked exports of the whole registry are not logged at all." And item 10: "The
 * export audit text stores a full-ID q filter." The attacks: a masked export, an export searched
 * by a full ID number, and a download cut after a few bytes, each looking for a gap in the trail.
 */
@QuarkusTest
@Tag("keycloak")
class Attack05ExportAuditTest {

    /** Rows enough that the CSV (tens of MB) can never sit whole in the socket buffers when the client hangs up. */
    private static final int BULK_ROWS = 40_000;

    @Inject
    AttackFixturesFiles fx;

    private long lastEvent(String action, String actor) {
        return fx.db().count("select coalesce(max(id), 0) from audit_event where action = ? and actor = ?", action, actor);
    }

    @Test
    void aMaskedExportIsLoggedAtItsStartAndAtItsEndWithTheRowCount() {
        String staff = AttackFixturesFiles.token("federation-staff");
        long enterprise = fx.enterprise(staff, "导出审计测试企业");
        fx.worker(staff, enterprise, Ids.idNumber("19810515", true), "审计甲", null);
        fx.worker(staff, enterprise, Ids.idNumber("19820616", false), "审计乙", null);
        long before = lastEvent("EXPORT_STARTED", "federation-staff");

        as(staff).queryParam("format", "csv").queryParam("enterpriseId", enterprise).when().get("/api/v1/workers/export").then().statusCode(200);

        long started = lastEvent("EXPORT_STARTED", "federation-staff");
        assertThat(started).isGreaterThan(before);
        assertThat(fx.db().string("select outcome from audit_event where id = ?", started)).isEqualTo("MASKED");
        assertThat(fx.db().string("select detail from audit_event where id = ?", started)).contains("CSV export, masked", "enterpriseId=" + enterprise);
        assertThat(fx.db().string("select department from audit_event where id = ?", started)).isEqualTo("federation");
        // the end is recorded once the last byte is handed to the connection: a moment after the client has it
        await().atMost(Duration.ofSeconds(10)).until(() -> fx.db().count("select count(*) from audit_event where action = 'EXPORT_FINISHED' "
                + "and actor = 'federation-staff' and id > ? and detail = ?", started, "export #" + started + ": CSV, 2 rows") == 1);
    }

    @Test
    void theAuditTrailNeverStoresAFullIdNumberFromTheSearch() {
        String staff = AttackFixturesFiles.token("federation-staff");
        String lead = AttackFixturesFiles.token("federation-lead");
        long enterprise = fx.enterprise(staff, "检索审计测试企业");
        String id = Ids.idNumber("19830717", true);
        fx.worker(staff, enterprise, id, "检索对象", null);

        // a pii-reader may search by the full ID number: the trail keeps it masked (and the unmasked export is a PII_READ)
        long piiBefore = fx.events("PII_READ", "federation-lead", null);
        as(lead).queryParam("format", "csv").queryParam("q", id).when().get("/api/v1/workers/export").then().statusCode(200);
        long started = lastEvent("EXPORT_STARTED", "federation-lead");
        assertThat(fx.db().string("select detail from audit_event where id = ?", started))
                .contains("q=" + id.substring(0, 6) + "********" + id.substring(14)).doesNotContain(id);
        assertThat(fx.db().string("select outcome from audit_event where id = ?", started)).isEqualTo("UNMASKED");
        assertThat(fx.events("PII_READ", "federation-lead", null)).isGreaterThan(piiBefore);

        // whatever a caller without pii-reader is answered for the same search, the ID number is not written down in clear
        as(staff).queryParam("format", "csv").queryParam("q", id).when().get("/api/v1/workers/export");
        assertThat(fx.db().count("select count(*) from audit_event where detail like ?", "%" + id + "%")).isZero();
    }

    @Test
    void aDownloadCutShortLeavesAnAbortedEventWithTheRowsWrittenSoFar() throws Exception {
        String staff = AttackFixturesFiles.token("federation-staff");
        long enterprise = fx.enterprise(staff, "中断导出测试企业");
        fx.db().execute("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, occupation, phone, enterprise_id) "
                + "select 'Z' || lpad(g::text, 17, '0'), '批量导出工人' || g, 'MALE', date '1990-01-01', 'SENIOR_HIGH', 4000, 'NONE', "
                + "repeat('长工种名称', 20), '13800000000', ? from generate_series(1, ?) g", enterprise, BULK_ROWS);
        try {
            long before = lastEvent("EXPORT_STARTED", "federation-staff");
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /api/v1/workers/export?format=csv&enterpriseId=" + enterprise + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + staff + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                byte[] head = in.readNBytes(2048);
                assertThat(new String(head, StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
                socket.setSoLinger(true, 0); // hang up hard: a reset, as a browser tab closed mid-download
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> lastEvent("EXPORT_ABORTED", "federation-staff") > before);
            long started = lastEvent("EXPORT_STARTED", "federation-staff");
            assertThat(started).isGreaterThan(before);
            long aborted = lastEvent("EXPORT_ABORTED", "federation-staff");
            String detail = fx.db().string("select detail from audit_event where id = ?", aborted);
            assertThat(detail).startsWith("export #" + started + ": CSV, stopped after ");
            long rows = Long.parseLong(detail.replaceAll(".*stopped after (\\d+) rows.*", "$1"));
            assertThat(rows).isLessThan(BULK_ROWS);
            assertThat(fx.db().count("select count(*) from audit_event where action = 'EXPORT_FINISHED' and detail like ?", "export #" + started + ":%"))
                    .isZero();
        } finally {
            fx.db().execute("delete from worker where enterprise_id = ? and id_number like 'Z%'", enterprise);
        }
    }
}
