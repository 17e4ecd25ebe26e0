package gov.xianan.reform.competitions.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jboss.logging.Logger;

import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.competitions.AwardGrade;
import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionJudge;
import gov.xianan.reform.competitions.CompetitionKind;
import gov.xianan.reform.competitions.CompetitionObjection;
import gov.xianan.reform.competitions.CompetitionParticipant;
import gov.xianan.reform.competitions.CompetitionResult;
import gov.xianan.reform.competitions.CompetitionScore;
import gov.xianan.reform.competitions.CompetitionScoringItem;
import gov.xianan.reform.competitions.CompetitionStage;
import gov.xianan.reform.competitions.ObjectionStatus;
import gov.xianan.reform.competitions.ParticipantStatus;
import gov.xianan.reform.competitions.service.AwardService;
import gov.xianan.reform.competitions.service.RankingService;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.registry.AwardLevel;
import gov.xianan.reform.registry.Enterprise;
import gov.xianan.reform.registry.EnterpriseSize;
import gov.xianan.reform.registry.Ownership;
import gov.xianan.reform.registry.SkillLevel;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.demo.DemoDataConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

/**
 * Demo competitions for `make run`, after the demo registry: the review's year 2020 of labour
 * competitions in its five fields (区总工会) and skill contests (区人社局: 机电维修, 模具钳工; the 衬胶防腐
 * drill of 华宇防腐有限公司's 技术胶甲班), all closed with their awards written to the registry as honours
 * and skill raises; plus this year's 电子装配 contest in publication and a 机电维修 contest open for
 * registration, so that every stage has content. Deterministic (the registry's seed); every row demo.
 */
@ApplicationScoped
public class CompetitionDemoLoader {

    private static final Logger LOG = Logger.getLogger(CompetitionDemoLoader.class);
    private static final int YEAR = 2020;
    private static final String[] JUDGE_NAMES = { "刘建国", "陈志强", "王丽华", "张卫东", "李红梅", "黄国平", "周永胜", "吴秀兰" };
    private static final String[] AFFILIATIONS = { "咸宁职业技术学院", "区职业技能鉴定所", "咸宁市技师学院", "区总工会劳动保护部", "湖北科技学院", "区质量技术监督所",
            "咸宁市机械工程学会", "区安全生产协会" };

    @Inject
    DemoDataConfig config;

    @Inject
    RankingService ranking;

    @Inject
    AwardService awards;

