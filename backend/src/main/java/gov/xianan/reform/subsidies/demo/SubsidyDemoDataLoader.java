package gov.xianan.reform.subsidies.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.demo.DemoDataConfig;
import gov.xianan.reform.subsidies.ApplicationEvent;
import gov.xianan.reform.subsidies.ApplicationEvent.Action;
import gov.xianan.reform.subsidies.ApplicationState;
import gov.xianan.reform.subsidies.ApplicationTrainee;
import gov.xianan.reform.subsidies.FundSource;
import gov.xianan.reform.subsidies.ProgrammeKind;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.SubsidyFund;
import gov.xianan.reform.subsidies.SubsidyProgramme;
import gov.xianan.reform.subsidies.service.AmountRule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Demo funds, programmes and applications for `make run`, after the registry's demo data: the
 * seed's figures of 区人社局 (2019: 就业补助资金 1932万, 以工代训专账 801万, 地方配套 500万; 2020:
 * 就业补助资金 2673万, 以工代训 600万 paid, taken over as an opening total), and applications of demo
 * enterprises in every state of the workflow. Does nothing when a fund exists, never in prod.
 */
@ApplicationScoped
public class SubsidyDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(SubsidyDemoDataLoader.class);

    /** The department running the programme in the demo: data, named only here. */
    private static final String DEMO_DEPARTMENT = "hrss";

    /** Four eyes: the demo applications are entered and submitted by hrss-staff, reviewed by hrss-reviewer, decided by hrss-approver. */
    private static final String ENTERED_BY = "hrss-staff";

    @Inject
    DemoDataConfig config;

    @Inject
    EntityManager em;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (!config.loadAtStartup()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::load);
    }

    void load() {
        if (SubsidyFund.count() > 0) {
            return;
        }
        populate();
    }

    /** Writes the demo rows; returns how many applications were made. */
    int populate() {
        Department owner = Department.byCode(DEMO_DEPARTMENT).orElse(null);
        if (owner == null) {
            LOG.warn("Subsidy demo data skipped: no department " + DEMO_DEPARTMENT);
            return 0;
        }
        SubsidyFund employment2019 = fund(2019, FundSource.EMPLOYMENT_SUBSIDY, "2019年就业补助资金", "19320000", "0", owner);
        SubsidyFund account2019 = fund(2019, FundSource.WORK_FOR_TRAINING_ACCOUNT, "2019年以工代训专账资金", "8010000", "0", owner);
        SubsidyFund local2019 = fund(2019, FundSource.LOCAL_MATCHING, "2019年地方配套资金", "5000000", "0", owner);
        SubsidyFund employment2020 = fund(2020, FundSource.EMPLOYMENT_SUBSIDY, "2020年就业补助资金", "26730000", "0", owner);
        SubsidyFund account2020 = fund(2020, FundSource.WORK_FOR_TRAINING_ACCOUNT, "2020年以工代训补贴资金", "6000000", "6000000", owner);

        SubsidyProgramme wft2019 = programme(ProgrammeKind.WORK_FOR_TRAINING, "2019年以工代训", account2019, "1500", "20", null);
        SubsidyProgramme preJob2019 = programme(ProgrammeKind.PRE_JOB_TRAINING, "2019年岗前培训", employment2019, "800", "25", null);
        SubsidyProgramme upgrade2019 = programme(ProgrammeKind.ON_JOB_UPGRADING, "2019年在岗技能提升培训", employment2019, "1000", null, null);
        SubsidyProgramme cert2019 = programme(ProgrammeKind.SKILL_CERTIFICATION, "2019年职业技能等级认定补贴", local2019, "800", null,
                Map.of(SkillLevel.JUNIOR, "1000", SkillLevel.INTERMEDIATE, "1500", SkillLevel.SENIOR, "2000", SkillLevel.TECHNICIAN, "3000",
                        SkillLevel.SENIOR_TECHNICIAN, "3500"));
        programme(ProgrammeKind.WORK_FOR_TRAINING, "2020年以工代训", account2020, "1500", "20", null);
        SubsidyProgramme upgrade2020 = programme(ProgrammeKind.ON_JOB_UPGRADING, "2020年在岗技能提升培训", employment2020, "1200", "20", null);
        SubsidyProgramme transfer2020 = programme(ProgrammeKind.JOB_TRANSFER_TRAINING, "2020年转岗培训", employment2020, "1000", null, null);

        @SuppressWarnings("unchecked")
        List<Number> enterprises = em.createNativeQuery("select m.enterprise_id from employment m join worker w on w.id = m.worker_id "
                + "where m.end_date is null and m.start_date <= date '2018-12-31' and w.demo group by 1 having count(*) >= 12 "
                + "order by count(*) desc, 1 limit 13").getResultList();
        if (enterprises.isEmpty()) {
            em.flush();
            LOG.info("Subsidy demo data: 5 funds, 7 programmes, no applications (no demo registry)");
            return 0;
        }
        record Plan(SubsidyProgramme programme, ApplicationState state, boolean returned, int trainees, String start, String end) {
        }
        List<Plan> plans = List.of(
                new Plan(wft2019, ApplicationState.DISBURSED, false, 12, "2019-03-01", "2019-05-31"),
                new Plan(wft2019, ApplicationState.DISBURSED, false, 10, "2019-04-01", "2019-06-30"),
                new Plan(cert2019, ApplicationState.DISBURSED, false, 8, "2019-05-06", "2019-06-28"),
                new Plan(preJob2019, ApplicationState.APPROVED, false, 9, "2019-09-02", "2019-09-30"),
                new Plan(upgrade2019, ApplicationState.REJECTED, false, 6, "2019-10-08", "2019-11-29"),
                new Plan(upgrade2020, ApplicationState.DISBURSED, false, 10, "2020-04-01", "2020-06-30"),
                new Plan(upgrade2020, ApplicationState.APPROVED, false, 8, "2020-07-01", "2020-08-31"),
                new Plan(transfer2020, ApplicationState.REVIEWED, false, 7, "2020-09-01", "2020-10-30"),
                new Plan(upgrade2020, ApplicationState.REVIEWED, false, 6, "2020-09-14", "2020-11-13"),
                new Plan(transfer2020, ApplicationState.SUBMITTED, false, 8, "2020-10-12", "2020-12-11"),
                new Plan(upgrade2020, ApplicationState.SUBMITTED, false, 5, "2020-10-19", "2020-12-18"),
                new Plan(transfer2020, ApplicationState.DRAFT, true, 6, "2020-11-02", "2020-12-25"),
                new Plan(upgrade2020, ApplicationState.DRAFT, false, 5, "2020-11-16", "2020-12-31"));
        List<Long> used = new ArrayList<>();
        used.add(-1L);
        int made = 0;
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            Enterprise enterprise = Enterprise.findById(enterprises.get(i % enterprises.size()).longValue());
            LocalDate start = LocalDate.parse(p.start());
            LocalDate end = LocalDate.parse(p.end());
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select m.worker_id from employment m where m.enterprise_id = :e and m.end_date is null "
                    + "and m.start_date <= :start and m.worker_id not in (:used) order by m.worker_id limit :n")
                    .setParameter("e", enterprise.id).setParameter("start", start).setParameter("used", used).setParameter("n", p.trainees())
                    .getResultList();
            if (ids.isEmpty()) {
                continue;
            }
            ids.forEach(n -> used.add(n.longValue()));
            application(enterprise, p.programme(), ids, start, end, p.state(), p.returned(), i);
            made++;
        }
        em.flush();
        LOG.infof("Subsidy demo data: 5 funds, 7 programmes, %d applications", made);
        return made;
    }

    private SubsidyFund fund(int year, FundSource source, String name, String budget, String opening, Department owner) {
        SubsidyFund f = new SubsidyFund();
        f.year = year;
        f.source = source;
        f.name = name;
        f.budget = new BigDecimal(budget).setScale(2);
        f.openingDisbursed = new BigDecimal(opening).setScale(2);
        f.disbursed = f.openingDisbursed;
        f.departmentCode = owner.code;
        f.demo = true;
        f.persist();
        return f;
    }

    private SubsidyProgramme programme(ProgrammeKind kind, String name, SubsidyFund fund, String amount, String migrantUplift,
            Map<SkillLevel, String> levels) {
        SubsidyProgramme p = new SubsidyProgramme();
        p.kind = kind;
        p.name = name;
        p.fund = fund;
        p.year = fund.year;
        p.amountPerTrainee = new BigDecimal(amount).setScale(2);
        p.migrantUpliftPercent = migrantUplift == null ? null : new BigDecimal(migrantUplift).setScale(2);
        if (levels != null) {
            levels.forEach((level, a) -> p.levelAmounts.put(level, new BigDecimal(a).setScale(2)));
        }
        p.demo = true;
        p.persist();
        return p;
    }

    /** An application walked through the workflow up to {@code target}, with the timeline and fund figures that go with it. */
    private void application(Enterprise enterprise, SubsidyProgramme programme, List<Number> workerIds, LocalDate start, LocalDate end,
            ApplicationState target, boolean returned, int n) {
        SubsidyApplication a = new SubsidyApplication();
        a.enterprise = enterprise;
        a.programme = programme;
        a.trainingStart = start;
        a.trainingEnd = end;
        a.state = ApplicationState.DRAFT;
        a.createdBy = ENTERED_BY;
        a.createdByName = gov.xianan.reform.common.audit.DemoPeople.name(ENTERED_BY);
        a.clientId = "spa";
        a.demo = true;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Number id : workerIds) {
            Worker w = Worker.findById(id.longValue());
            ApplicationTrainee t = new ApplicationTrainee();
            t.application = a;
            t.worker = w;
            t.skillLevel = w.skillLevel;
            t.migrant = w.agriculturalHukou;
            t.amount = AmountRule.amount(programme, w);
            total = total.add(t.amount);
            a.trainees.add(t);
        }
        a.amount = total;
        a.notes = enterprise.name + " " + programme.kind.label() + " " + workerIds.size() + " 人";
        a.persist();
        Instant at = end.plusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(9 * 3600L);
        event(a, Action.CREATE, null, ApplicationState.DRAFT, ENTERED_BY, at, null, null, total);
        if (target == ApplicationState.DRAFT && !returned) {
            return;
        }
        at = at.plusSeconds(3600);
        event(a, Action.SUBMIT, ApplicationState.DRAFT, ApplicationState.SUBMITTED, ENTERED_BY, at, null, null, null);
        a.state = ApplicationState.SUBMITTED;
        if (returned) {
            at = at.plusSeconds(86400);
            event(a, Action.RETURN, ApplicationState.SUBMITTED, ApplicationState.DRAFT, "hrss-approver", at, "培训签到表缺少部分学员签名,请补充后重新提交", null, null);
            a.state = ApplicationState.DRAFT;
            return;
        }
        if (target == ApplicationState.SUBMITTED) {
            return;
        }
        at = at.plusSeconds(2 * 86400);
        event(a, Action.REVIEW, ApplicationState.SUBMITTED, ApplicationState.REVIEWED, "hrss-reviewer", at, "材料齐全,学员均为本企业在职职工", null, null);
        a.state = ApplicationState.REVIEWED;
        a.reviewedBy = "hrss-reviewer";
        a.reviewedByName = gov.xianan.reform.common.audit.DemoPeople.name(a.reviewedBy);
        if (target == ApplicationState.REVIEWED) {
            return;
        }
        at = at.plusSeconds(2 * 86400);
        if (target == ApplicationState.REJECTED) {
            event(a, Action.REJECT, ApplicationState.REVIEWED, ApplicationState.REJECTED, "hrss-approver", at, "培训课时不足规定标准", null, null);
            a.state = ApplicationState.REJECTED;
            return;
        }
        SubsidyFund fund = programme.fund;
        event(a, Action.APPROVE, ApplicationState.REVIEWED, ApplicationState.APPROVED, "hrss-approver", at, null, null, total);
        a.state = ApplicationState.APPROVED;
        a.committedAmount = total;
        fund.committed = fund.committed.add(total);
        claims(a, "COMMITTED");
        if (target == ApplicationState.APPROVED) {
            return;
        }
        at = at.plusSeconds(5 * 86400);
        a.state = ApplicationState.DISBURSED;
        a.disbursedAmount = total;
        a.voucherNo = "XA-" + programme.year + "-" + String.format("%05d", 101 + n);
        a.disbursedOn = LocalDate.ofInstant(at, ZoneOffset.UTC);
        fund.committed = fund.committed.subtract(total);
        fund.disbursed = fund.disbursed.add(total);
        event(a, Action.DISBURSE, ApplicationState.APPROVED, ApplicationState.DISBURSED, "hrss-approver", at, null, a.voucherNo, total);
        em.flush();
        em.createNativeQuery("update subsidy_claim set status = 'PAID' where application_id = :a").setParameter("a", a.id).executeUpdate();
    }

    private void claims(SubsidyApplication a, String status) {
        em.flush();
        for (ApplicationTrainee t : a.trainees) {
            em.createNativeQuery("insert into subsidy_claim (worker_id, programme_kind, programme_year, application_id, status) values (:w, :k, :y, :a, :s)")
                    .setParameter("w", t.worker.id).setParameter("k", a.programme.kind.name()).setParameter("y", a.programme.year)
                    .setParameter("a", a.id).setParameter("s", status).executeUpdate();
        }
    }

    private void event(SubsidyApplication a, Action action, ApplicationState from, ApplicationState to, String actor, Instant at, String reason,
            String voucher, BigDecimal amount) {
        ApplicationEvent e = new ApplicationEvent();
        e.applicationId = a.id;
        e.action = action;
        e.fromState = from;
        e.toState = to;
        e.actor = actor;
        e.actorName = gov.xianan.reform.common.audit.DemoPeople.name(actor);
        e.department = DEMO_DEPARTMENT;
        e.clientId = "spa";
        e.occurredAt = at;
        e.reason = reason;
        e.voucherNo = voucher;
        e.amount = amount;
        e.persist();
    }
}
