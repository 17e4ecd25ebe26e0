package gov.xianan.reform.common.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.audit.service.AuditEventService;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** The audit page: names for people and records, filters by person, department, action, record kind and dates, an audited export. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = { @Claim(key = "department", value = "federation"), @Claim(key = "azp", value = "spa"),
        @Claim(key = "preferred_username", value = "admin"), @Claim(key = "family_name", value = "孙"), @Claim(key = "given_name", value = "立") })
class AuditLogPageTest {

    @Inject
    Db db;

    long workerId;

    @BeforeEach
    void seed() {
        db.execute("delete from audit_event where actor in ('audit-page-a', 'audit-page-b', 'service-account-hr-system') or entity_type = 'audit_event'");
        db.execute("delete from enterprise where credit_code = '91421202AUDITPAGE1'");
        db.execute("delete from worker where id_number = '421202199001019995'");
        db.execute("insert into enterprise (credit_code, name, industry_code, ownership, size, in_dev_zone, has_union, has_party_org) "
                + "values ('91421202AUDITPAGE1', '审计页测试企业', 'biomedicine', 'NON_PUBLIC', 'SMALL', false, true, false)");
        long enterprise = Long.parseLong(db.string("select id::text from enterprise where credit_code = '91421202AUDITPAGE1'"));
        db.execute("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, agricultural_hukou, "
                + "from_outside, union_member, party_member, enterprise_id) values ('421202199001019995', '王晓霞', 'FEMALE', '1990-01-01', 'SENIOR_HIGH', 3000, "
                + "'NONE', true, false, true, false, ?)", enterprise);
        workerId = Long.parseLong(db.string("select id::text from worker where id_number = '421202199001019995'"));
        db.execute("insert into audit_event (occurred_at, actor, actor_name, department, client_id, action, entity_type, entity_id, outcome, detail) values "
                + "('2026-11-02T02:00:00Z', 'audit-page-a', '甲某某', 'hrss', 'spa', 'PII_READ', 'worker', ?, 'GRANTED', 'detail'), "
                + "('2026-11-20T02:00:00Z', 'audit-page-b', null, 'publicity', 'spa', 'SCOPE_DENIED', 'enterprise', ?, 'DENIED', 'x'), "
                + "('2026-11-21T02:00:00Z', 'service-account-hr-system', null, 'hrss', 'hr-system', 'EXPORT_STARTED', 'worker', null, 'MASKED', 'y')",
                String.valueOf(workerId), String.valueOf(enterprise));
    }

    @AfterEach
    void clean() {
        db.execute("delete from audit_event where actor in ('audit-page-a', 'audit-page-b', 'service-account-hr-system') or entity_type = 'audit_event'");
        db.execute("delete from worker where id_number = '421202199001019995'");
        db.execute("delete from enterprise where credit_code = '91421202AUDITPAGE1'");
    }

    @Test
    void namesPeopleDepartmentsAndRecordsMaskingPersons() {
        given().queryParam("actor", "audit-page-a").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actorName", equalTo("甲某某"))
                .body("items[0].departmentName", equalTo("区人社局"))
                .body("items[0].entityLabel", equalTo("王*霞"));
        // no name stored: a login shows as itself; a service account by its system's name
        given().queryParam("actor", "audit-page-b").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].actorName", equalTo("audit-page-b")).body("items[0].entityLabel", equalTo("审计页测试企业"));
        given().queryParam("actor", "service-account-hr-system").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items[0].actorName", equalTo("区人社局人事系统"));
    }

    @Test
    void filtersByNameDepartmentActionRecordKindAndDates() {
        given().queryParam("actor", "某某").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.actor", everyItem(equalTo("audit-page-a"))).body("total", equalTo(1));
        given().queryParam("department", "publicity").queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("items.actor", hasItem("audit-page-b")).body("items.department", everyItem(equalTo("publicity")));
        given().queryParam("action", "EXPORT_STARTED").queryParam("entityType", "worker").queryParam("from", "2026-11-21").queryParam("to", "2026-11-21")
                .when().get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].actor", equalTo("service-account-hr-system"));
        // the day is Shanghai's: 2026-11-02T02:00Z is on the 2nd, not on the 1st
        given().queryParam("actor", "audit-page-a").queryParam("to", "2026-11-01").when().get("/api/v1/audit-events").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("from", "2026-13-01").when().get("/api/v1/audit-events").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").when().get("/api/v1/audit-events").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void exportsTheFilteredLogInWordsAndTheExportIsAudited() {
        byte[] csv = given().queryParam("format", "csv").queryParam("department", "hrss").queryParam("from", "2026-11-01").queryParam("to", "2026-11-30")
                .when().get("/api/v1/audit-events/export").then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("时间,操作人,登录名,部门,接入系统,事件,对象类型,对象,结果,详情");
        assertThat(text).contains("甲某某").contains("区人社局").contains("网页端").contains("查看了敏感信息").contains("工人").contains("王*霞");
        assertThat(text).contains("区人社局人事系统").doesNotContain("审计页测试企业");
        assertThat(text).doesNotContain("王晓霞");
        assertThat(db.count("select count(*) from audit_event where action = 'EXPORT_STARTED' and entity_type = 'audit_event' and actor = 'admin' "
                + "and actor_name = '孙立' and detail like '%department=hrss%'")).isEqualTo(1);
        // the end event is written once the last byte is out, which may be just after the client has read it
        String finished = "select count(*) from audit_event where action = 'EXPORT_FINISHED' and entity_type = 'audit_event' and detail like '%, 2 rows%'";
        for (int i = 0; i < 50 && db.count(finished) == 0; i++) {
            sleep();
        }
        assertThat(db.count(finished)).isEqualTo(1);
        byte[] xlsx = given().queryParam("format", "xlsx").when().get("/api/v1/audit-events/export").then().statusCode(200).extract().asByteArray();
        assertThat(xlsx[0]).isEqualTo((byte) 'P'); // a zip: the workbook
        given().queryParam("format", "pdf").when().get("/api/v1/audit-events/export").then().statusCode(400);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void masksNamesKeepingTheFamilyNameAndTheLastCharacter() {
        assertThat(AuditEventService.maskName("王晓霞")).isEqualTo("王*霞");
        assertThat(AuditEventService.maskName("王芳")).isEqualTo("王*");
        assertThat(AuditEventService.maskName("欧阳娜娜")).isEqualTo("欧**娜");
    }
}
