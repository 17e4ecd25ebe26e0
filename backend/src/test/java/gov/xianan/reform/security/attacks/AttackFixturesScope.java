package gov.xianan.reform.security.attacks;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rows for the registry-scope and lookup-oracle attacks (items 1 and 6), written straight into the
 * test database: enterprises in and outside the development zone, workers with known birth dates,
 * a subsidy application and a competition that link workers to a department.
 */
@ApplicationScoped
public class AttackFixturesScope {

    /** Distinct sequence numbers, so that every worker has its own ID number. */
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 900));

    @Inject
    Db db;

    public Db db() {
        return db;
    }

    public long enterprise(String name, boolean inDevZone) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size, in_dev_zone, contact_phone) "
                + "values (?, ?, 'electromechanical', 'NON_PUBLIC', 'SMALL', ?, '13907151234') returning id", Ids.creditCode(), name, inDevZone);
    }

    /** A registered worker born on {@code birth}, employed by {@code enterprise} since 2015; its ID number is returned with it. */
    public Person worker(String name, long enterprise, LocalDate birth) {
        int n = SEQUENCE.incrementAndGet();
        String first17 = "421202" + birth.toString().replace("-", "") + String.format("%03d", n % 997);
        String id = first17 + IdNumbers.checkCharacter(first17);
        long worker = db.count("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, agricultural_hukou, "
                + "phone, enterprise_id) values (?, ?, ?, ?, 'SENIOR_HIGH', 4000, 'INTERMEDIATE', true, '13812345678', ?) returning id", id, name,
                IdNumbers.gender(id).name(), birth, enterprise);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", worker, enterprise, LocalDate.of(2015, 1, 1));
        return new Person(worker, id);
    }

    /** A draft subsidy application of a fund owned by {@code department}, entered by {@code createdBy}, with one trainee. */
    public long application(String department, long enterprise, long worker, String createdBy) {
        long fund = db.count("insert into subsidy_fund (year, source, name, budget, department_code) values (2020, 'EMPLOYMENT_SUBSIDY', ?, 100000, ?) "
                + "returning id", "攻击测试资金-" + SEQUENCE.incrementAndGet(), department);
        long programme = db.count("insert into subsidy_programme (kind, name, fund_id, year, amount_per_trainee) values ('PRE_JOB_TRAINING', ?, ?, 2020, 1000) "
                + "returning id", "攻击测试项目-" + SEQUENCE.incrementAndGet(), fund);
        long application = db.count("insert into subsidy_application (enterprise_id, programme_id, training_start, training_end, amount, state, created_by, "
                + "client_id) values (?, ?, '2020-03-01', '2020-05-31', 1000, 'DRAFT', ?, 'spa') returning id", enterprise, programme, createdBy);
        db.execute("insert into subsidy_application_trainee (application_id, worker_id, skill_level, migrant, amount) values (?, ?, 'INTERMEDIATE', true, 1000)",
                application, worker);
        return application;
    }

    /** A skill contest of {@code department} open for registration, for ages 18–45 on {@code start}. */
    public long contest(String department, LocalDate start) {
        return db.count("insert into competition (kind, name, year, department_id, level, start_date, end_date, stage, places, min_age, max_age, "
                + "publication_days) values ('SKILL_CONTEST', ?, ?, (select id from department where code = ?), 'DISTRICT', ?, ?, 'REGISTRATION', 50, "
                + "18, 45, 0) returning id", "攻击测试技能大赛-" + SEQUENCE.incrementAndGet(), start.getYear(), department, start, start);
    }

    /** An entrant of the competition. */
    public void entrant(long competition, long worker, long enterprise) {
        db.execute("insert into competition_participant (competition_id, worker_id, enterprise_id, status, registered_at, registered_by) "
                + "values (?, ?, ?, 'PENDING', now(), 'hrss-reviewer')", competition, worker, enterprise);
    }

    public long events(String action, String actor) {
        return db.count("select count(*) from audit_event where action = ? and actor = ?", action, actor);
    }

    public record Person(long id, String idNumber) {
    }
}
