package gov.xianan.reform.records;

import static gov.xianan.reform.records.RecordFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * Retrying a record import that failed for a system reason: the record type's owner staff of the
 * job's department may, as for a new import; registry write access is neither needed nor enough.
 */
@QuarkusTest
@Tag("keycloak")
class RecordImportRetryTest {

    @Inject
    Db db;

    /** A record import that failed for a system reason with its upload kept, as the job runner leaves it. */
    private long failedJob(String kind, String user, String department, byte[] csv) {
        long id = db.count("insert into import_job (kind, status, dry_run, file_name, file_format, created_by, created_by_name, department, started_at, finished_at, failure_reason) "
                + "values (?, 'FAILED', false, 'r.csv', 'CSV', ?, '测试', ?, now(), now(), '服务实例已停止') returning id", kind, user, department);
        long background = db.count("insert into background_job (kind, subject_id, state, input, attempts, max_attempts, retryable, finished_at) "
                + "values ('record-import', ?, 'FAILED', ?, 2, 2, true, now()) returning id", id, csv);
        db.execute("update import_job set background_job_id = ? where id = ?", background, id);
        return id;
    }

    @Test
    void theTypesOwnerRetriesItsDepartmentsImportOthersMayNot() {
        var enterprise = RecordFixtures.enterprise("重试企业");
        String csv = "检查日期*,企业*,检查单位*,发现隐患数*,已整改隐患数*\n2039-04-01," + enterprise.getValue() + ",第三方安评公司,3,2\n";
        long id = failedJob("records:safety-inspections", "scitech-staff", "scitech", csv.getBytes(StandardCharsets.UTF_8));

        // not visible to another department: 404; the lead unit's staff see every job (and edit the registry) but do not own the type: 403
        as("hrss-staff").when().post("/api/v1/imports/" + id + "/retry").then().statusCode(404);
        as("federation-staff").when().post("/api/v1/imports/" + id + "/retry").then().statusCode(403);
        assertThat(db.string("select status from import_job where id = ?", id)).isEqualTo("FAILED");
        as("scitech-staff").when().post("/api/v1/imports/" + id + "/retry").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(db.string("select status from import_job where id = ?", id)));
        assertThat(db.count("select count(*) from department_record r join department d on d.id = r.owner_department_id "
                + "where r.record_type = 'safety-inspections' and r.enterprise_id = ? and d.code = 'scitech'", enterprise.getKey())).isEqualTo(1);
    }

    @Test
    void aDepartmentThatDoesNotOwnTheTypeCannotRetryItsImport() {
        // scitech sees its own job, but labour disputes are hrss's: 403, logged, nothing queued
        long id = failedJob("records:labour-disputes", "scitech-staff", "scitech", "x".getBytes(StandardCharsets.UTF_8));
        long denied = db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'scitech-staff'");
        as("scitech-staff").when().post("/api/v1/imports/" + id + "/retry").then().statusCode(403).contentType("application/problem+json");
        assertThat(db.string("select status from import_job where id = ?", id)).isEqualTo("FAILED");
        assertThat(db.count("select count(*) from audit_event where action = 'SCOPE_DENIED' and actor = 'scitech-staff'")).isEqualTo(denied + 1);
    }
}