    private Random random;
    private int judgeSeq;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.loadAtStartup()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::load);
    }

    void load() {
        if (Competition.count() > 0 || Worker.count() == 0) {
            return;
        }
        if (Worker.count("demo = false") > 0) {
            // demo awards raise skill levels and write honours: never onto real people
            LOG.warn("Demo competitions skipped: the registry holds real (non-demo) workers");
            return;
        }
        Department hrss = Department.byCode("hrss").orElse(null);
        Department federation = Department.byCode("federation").orElse(null);
        if (hrss == null || federation == null) {
            LOG.warn("Demo competitions skipped: departments hrss and federation are needed");
            return;
        }
        random = new Random(config.seed());
        long started = System.currentTimeMillis();
        int count = 0;

        // 劳动竞赛 of 2020 in the review's five fields
        count += labour(federation, "2020年咸安区重点项目建设劳动竞赛", CompetitionField.KEY_PROJECTS, LocalDate.of(YEAR, 4, 1),
                enterprises("from Enterprise e where e.industryCode in ('construction', 'building-materials', 'transport') order by e.id"),
                new String[][] { { "提前完成工程节点", "个" }, { "合理化建议", "条" } });
        count += labour(federation, "2020年咸安区新兴产业“比学赶超”劳动竞赛", CompetitionField.EMERGING_INDUSTRIES, LocalDate.of(YEAR, 5, 1),
                enterprises("from Enterprise e where e.industryCode in ('electronics', 'biomedicine') order by e.id"),
                new String[][] { { "新产品研发", "项" }, { "专利申请", "件" } });
        count += labour(federation, "2020年咸安区非公企业“建功新时代”劳动竞赛", CompetitionField.NON_PUBLIC, LocalDate.of(YEAR, 6, 1),
                enterprises("from Enterprise e where e.ownership = ?1 and e.industryCode in ('textiles', 'garments', 'printing') order by e.id", Ownership.NON_PUBLIC),
                new String[][] { { "合理化建议", "条" }, { "产值增长", "%" } });
        count += labour(federation, "2020年咸安区小微企业劳动竞赛", CompetitionField.SMALL_MICRO, LocalDate.of(YEAR, 7, 1),
                enterprises("from Enterprise e where e.size in ?1 order by e.id", List.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO)),
                new String[][] { { "技术革新", "项" }, { "产品合格率提升", "个百分点" } });
        count += labour(federation, "2020年咸安区企业节能减排降耗劳动竞赛", CompetitionField.ENERGY_SAVING, LocalDate.of(YEAR, 8, 1),
                enterprises("from Enterprise e where e.industryCode in ('building-materials', 'non-coal-mining', 'forest-products') order by e.id desc"),
                new String[][] { { "节约标准煤", "吨" }, { "节电", "万千瓦时" }, { "减少二氧化碳排放", "吨" } });

        // 技能大赛 and 技能比武 of 2020, closed
        Competition c = contest(hrss, CompetitionKind.SKILL_CONTEST, "2020年咸安区机电维修职业技能竞赛", "机电维修", YEAR, LocalDate.of(YEAR, 9, 15), 20,
                SkillLevel.JUNIOR, SkillLevel.TECHNICIAN, 1, 2, 3, 4, AwardGrade.SECOND, AwardGrade.FIRST, new String[] { "理论知识", "实际操作" }, new int[] { 30, 70 });
        List<CompetitionParticipant> ps = register(c, workers("electromechanical", c, 12));
        judges(c, 5, ps.get(3).enterprise); // one judge from a contestant's enterprise stands aside for that contestant
        close(c, ps);
        count++;

        c = contest(hrss, CompetitionKind.SKILL_CONTEST, "2020年咸安区模具钳工技能比武", "模具钳工", YEAR, LocalDate.of(YEAR, 10, 20), 16,
                SkillLevel.JUNIOR, SkillLevel.TECHNICIAN, 1, 2, 3, 2, AwardGrade.FIRST, AwardGrade.SECOND, new String[] { "理论知识", "实际操作" }, new int[] { 30, 70 });
        ps = register(c, workers("mould-making", c, 10));
        judges(c, 5, null);
        close(c, ps);
        count++;

        Enterprise huayu = Enterprise.find("name", "华宇防腐有限公司").firstResult();
        if (huayu != null) {
            c = contest(federation, CompetitionKind.JOB_DRILL, "2020年衬胶防腐岗位练兵技能比武(华宇防腐有限公司技术胶甲班)", "衬胶防腐", YEAR, LocalDate.of(YEAR, 11, 10), 15,
                    null, null, 1, 2, 3, 3, null, AwardGrade.FIRST, new String[] { "衬胶工艺", "质量检验", "安全防护" }, new int[] { 40, 30, 30 });
            c.description = "华宇防腐有限公司技术胶甲班15名员工在密封铁罐中进行衬胶施工的岗位练兵,比工艺、比质量、比安全。";
            ps = register(c, Worker.list("enterprise.id = ?1", Sort.ascending("id"), huayu.id).stream().map(w -> (Worker) w).limit(15).toList());
            judges(c, 3, null);
            close(c, ps);
            count++;
        }

        // this year: 电子装配 in publication, 机电维修 open for registration
        int now = LocalDate.now(ClockProducer.ZONE).getYear();
        c = contest(hrss, CompetitionKind.SKILL_CONTEST, now + "年咸安区电子装配职业技能竞赛", "电子装配", now, LocalDate.now(ClockProducer.ZONE).minusDays(20), 12,
                SkillLevel.NONE, SkillLevel.SENIOR, 1, 2, 3, 0, AwardGrade.FIRST, AwardGrade.FIRST, new String[] { "理论知识", "实际操作" }, new int[] { 40, 60 });
        ps = register(c, workers("electronics", c, 8));
        judges(c, 5, null);
        scoreAll(c, ps);
        ranking.publish(c);
        c.publishedOn = LocalDate.now(ClockProducer.ZONE).minusDays(1);
        c.stage = CompetitionStage.PUBLICATION;
        CompetitionObjection o = new CompetitionObjection();
        o.competition = c;
        o.participant = ps.get(1);
        o.raisedBy = "参赛企业职工";
        o.content = "对第二名选手实操环节用时的计时有疑问,申请复核计时记录。";
        o.status = ObjectionStatus.OPEN;
        o.recordedBy = "demo";
        o.demo = true;
        o.persist();
        count++;

        c = contest(hrss, CompetitionKind.SKILL_CONTEST, now + "年咸安区机电维修职业技能竞赛", "机电维修", now, LocalDate.now(ClockProducer.ZONE).plusDays(30), 30,
                SkillLevel.JUNIOR, SkillLevel.TECHNICIAN, 1, 2, 3, 4, AwardGrade.SECOND, AwardGrade.FIRST, new String[] { "理论知识", "实际操作" }, new int[] { 30, 70 });
        List<Worker> candidates = workers("electromechanical", c, 17);
        List<Worker> open = candidates.subList(Math.min(12, candidates.size()), candidates.size());
        ps = register(c, open);
        ps.forEach(p -> p.status = ParticipantStatus.PENDING);
        judges(c, 3, null);
        count++;

        LOG.infof("Demo competitions: %d in %d ms", count, System.currentTimeMillis() - started);
    }

    private List<Enterprise> enterprises(String query, Object... params) {
        return Enterprise.<Enterprise>find(query, params).page(0, 6).list();
    }

    private int labour(Department dept, String name, CompetitionField field, LocalDate start, List<Enterprise> enterprises, String[][] measures) {
        Competition c = base(dept, CompetitionKind.LABOUR_COMPETITION, name, YEAR, start, 10, 1, 2, 3, 0);
        c.field = field;
        c.endDate = start.plusMonths(4);
        c.persist();
        items(c, new String[] { "工作成效", "技术创新", "安全生产" }, new int[] { 50, 30, 20 });
        List<CompetitionParticipant> ps = new ArrayList<>();
        for (int i = 0; i < enterprises.size(); i++) {
            CompetitionParticipant p = participant(c, null, enterprises.get(i), i);
            ps.add(p);
            for (String[] m : measures) {
                CompetitionResult r = new CompetitionResult();
                r.competition = c;
                r.participant = p;
                r.measure = m[0];
                r.unit = m[1];
                r.value = BigDecimal.valueOf(5 + random.nextInt(120) + random.nextInt(100) / 100.0).setScale(2, java.math.RoundingMode.HALF_UP);
                r.reportedOn = c.endDate.minusDays(5);
                r.demo = true;
                r.persist();
            }
        }
        judges(c, 3, null);
        close(c, ps);
        return 1;
    }

    private Competition base(Department dept, CompetitionKind kind, String name, int year, LocalDate start, int places, int first, int second, int third,
            int excellence) {
        Competition c = new Competition();
        c.kind = kind;
        c.name = name;
        c.year = year;
        c.department = dept;
        c.level = AwardLevel.DISTRICT;
        c.startDate = start;
        c.endDate = start.plusDays(2);
        c.stage = CompetitionStage.REGISTRATION;
        c.places = places;
        c.publicationDays = 7;
        c.firstPrizes = first;
        c.secondPrizes = second;
        c.thirdPrizes = third;
        c.excellencePrizes = excellence;
        c.demo = true;
        return c;
    }

    private Competition contest(Department dept, CompetitionKind kind, String name, String occupation, int year, LocalDate start, int places, SkillLevel min,
            SkillLevel max, int first, int second, int third, int excellence, AwardGrade expertUpTo, AwardGrade raiseUpTo, String[] items, int[] weights) {
        Competition c = base(dept, kind, name, year, start, places, first, second, third, excellence);
        c.occupation = occupation;
        c.minSkillLevel = min;
        c.maxSkillLevel = max;
        c.minAge = 18;
        c.maxAge = 55;
        c.technicalExpertUpTo = expertUpTo;
        c.skillRaiseUpTo = raiseUpTo;
        c.persist();
        items(c, items, weights);
        return c;
    }

    private void items(Competition c, String[] names, int[] weights) {
        for (int i = 0; i < names.length; i++) {
            CompetitionScoringItem item = new CompetitionScoringItem();
            item.competition = c;
            item.name = names[i];
            item.weight = BigDecimal.valueOf(weights[i]);
            item.sortOrder = i;
            item.demo = true;
            item.persist();
        }
    }

    /** Workers the contest's rules admit: the industry, skill range, age 18–55 on the start date. */
    private List<Worker> workers(String industry, Competition c, int n) {
        List<SkillLevel> levels = new ArrayList<>();
        for (SkillLevel l : SkillLevel.values()) {
            if ((c.minSkillLevel == null || l.compareTo(c.minSkillLevel) >= 0) && (c.maxSkillLevel == null || l.compareTo(c.maxSkillLevel) <= 0)) {
                levels.add(l);
            }
        }
        return Worker.<Worker>find("enterprise.industryCode = ?1 and skillLevel in ?2 and birthDate between ?3 and ?4", Sort.ascending("id"), industry, levels,
                c.startDate.minusYears(55), c.startDate.minusYears(18)).page(0, n).list();
    }

    private List<CompetitionParticipant> register(Competition c, List<Worker> workers) {
        List<CompetitionParticipant> ps = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            ps.add(participant(c, workers.get(i), workers.get(i).enterprise, i));
        }
        return ps;
    }

    private CompetitionParticipant participant(Competition c, Worker w, Enterprise e, int i) {
        CompetitionParticipant p = new CompetitionParticipant();
        p.competition = c;
        p.worker = w;
        p.enterprise = e;
        p.status = ParticipantStatus.ACCEPTED;
        p.registeredAt = c.startDate.minusDays(20).atStartOfDay().plusHours(8 + i).toInstant(ZoneOffset.ofHours(8));
        p.registeredBy = "demo";
        p.reviewedAt = c.startDate.minusDays(7).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        p.reviewedBy = "demo";
        p.demo = true;
        p.persist();
        return p;
    }

    private void judges(Competition c, int n, Enterprise oneFrom) {
        for (int i = 0; i < n; i++) {
            CompetitionJudge j = new CompetitionJudge();
            j.competition = c;
            j.name = JUDGE_NAMES[(judgeSeq + i) % JUDGE_NAMES.length];
            if (i == 0 && oneFrom != null) {
                j.enterprise = oneFrom;
            } else {
                j.affiliation = AFFILIATIONS[(judgeSeq + i) % AFFILIATIONS.length];
            }
            j.demo = true;
            j.persist();
        }
        judgeSeq += n;
    }

    /** Every judge marks every contestant they may score: a contestant's level plus each judge's own leniency. */
    private void scoreAll(Competition c, List<CompetitionParticipant> ps) {
        List<CompetitionJudge> judges = CompetitionJudge.of(c);
        List<CompetitionScoringItem> items = CompetitionScoringItem.of(c);
        double[] lenience = new double[judges.size()];
        for (int j = 0; j < lenience.length; j++) {
            lenience[j] = random.nextGaussian() * 2;
        }
        for (CompetitionParticipant p : ps) {
            double level = 68 + random.nextDouble() * 25;
            for (int j = 0; j < judges.size(); j++) {
                CompetitionJudge judge = judges.get(j);
                if (judge.enterprise != null && p.enterprise != null && judge.enterprise.id.equals(p.enterprise.id)) {
                    continue;
                }
                for (CompetitionScoringItem item : items) {
                    double v = Math.max(40, Math.min(99.5, level + lenience[j] + random.nextGaussian() * 2.5));
                    CompetitionScore s = new CompetitionScore();
                    s.competition = c;
                    s.judge = judge;
                    s.participant = p;
                    s.item = item;
                    s.value = BigDecimal.valueOf(Math.round(v * 2) / 2.0).setScale(2);
                    s.enteredBy = "demo";
                    s.demo = true;
                    s.persist();
                }
            }
        }
    }

    private void close(Competition c, List<CompetitionParticipant> ps) {
        scoreAll(c, ps);
        ranking.publish(c);
        c.publishedOn = c.endDate.plusDays(3);
        c.closedOn = c.publishedOn.plusDays(c.publicationDays);
        awards.writeToRegistry(c, c.closedOn);
        c.stage = CompetitionStage.CLOSED;
    }
}
