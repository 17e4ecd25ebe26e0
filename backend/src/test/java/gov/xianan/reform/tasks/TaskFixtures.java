package gov.xianan.reform.tasks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.testsupport.Db;
import io.quarkus.test.junit.QuarkusMock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Tasks written straight into the database, so a test can act on them as any user. */
@ApplicationScoped
public class TaskFixtures {

    @Inject
    Db db;

    /** A task led by {@code lead} with the co-operating departments, status as the service would store it. */
    public long task(String title, String lead, List<String> cooperating, BigDecimal target, String unit, LocalDate start, LocalDate deadline,
            String status) {
        long id = db.count("insert into reform_task (title, area, target_value, target_unit, start_date, deadline, priority, year, lead_department_id, "
                + "status, created_by) values (?, 'IDEOLOGY', ?, ?, ?, ?, 'MEDIUM', ?, (select id from department where code = ?), ?, 'fixture') returning id",
                title, target, unit, start, deadline, deadline.getYear(), lead, status);
        for (String c : cooperating) {
            db.execute("insert into reform_task_department (task_id, department_id) values (?, (select id from department where code = ?))", id, c);
        }
        return id;
    }

    public long task(String title, String lead, List<String> cooperating) {
        return task(title, lead, cooperating, new BigDecimal("100"), "场", LocalDate.now(ClockProducer.ZONE).minusMonths(1), LocalDate.now(ClockProducer.ZONE).plusMonths(6),
                "IN_PROGRESS");
    }

    public long report(long task, String department, BigDecimal quantity) {
        return db.count("insert into progress_report (task_id, report_date, narrative, quantity, reported_by, department_id) values "
                + "(?, current_date, '夹具报告', ?, 'fixture', (select id from department where code = ?)) returning id", task, quantity, department);
    }

    public long attachment(long report, byte[] content) {
        return db.count("insert into report_attachment (report_id, file_name, content_type, size_bytes, sha256, content, uploaded_by) values "
                + "(?, 'fixture.png', 'image/png', ?, 'x', ?, 'fixture') returning id", report, content.length, content);
    }

    public long notice(long task) {
        return db.count("insert into supervision_notice (task_id, text, issued_by, issued_at) values (?, '请加快进度', 'fixture', now()) returning id", task);
    }

    public String status(long task) {
        return db.string("select status from reform_task where id = ?", task);
    }

    /** Freezes the clock bean at the start of the day for the current test. */
    public static void today(LocalDate date) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        QuarkusMock.installMockForType(Clock.fixed(date.atTime(9, 0).atZone(zone).toInstant(), zone), Clock.class);
    }

    public static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };
}
