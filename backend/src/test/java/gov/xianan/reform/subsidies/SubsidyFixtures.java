package gov.xianan.reform.subsidies;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import gov.xianan.reform.registry.validation.IdNumbers;
import gov.xianan.reform.testsupport.Db;
import gov.xianan.reform.testsupport.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Rows for the subsidy tests, written straight into the test database: enterprises, workers with
 * their employment, funds, programmes, and applications already in a given state (so that a test
 * can start where it needs to, e.g. 50 reviewed applications for the budget race).
 */
@ApplicationScoped
public class SubsidyFixtures {

    /** Distinct birth dates (and so distinct ID numbers) for every worker the tests create. */
    private static final AtomicInteger PERSON = new AtomicInteger((int) (System.nanoTime() % 3000));

    @Inject
    Db db;

    public Db db() {
        return db;
    }

    public long enterprise(String name) {
        return db.count("insert into enterprise (credit_code, name, industry_code, ownership, size) values (?, ?, 'electromechanical', "
                + "'NON_PUBLIC', 'SMALL') returning id", Ids.creditCode(), name);
    }

    /** A worker employed by {@code enterprise} from {@code since} (open employment). */
    public long worker(String name, long enterprise, String since, boolean migrant, String skillLevel) {
        int n = PERSON.incrementAndGet();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(n % 14000);
        String first17 = "421202" + birth.toString().replace("-", "") + String.format("%03d", n % 997);
        String id = first17 + IdNumbers.checkCharacter(first17);
        long worker = db.count("insert into worker (id_number, name, gender, birth_date, education, monthly_wage, skill_level, agricultural_hukou, "
                + "enterprise_id) values (?, ?, ?, ?, 'SENIOR_HIGH', 4000, ?, ?, ?) returning id", id, name,
                IdNumbers.gender(id).name(), birth, skillLevel, migrant, enterprise);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", worker, enterprise, LocalDate.parse(since));
        return worker;
    }

    public long worker(String name, long enterprise) {
        return worker(name, enterprise, "2015-01-01", false, "NONE");
    }

    /** Ends the worker's open employment and opens one at another enterprise (a transfer). */
    public void transfer(long worker, long to, String lastDay) {
        LocalDate end = LocalDate.parse(lastDay);
        db.execute("update employment set end_date = ? where worker_id = ? and end_date is null", end, worker);
        db.execute("insert into employment (worker_id, enterprise_id, start_date) values (?, ?, ?)", worker, to, end.plusDays(1));
        db.execute("update worker set enterprise_id = ? where id = ?", to, worker);
    }

    public long fund(int year, String budget, String department) {
        return db.count("insert into subsidy_fund (year, source, name, budget, department_code) values (?, 'EMPLOYMENT_SUBSIDY', ?, ?, ?) returning id",
                year, "测试资金-" + PERSON.incrementAndGet(), new BigDecimal(budget), department);
    }

    public long programme(long fund, String kind, int year, String amount, String migrantUplift) {
        return db.count("insert into subsidy_programme (kind, name, fund_id, year, amount_per_trainee, migrant_uplift_percent) values (?, ?, ?, ?, ?, ?) "
                + "returning id", kind, "测试项目-" + PERSON.incrementAndGet(), fund, year, new BigDecimal(amount),
                migrantUplift == null ? null : new BigDecimal(migrantUplift));
    }

    /**
     * An application in {@code state}; when past SUBMITTED it was reviewed by {@code reviewer} (an
     * event says so), and when APPROVED its amount is committed against the fund with claims.
     */
    public long application(long enterprise, long programme, String state, String reviewer, List<Long> workers, String amountEach) {
        BigDecimal each = new BigDecimal(amountEach);
        BigDecimal total = each.multiply(BigDecimal.valueOf(workers.size()));
        boolean approved = state.equals("APPROVED");
        boolean paid = state.equals("DISBURSED");
        long id = db.count("insert into subsidy_application (enterprise_id, programme_id, training_start, training_end, amount, state, created_by, "
                + "client_id, reviewed_by, committed_amount, disbursed_amount, voucher_no, disbursed_on) "
                + "values (?, ?, ?, ?, ?, ?, 'hrss-staff', 'spa', ?, ?, ?, ?, ?) returning id",
                enterprise, programme, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), total, state,
                reviewer, approved || paid ? total : null, paid ? total : null, paid ? "T-" + PERSON.incrementAndGet() : null,
                paid ? LocalDate.of(2020, 7, 1) : null);
        for (long w : workers) {
            db.execute("insert into subsidy_application_trainee (application_id, worker_id, skill_level, migrant, amount) values (?, ?, 'NONE', false, ?)",
                    id, w, each);
        }
        if (reviewer != null) {
            db.execute("insert into subsidy_application_event (application_id, action, from_state, to_state, actor, department) "
                    + "values (?, 'REVIEW', 'SUBMITTED', 'REVIEWED', ?, 'hrss')", id, reviewer);
        }
        if (approved) {
            db.execute("update subsidy_fund set committed = committed + ? where id = (select fund_id from subsidy_programme where id = ?)", total, programme);
            for (long w : workers) {
                db.execute("insert into subsidy_claim (worker_id, programme_kind, programme_year, application_id, status) "
                        + "select ?, kind, year, ?, 'COMMITTED' from subsidy_programme where id = ?", w, id, programme);
            }
        }
        return id;
    }

    /** One line that changes whenever anything about the application, its timeline, claims or fund changes. */
    public String snapshot(long application) {
        return db.string("select a.state || '|' || a.version || '|' || coalesce(a.reviewed_by, '-') || '|' || coalesce(a.committed_amount::text, '-') "
                + "|| '|' || coalesce(a.disbursed_amount::text, '-') || '|' || f.committed || '|' || f.disbursed || '|' || f.version || '|' "
                + "|| (select count(*) from subsidy_application_event e where e.application_id = a.id) || '|' "
                + "|| (select count(*) from subsidy_claim c where c.application_id = a.id) "
                + "from subsidy_application a join subsidy_programme p on p.id = a.programme_id join subsidy_fund f on f.id = p.fund_id where a.id = ?",
                application);
    }

    public long version(long application) {
        return db.count("select version from subsidy_application where id = ?", application);
    }
}
