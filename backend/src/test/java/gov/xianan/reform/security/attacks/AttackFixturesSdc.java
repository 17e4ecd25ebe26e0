package gov.xianan.reform.security.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.demo.DemoDataGenerator;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The disclosure attacks' world: a background registry of 3,000 generated workers, and in it small
 * groups an attacker would like to single out — an enterprise of three workers alone in its
 * industry inside the development zone, with a fourth hired in the middle of last month; a
 * subsidy programme with one application of three trainees; a contest of three; a department
 * with two tasks in a year.
 */
@ApplicationScoped
public class AttackFixturesSdc {

    /** Years no other test uses, so that the small groups are exactly the fixtures'. */
    public static final int SUBSIDY_YEAR = 2035;
    public static final int COMPETITION_YEAR = 2036;
    public static final int TASK_YEAR = 2037;

    /** The industry whose part inside the zone is the small enterprise alone. */
    public static final String INDUSTRY = "printing";

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    /** Kept statically: the bean is reached through a client proxy, whose own fields are never set. */
    static long smallEnterprise;
    static LocalDate hiredOn;

    public void workforce() throws Exception {
        db.emptyRegistry();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        try (Connection c = dataSource.getConnection()) {
            assertThat(new DemoDataGenerator(c, 20260101L, today).generate(3_000).workers()).isEqualTo(3_000);
        }
        // a background for the attacks, not the demo data other tests look for (or for its absence)
        for (String table : new String[] { "enterprise", "worker", "honour", "political_post" }) {
            db.execute("update " + table + " set demo = false where demo");
        }
        // the background's printers all work outside the zone
        db.execute("update enterprise set in_dev_zone = false where industry_code = ?", INDUSTRY);
        smallEnterprise = enterprise("差分测试印刷厂", INDUSTRY, true);
        worker(smallEnterprise, "19850304", true, 2800, false, true, LocalDate.of(2020, 1, 1));
        worker(smallEnterprise, "19900512", true, 3100, false, true, LocalDate.of(2020, 1, 1));
        worker(smallEnterprise, "19920817", false, 6500, true, false, LocalDate.of(2020, 1, 1));
        // the new hire the attacker knows of: the 10th of last month
        hiredOn = today.withDayOfMonth(1).minusMonths(1).plusDays(9);
        worker(smallEnterprise, "19950101", false, 7200, true, false, hiredOn);
    }

