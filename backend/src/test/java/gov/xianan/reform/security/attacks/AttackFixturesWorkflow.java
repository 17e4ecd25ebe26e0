package gov.xianan.reform.security.attacks;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import gov.xianan.reform.testsupport.KeycloakTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rows for the attacks of items 7–9 (separation of duties, the annual review's scope, versions),
 * written by SQL so that each attack starts where it needs to, and real Keycloak tokens, fetched
 * once per user.
 */
@ApplicationScoped
public class AttackFixturesWorkflow {

    public static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Inject
    Db db;

    public Db db() {
        return db;
    }

    /** A password-grant token of a demo user, or the hr-system service account's client-credentials token. */
    public static String token(String user) {
        return TOKENS.computeIfAbsent(user, u -> u.equals("hr-system") ? KeycloakTokens.clientCredentials("hr-system", "hr-system-secret")
                : u.equals("data-platform") ? KeycloakTokens.clientCredentials("data-platform", "data-platform-secret") : KeycloakTokens.password(u));
    }

    public long version(String table, long id) {
        return db.count("select version from " + table + " where id = ?", id);
    }

    // ---- registry ------------------------------------------------------------------------

    public long enterprise(String name) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size) values (?, ?, 'electromechanical', 'NON_PUBLIC', "
                + "'SMALL') returning id", Ids.creditCode(), name);
    }

    private static int person = (int) (System.nanoTime() % 5000);

    /** A worker employed by the enterprise since 2015. */
    public long worker(String name, long enterprise) {
        person++;
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(person % 9000);
        String idNumber = Ids.idNumber(birth.toString().replace("-", ""), true);
        long w = db.count("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, enterprise_id) "
                + "values (?, ?, 'MALE', ?, 'SENIOR_HIGH', 4000, 'NONE', ?) returning id", idNumber, name, birth, enterprise);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", w, enterprise, LocalDate.of(2015, 1, 1));
        return w;
    }

    // ---- subsidies -----------------------------------------------------------------------

    public long fund(String budget) {
        return db.count("insert into subsidy_fund (year, source, name, budget, department_code) values (2020, 'EMPLOYMENT_SUBSIDY', ?, ?, 'hrss') "
                + "returning id", "攻击测试资金-" + System.nanoTime(), new java.math.BigDecimal(budget));
    }

    public long programme(long fund) {
        return db.count("insert into subsidy_programme (kind, name, fund_id, year, amount_per_trainee) values ('ON_JOB_UPGRADING', ?, ?, 2020, 1000) "
                + "returning id", "攻击测试项目-" + System.nanoTime(), fund);
    }

    /** The body of an application for one trainee, training in spring 2020. */
    public static Map<String, Object> applicationBody(long enterprise, long programme, long worker) {
        Map<String, Object> b = new HashMap<>();
        b.put("enterpriseId", enterprise);
        b.put("programmeId", programme);
        b.put("trainees", List.of(worker));
        b.put("trainingStart", "2020-03-01");
        b.put("trainingEnd", "2020-05-31");
        return b;
    }

    /**
     * An application of 1000 yuan for one new worker, in {@code state}, entered and submitted by
     * hrss-staff (a third person) and, past SUBMITTED, reviewed by hrss-reviewer; APPROVED commits
     * the amount against the fund.
     */
    public long application(long programme, long enterprise, String state) {
        long worker = worker("攻击学员" + System.nanoTime() % 100000, enterprise);
        boolean reviewed = !state.equals("DRAFT") && !state.equals("SUBMITTED");
        long id = db.count("insert into subsidy_application (enterprise_id, programme_id, training_start, training_end, amount, state, created_by, client_id, "
                + "reviewed_by, committed_amount) values (?, ?, '2020-03-01', '2020-05-31', 1000, ?, 'hrss-staff', 'spa', ?, ?) returning id",
                enterprise, programme, state, reviewed ? "hrss-reviewer" : null, state.equals("APPROVED") ? new java.math.BigDecimal("1000") : null);
        db.execute("insert into subsidy_application_trainee (application_id, worker_id, skill_level, migrant, amount) values (?, ?, 'NONE', false, 1000)",
                id, worker);
        db.execute("insert into subsidy_application_event (application_id, action, to_state, actor, department) values (?, 'CREATE', 'DRAFT', 'hrss-staff', "
                + "'hrss')", id);
        if (!state.equals("DRAFT")) {
            db.execute("insert into subsidy_application_event (application_id, action, from_state, to_state, actor, department) values (?, 'SUBMIT', 'DRAFT', "
                    + "'SUBMITTED', 'hrss-staff', 'hrss')", id);
        }
        if (reviewed) {
            db.execute("insert into subsidy_application_event (application_id, action, from_state, to_state, actor, department) values (?, 'REVIEW', "
                    + "'SUBMITTED', 'REVIEWED', 'hrss-reviewer', 'hrss')", id);
        }
        if (state.equals("APPROVED")) {
            db.execute("update subsidy_fund set committed = committed + 1000 where id = (select fund_id from subsidy_programme where id = ?)", programme);
            db.execute("insert into subsidy_claim (worker_id, programme_kind, programme_year, application_id, status) values (?, 'ON_JOB_UPGRADING', 2020, ?, "
                    + "'COMMITTED')", worker, id);
        }
        return id;
    }

    /** Everything about an application that a refused step must leave as it was. */
    public String applicationSnapshot(long id) {
        return db.string("select a.state || '|' || a.version || '|' || coalesce(a.reviewed_by, '-') || '|' || f.committed || '|' || f.disbursed || '|' "
                + "|| (select count(*) from subsidy_application_event e where e.application_id = a.id) || '|' "
                + "|| (select count(*) from subsidy_attachment t where t.application_id = a.id) "
                + "from subsidy_application a join subsidy_programme p on p.id = a.programme_id join subsidy_fund f on f.id = p.fund_id where a.id = ?", id);
    }

    public long denials(String action, String actor) {
        return db.count("select count(*) from audit_event where action = ? and actor = ?", action, actor);
    }

    // ---- tasks ---------------------------------------------------------------------------

    /** A task of {@code year} led by {@code lead}, in progress, with one progress report carrying {@code narrative}. */
    public long task(String title, String lead, int year, String narrative) {
        long id = db.count("insert into reform_task (title, area, target_value, target_unit, start_date, deadline, priority, year, lead_department_id, "
                + "status, created_by) values (?, 'IDEOLOGY', 100, '场', ?, ?, 'MEDIUM', ?, (select id from department where code = ?), 'IN_PROGRESS', "
                + "'fixture') returning id", title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year, lead);
        if (narrative != null) {
            db.execute("insert into progress_report (task_id, report_date, narrative, quantity, reported_by, department_id) values "
                    + "(?, ?, ?, 10, 'fixture', (select id from department where code = ?))", id, LocalDate.of(year, 6, 30), narrative, lead);
        }
        return id;
    }

    public long notice(long task) {
        return db.count("insert into supervision_notice (task_id, text, issued_by, issued_at) values (?, '请加快进度', 'federation-lead', now()) returning id", task);
    }

    // ---- competitions --------------------------------------------------------------------

    public static final int YEAR = Year.now(ClockProducer.ZONE).getValue();

    /** An hrss skill contest in the stage (hrss-reviewer organises hrss's competitions). */
    public long competition(String name, String stage) {
        return db.count("insert into competition (kind, name, year, department_id, occupation, level, start_date, end_date, stage, places, "
                + "publication_days, published_on) values ('SKILL_CONTEST', ?, ?, (select id from department where code = 'hrss'), '电子装配', 'DISTRICT', ?, ?, ?, "
                + "10, 7, ?) returning id", name, YEAR, LocalDate.of(YEAR, 1, 10), LocalDate.of(YEAR, 1, 12), stage,
                stage.equals("PUBLICATION") ? LocalDate.now(ClockProducer.ZONE) : null);
    }

    public long item(long competition) {
        return db.count("insert into competition_scoring_item (competition_id, name, weight) values (?, '实际操作', 100) returning id", competition);
    }

    public long participant(long competition, String status) {
        long e = enterprise("攻击参赛公司" + System.nanoTime() % 100000);
        return db.count("insert into competition_participant (competition_id, worker_id, enterprise_id, status, registered_at, registered_by) "
                + "values (?, ?, ?, ?, now(), 'test') returning id", competition, worker("攻击选手", e), e, status);
    }

    public long judge(long competition, String username) {
        return db.count("insert into competition_judge (competition_id, name, username) values (?, '攻击评委', ?) returning id", competition, username);
    }

    public long mark(long competition, long judge, long participant, long item, String value) {
        return db.count("insert into competition_score (competition_id, judge_id, participant_id, item_id, value, entered_by) values (?, ?, ?, ?, ?, 'test') "
                + "returning id", competition, judge, participant, item, new java.math.BigDecimal(value));
    }

    public long objection(long competition, long participant) {
        return db.count("insert into competition_objection (competition_id, participant_id, raised_by, content, status, recorded_by) values "
                + "(?, ?, '匿名', '成绩有误', 'OPEN', 'test') returning id", competition, participant);
    }

    /** The body of a competition update (its rules as a request). */
    public static Map<String, Object> competitionBody(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("kind", "SKILL_CONTEST");
        m.put("name", name);
        m.put("year", YEAR);
        m.put("occupation", "电子装配");
        m.put("level", "DISTRICT");
        m.put("startDate", YEAR + "-01-10");
        m.put("endDate", YEAR + "-01-12");
        m.put("places", 10);
        m.put("publicationDays", 7);
        return m;
    }
}
