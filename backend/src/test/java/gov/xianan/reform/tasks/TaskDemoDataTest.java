package gov.xianan.reform.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.tasks.demo.TaskDemoDataLoader;
import gov.xianan.reform.tasks.service.DailyTaskCheck;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;

/** The demo tasks reach the review's results and put every state on the board. */
@QuarkusTest
class TaskDemoDataTest {

    @Inject
    Db db;

    @Inject
    TaskDemoDataLoader loader;

    @Inject
    DailyTaskCheck check;

    private long sum(String title) {
        return db.count("select coalesce(sum(r.quantity), 0)::bigint from progress_report r join reform_task t on t.id = r.task_id where t.title = ?", title);
    }

    @Test
    @TestSecurity(user = "federation-lead", roles = { "lead", "staff" })
    @OidcSecurity(claims = @Claim(key = "department", value = "federation"))
    void theDemoTasksReproduceTheReviewsMeasures() {
        for (String table : new String[] { "notification_read", "notification", "task_event", "report_attachment", "progress_report",
                "supervision_notice", "task_milestone", "reform_task_department", "reform_task" }) {
            db.execute("delete from " + table);
        }
        assertThat(loader.load()).isTrue();
        assertThat(loader.load()).as("never twice").isFalse();
        check.run();

        assertThat(db.count("select count(*) from reform_task where not demo")).isZero();
        assertThat(db.count("select count(distinct lead_department_id) from reform_task")).isEqualTo(7);
        assertThat(sum("开展“双宣讲”活动")).isGreaterThanOrEqualTo(200);
        assertThat(sum("组织产业工人使用“学习强国”平台学习")).isGreaterThanOrEqualTo(1000);
        assertThat(sum("开展典型选树")).isEqualTo(15);
        assertThat(sum("建设基层工会规范化建设示范点")).isEqualTo(3);
        assertThat(sum("在产业工人中发展党员")).isEqualTo(208);
        assertThat(sum("推荐产业工人为党代会代表")).isEqualTo(59);
        assertThat(sum("保障农民工随迁子女接受义务教育")).isEqualTo(9379);
        assertThat(db.count("select count(*) from progress_report where narrative like '%7235人%'")).isEqualTo(1);
        assertThat(db.count("select count(*) from progress_report where narrative like '%2144人%'")).isEqualTo(1);
        for (String status : new String[] { "NOT_STARTED", "IN_PROGRESS", "PENDING_SIGN_OFF", "COMPLETED", "OVERDUE", "SUSPENDED" }) {
            assertThat(db.count("select count(*) from reform_task where status = ?", status)).as(status).isPositive();
        }
        assertThat(db.count("select count(*) from supervision_notice where acknowledged_at is null")).isGreaterThanOrEqualTo(2);
        assertThat(db.count("select count(*) from notification where kind = 'OVERDUE'")).isPositive();
        assertThat(db.count("select count(*) from notification where kind = 'REMINDER'")).isPositive();
        assertThat(db.count("select count(*) from report_attachment where demo")).isEqualTo(1);

        var board = given().queryParam("year", LocalDate.now(ClockProducer.ZONE).getYear()).when().get("/api/v1/tasks/board").then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getFloat("departments.find { it.department.code == 'publicity' }.completionRate")).isEqualTo(75.0f);
        assertThat(board.getInt("departments.find { it.department.code == 'publicity' }.overdue")).isEqualTo(1);
        assertThat(board.getInt("departments.find { it.department.code == 'publicity' }.openNotices")).isEqualTo(1);
        assertThat(board.getFloat("departments.find { it.department.code == 'education' }.completionRate")).isEqualTo(66.7f);
        assertThat(board.getInt("departments.find { it.department.code == 'scitech' }.byStatus.SUSPENDED")).isEqualTo(1);
        assertThat(board.getList("departments.rank", Integer.class)).isSorted().startsWith(1);

        given().queryParam("year", LocalDate.now(ClockProducer.ZONE).getYear()).when().get("/api/v1/reports/annual-review").then().statusCode(200)
                .body(containsString("区委宣传部:扎实推进思想引领工作"))
                .body(containsString("“双宣讲”活动累计200余场次"))
                .body(containsString("推荐59名工人为中国共产党咸安区第五次代表大会代表"))
                .body(containsString("区教育局:扎实推进子女教育工作"));
    }
}