    public long enterprise(String name, String industry, boolean inDevZone) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size, in_dev_zone, has_union, has_party_org) "
                + "values (?, ?, ?, 'NON_PUBLIC', 'MICRO', ?, true, false) returning id", Ids.creditCode(), name, industry, inDevZone);
    }

    public long worker(long enterprise, String birth, boolean male, int wage, boolean party, boolean union, LocalDate since) {
        long id = db.count("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, agricultural_hukou, "
                + "from_outside, union_member, party_member, enterprise_id) values (?, '差分测试', ?, ?, 'COLLEGE_OR_ABOVE', ?, 'NONE', false, false, ?, ?, ?) "
                + "returning id", Ids.idNumber(birth, male), male ? "MALE" : "FEMALE", LocalDate.parse(birth.substring(0, 4) + "-" + birth.substring(4, 6)
                        + "-" + birth.substring(6)), BigDecimal.valueOf(wage), union, party, enterprise);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", id, enterprise, since);
        return id;
    }

    /** Workers for the other features' fixtures, employed in an enterprise of their own. */
    private List<Long> workers(int n) {
        long e = enterprise("夹具企业-" + System.nanoTime(), "electromechanical", false);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(worker(e, String.format("19%02d%02d%02d", 70 + i % 25, 1 + i % 12, 1 + i % 28), i % 2 == 0, 4000, false, true,
                    LocalDate.of(2015, 1, 1)));
        }
        return ids;
    }

    /** Subsidies of {@link #SUBSIDY_YEAR}: PRE_JOB_TRAINING one application of 3; ON_JOB_UPGRADING 6 of 4; JOB_TRANSFER_TRAINING 5 of 3, paid. */
    public void subsidies() {
        long fund = db.count("insert into subsidy_fund (year, source, name, budget, department_code) values (?, 'EMPLOYMENT_SUBSIDY', '差分测试资金', 1000000, 'hrss') "
                + "returning id", SUBSIDY_YEAR);
        long enterprise = db.count("select enterprise_id from employment where worker_id = ?", workers(1).get(0));
        application(fund, programme(fund, "PRE_JOB_TRAINING"), enterprise, workers(3), "APPROVED");
        long upgrading = programme(fund, "ON_JOB_UPGRADING");
        for (int i = 0; i < 6; i++) {
            application(fund, upgrading, enterprise, workers(4), "APPROVED");
        }
        long transfer = programme(fund, "JOB_TRANSFER_TRAINING");
        for (int i = 0; i < 5; i++) {
            application(fund, transfer, enterprise, workers(3), "DISBURSED");
        }
    }

    private long programme(long fund, String kind) {
        return db.count("insert into subsidy_programme (kind, name, fund_id, year, amount_per_trainee) values (?, ?, ?, ?, 800) returning id", kind,
                "差分测试项目-" + kind, fund, SUBSIDY_YEAR);
    }

    private void application(long fund, long programme, long enterprise, List<Long> trainees, String state) {
        BigDecimal total = BigDecimal.valueOf(800L * trainees.size());
        boolean paid = state.equals("DISBURSED");
        long id = db.count("insert into subsidy_application (enterprise_id, programme_id, training_start, training_end, amount, state, created_by, client_id, "
                + "reviewed_by, committed_amount, disbursed_amount, voucher_no, disbursed_on) values (?, ?, ?, ?, ?, ?, 'fixture', 'spa', 'fixture', ?, ?, ?, ?) "
                + "returning id", enterprise, programme, LocalDate.of(SUBSIDY_YEAR, 3, 1), LocalDate.of(SUBSIDY_YEAR, 5, 31), total, state, total,
                paid ? total : null, paid ? "SDC-" + System.nanoTime() : null, paid ? LocalDate.of(SUBSIDY_YEAR, 7, 1) : null);
        for (long w : trainees) {
            db.execute("insert into subsidy_application_trainee (application_id, worker_id, skill_level, migrant, amount) values (?, ?, 'NONE', false, 800)",
                    id, w);
        }
        db.execute(paid ? "update subsidy_fund set disbursed = disbursed + ? where id = ?" : "update subsidy_fund set committed = committed + ? where id = ?",
                total, fund);
    }

    /** Competitions of {@link #COMPETITION_YEAR}: a skill contest of 3 and a labour competition of 12, both closed. */
    public void competitions() {
        contest("SKILL_CONTEST", null, 3);
        contest("LABOUR_COMPETITION", "NON_PUBLIC", 12);
    }

    private void contest(String kind, String field, int participants) {
        long c = db.count("insert into competition (kind, name, year, department_id, field, occupation, level, start_date, end_date, stage, places, "
                + "publication_days, published_on) values (?, ?, ?, (select id from department where code = 'hrss'), ?, '电子装配', 'DISTRICT', ?, ?, 'CLOSED', "
                + "100, 7, ?) returning id", kind, "差分测试竞赛-" + kind, COMPETITION_YEAR, field, LocalDate.of(COMPETITION_YEAR, 3, 1),
                LocalDate.of(COMPETITION_YEAR, 3, 2), LocalDate.of(COMPETITION_YEAR, 3, 10));
        for (long w : workers(participants)) {
            long e = db.count("select enterprise_id from employment where worker_id = ?", w);
            db.execute("insert into competition_participant (competition_id, worker_id, enterprise_id, status, registered_at, registered_by) "
                    + "values (?, ?, ?, 'ACCEPTED', now(), 'fixture')", c, w, e);
        }
    }

    /** Tasks of {@link #TASK_YEAR}: publicity leads two (one completed), scitech twelve in progress. */
    public void tasks() {
        task("publicity", "COMPLETED");
        task("publicity", "IN_PROGRESS");
        for (int i = 0; i < 12; i++) {
            task("scitech", "IN_PROGRESS");
        }
    }

    private void task(String lead, String status) {
        db.execute("insert into reform_task (title, area, target_value, target_unit, start_date, deadline, priority, year, lead_department_id, status, created_by) "
                + "values ('差分测试任务', 'IDEOLOGY', 10, '场', ?, ?, 'MEDIUM', ?, (select id from department where code = ?), ?, 'fixture')",
                LocalDate.of(TASK_YEAR, 1, 1), LocalDate.of(TASK_YEAR, 12, 31), TASK_YEAR, lead, status);
    }
}
