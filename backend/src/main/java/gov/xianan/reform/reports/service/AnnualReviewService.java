package gov.xianan.reform.reports.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.departments.service.CallerDepartment;
import gov.xianan.reform.registry.AwardLevel;
import gov.xianan.reform.registry.Honour;
import gov.xianan.reform.registry.HonourKind;
import gov.xianan.reform.registry.statistics.StatisticsService;
import gov.xianan.reform.registry.statistics.WorkforceStatistics;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Share;
import gov.xianan.reform.reports.AnnualReview;
import gov.xianan.reform.reports.AnnualReview.Figure;
import gov.xianan.reform.reports.AnnualReview.Paragraph;
import gov.xianan.reform.reports.AnnualReview.Section;
import gov.xianan.reform.reports.AnnualReview.Sentence;
import gov.xianan.reform.reports.AnnualReview.Source;
import gov.xianan.reform.reports.service.RecordQueries.Agg;
import gov.xianan.reform.reports.service.RecordQueries.Where;
import gov.xianan.reform.tasks.ProgressReport;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.SupervisionNotice;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.service.TaskProgress;
import gov.xianan.reform.tasks.service.TaskProgress.Progress;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Drafts the year's review (工作巡礼) in the structure and tone of the district's own, every figure
 * computed: the workforce section from the registry's statistics as of the year's end (employment,
 * ages and party membership by date), the party members developed in the last three years and the
 * delegates, the honours of the year; the lead unit's work (tasks, supervision, competitions, union
 * demo sites, visits); one section per member department from its records (department_record, read
 * by type code and field name through {@link RecordQueries}) and the tasks it led; and the funds,
 * competitions and honours of the year. Every sentence carries its sources and every figure is
 * listed by key, so the review can be checked against the records and the seed.
 * <p>
 * Scope: the lead unit (and admin) draft the whole review; any other department's staff get the
 * statistics section and their own department's section only, since task narratives and records
 * are as private as the progress reports they come from ({@code /tasks/{id}/progress-reports}
 * answers another department 404).
 */
@ApplicationScoped
public class AnnualReviewService {

    static final String TITLE = "弘扬“产业工人有力量”时代主旋律";
    static final String SUBTITLE = "—— 咸安区产业工人队伍建设改革工作巡礼";
    static final String AUTHOR = "咸安区产业工人队伍建设改革领导小组";

    /** Record types read by code (see docs/records.md); some are added by other work and may have no records yet. */
    public static final String PUBLICITY_SESSIONS = "publicity-sessions";
    public static final String LEARNING_ENROLMENTS = "learning-enrolments";
    public static final String MODEL_WORKER_STORIES = "model-worker-stories";
    public static final String UNION_DEMO_SITES = "union-demo-sites";
    public static final String PARTY_MEMBER_DEVELOPMENT = "party-member-development";
    public static final String CHILD_SCHOOLING = "child-schooling";
    public static final String LABOUR_DISPUTES = "labour-disputes";
    public static final String SAFETY_INSPECTIONS = "safety-inspections";
    public static final String ENTERPRISE_VISITS = "enterprise-visits";

    static final String NO_RECORDS = "本年度无记录";

    @Inject
    StatisticsService statistics;

    @Inject
    TaskProgress progress;

    @Inject
    RecordQueries records;

    @Inject
    EntityManager em;

    @Inject
    CallerDepartment caller;

    @Inject
    CurrentUser user;

    /** The lead unit and admin read every department's section; everyone else their own. */
    public boolean readsWholeReview() {
        return caller.seesAll() || user.hasRole(Roles.ADMIN);
    }

    /** A document being written: sections of paragraphs of sentences, and the figures stated. */
    static final class Draft {
        final List<Section> sections = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        String section;
        List<Paragraph> paragraphs;
        List<Sentence> sentences;
        /**
         * Whether sources name their records by id. Off for a caller who does not read the whole review while the
         * workforce section is written: its party-development, delegate and honour sentences read other departments'
         * records, whose ids that caller's scope does not show (the count and the description stay).
         */
        boolean ids = true;

        Draft section(String key, String heading) {
            section = key;
            paragraphs = new ArrayList<>();
            sections.add(new Section(key, heading, paragraphs));
            return this;
        }

        /** Starts a paragraph. */
        Draft p() {
            sentences = new ArrayList<>();
            paragraphs.add(new Paragraph(sentences));
            return this;
        }

        Draft s(String text, Source... sources) {
            if (!text.isEmpty()) {
                List<Source> named = List.of(sources);
                sentences.add(new Sentence(text, ids ? named : named.stream().map(Source::withoutIds).toList()));
            }
            return this;
        }

        /** A figure of the current section; returns the value as written. */
        String f(String key, String value) {
            figures.add(new Figure(key, section, value));
            return value;
        }

        String f(String key, long value) {
            return f(key, String.valueOf(value));
        }

        /** Drops the current section when it has no paragraph. */
        void dropIfEmpty() {
            if (paragraphs.isEmpty()) {
                sections.remove(sections.size() - 1);
            }
        }
    }

    static Source template() {
        return new Source("template", null, List.of(), 0, "固定表述(工作巡礼的行文)");
    }

    static Source source(String kind, String type, List<Long> ids, String description) {
        List<Long> shown = ids.size() > RecordQueries.MAX_IDS ? ids.subList(0, RecordQueries.MAX_IDS) : ids;
        return new Source(kind, type, List.copyOf(shown), ids.size(), description);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReview draft(int year) {
        // the year's end; for the running year today, since a review never states a future headcount
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = progress.today();
        LocalDate asOf = yearEnd.isAfter(today) ? today : yearEnd;
        WorkforceStatistics s = statistics.workforce(new StatisticsService.Filter(null, null, null, asOf.toString()));
        boolean whole = readsWholeReview();
        Draft d = new Draft();
        d.ids = whole;
        d.section("opening", null).p().s("2017年以来,党中央、国务院下发了《新时期产业工人队伍建设改革方案》,发出了推进产业工人队伍建设改革的动员令。"
                + "咸安区积极贯彻落实上级指示精神,扎实推进全区产业工人队伍建设改革工作。全区工会组织充分发挥自身优势,履职尽责,求真务实,开拓进取,"
                + "产业工人队伍建设改革事业取得长足发展:", template());
        workforce(d, s, year);
        d.ids = true; // from here on only sections the caller reads in full

        List<ReformTask> tasks = ReformTask.list("year", Sort.ascending("leadDepartment.sortOrder", "deadline", "id"), year);
        Map<Long, Progress> p = progress.of(tasks);
        List<Department> departments = Department.list("from Department", Sort.ascending("sortOrder", "code"));
        if (whole) {
            Department leadUnit = departments.stream().filter(x -> x.leadUnit).findFirst().orElse(null);
            leadUnitSection(d, leadUnit, tasks, p, year);
        }
        for (Department dep : departments) {
            if (dep.leadUnit || !whole && !caller.is(dep)) {
                continue;
            }
            departmentSection(d, dep, tasks, p, year);
        }
        if (whole) {
            fundsSection(d, year);
        } else {
            String own = caller.get().map(x -> x.name).orElse(null);
            d.section("note", null).p().s("(本稿仅含统计部分" + (own == null ? "" : "和" + own + "部分") + ";全文由牵头单位汇总。)", template());
        }
        // the statistics' own date: a protected caller's figures are of the last month end, and the review says so
        return new AnnualReview(year, s.asOf(), TITLE, SUBTITLE, AUTHOR, List.copyOf(d.sections), List.copyOf(d.figures));
    }

    // ------------------------------------------------------------------ the workforce

    private void workforce(Draft d, WorkforceStatistics s, int year) {
        d.section("workforce", "新时期产业工人队伍建设");
        if (s.total() == null) {
            // fewer workers than the disclosure rule shows: the review says the figure is withheld, not that the registry is empty
            d.p().s("截至" + year + "年底,全区产业工人人数按统计披露规则不予显示。",
                    new Source("registry", null, List.of(), 0, "工人名册:人数低于统计披露规则的最小数,不予显示"));
            return;
        }
        long total = s.total();
        Source registry = new Source("registry", null, List.of(), total, "工人名册:截至" + s.asOf() + "在职(employment 起止日期)的产业工人,"
                + "年龄按该日计算,党员按入党日期(worker.party_joined_on)计算" + (s.suppressionApplied() ? ";按统计披露规则处理(小数值以“—”表示)" : "")
                + ",共 " + total + " 人");
        if (total == 0) {
            d.p().s("截至" + year + "年底,工人名册中尚无产业工人记录。", registry);
            return;
        }
        String industries = s.industry().stream().filter(i -> i.count() != null && i.count() > 0).map(Share::label)
                .collect(Collectors.joining("、"));
        d.p().s("咸安区产业工人队伍是新时期推动经济社会高质量发展的主力军。", template())
                .s("近年来,通过大力开展产业工人队伍建设,目前全区产业工人队伍总人数" + d.f("workforce.total", total) + "人。", registry)
                .s(industries.isEmpty() ? "" : "人员主要分布在" + industries + "等行业。", registry);
        d.p().s("全区产业工人中,男性占" + d.f("workforce.male", pct(s.gender(), "MALE")) + ",女性占" + d.f("workforce.female", pct(s.gender(), "FEMALE"))
                + "。", registry)
                .s("大专以上文化程度占" + d.f("workforce.education.college", pct(s.education(), "COLLEGE_OR_ABOVE")) + ";高中及中专文化程度占"
                        + d.f("workforce.education.seniorHigh", pct(s.education(), "SENIOR_HIGH")) + ";初中文化程度占"
                        + d.f("workforce.education.juniorHigh", pct(s.education(), "JUNIOR_HIGH")) + ";初中以下占"
                        + d.f("workforce.education.belowJuniorHigh", pct(s.education(), "BELOW_JUNIOR_HIGH")) + "。", registry)
                .s("全区产业工人队伍中月工资2000元以下占" + d.f("workforce.wage.under2000", pct(s.wageBand(), "UNDER_2000")) + ";2000—3000元占"
                        + d.f("workforce.wage.2000to3000", pct(s.wageBand(), "FROM_2000_TO_3000")) + ";3000—5000元占"
                        + d.f("workforce.wage.3000to5000", pct(s.wageBand(), "FROM_3000_TO_5000")) + ";5000元以上占"
                        + d.f("workforce.wage.over5000", pct(s.wageBand(), "OVER_5000")) + "。", registry)
                .s("全区产业工人中年龄50岁以上的占" + d.f("workforce.age.over50", pct(s.ageBand(), "OVER_50")) + ";40—50岁的占"
                        + d.f("workforce.age.40to50", pct(s.ageBand(), "FROM_40_TO_50")) + ";30—40岁占" + d.f("workforce.age.30to40", pct(s.ageBand(), "FROM_30_TO_40"))
                        + ";30岁以下的占" + d.f("workforce.age.under30", pct(s.ageBand(), "UNDER_30")) + "。", registry)
                .s("全区产业工人中普工占" + d.f("workforce.skill.general", pct(s.skillTier(), "GENERAL")) + ";初中级技工占"
                        + d.f("workforce.skill.juniorIntermediate", pct(s.skillTier(), "JUNIOR_INTERMEDIATE")) + ";高级技工和技师占"
                        + d.f("workforce.skill.senior", pct(s.skillTier(), "SENIOR_TECHNICIAN")) + "。", registry)
                .s("产业工人所在企业工会组织覆盖率达" + d.f("workforce.union.coverage", pct(s.union().enterpriseCoveragePercent())) + ",职工入会率达"
                        + d.f("workforce.union.membership", pct(s.union().membershipPercent())) + "。", registry)
                .s("产业工人队伍中农民工比例占" + d.f("workforce.migrant.share", pct(s.migrant().percent())) + ";其中外来农民工占农民工总数的"
                        + d.f("workforce.migrant.outside", pct(s.migrant().outsidePercentOfMigrants())) + "。", registry)
                .s("产业工人所在单位党组织覆盖率达" + d.f("workforce.party.orgCoverage", pct(s.party().orgCoveragePercent())) + ",共有党员"
                        + d.f("workforce.party.members", s.party().members() == null ? "—" : String.valueOf(s.party().members())) + "人。", registry);
        partyAndDelegates(d, year);
        honours(d, year);
        d.p().s("产业工人,正源源不断地为推动咸安经济社会高质量发展作出更大的贡献。", template());
    }

    /** Party members developed in the last three years (party-member development records reaching 预备党员) and the congress delegates. */
    private void partyAndDelegates(Draft d, int year) {
        Agg developed = records.query(PARTY_MEMBER_DEVELOPMENT, null, LocalDate.of(year - 2, 1, 1), LocalDate.of(year, 12, 31), "吸收为预备党员",
                Where.eq("stage", "PROBATIONARY"));
        d.p();
        if (developed.count() > 0) {
            d.s("近3年来,共发展产业工人党员" + d.f("workforce.party.developed3y", developed.count()) + "名。", developed.source());
        } else {
            d.s("近3年来发展产业工人党员:" + NO_RECORDS + "。", developed.source());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select title, count(distinct worker_id), array_agg(id order by id) from political_post "
                + "where post = 'PARTY_CONGRESS_DELEGATE' and year <= ?1 group by title order by max(year) desc, 2 desc").setParameter(1, year)
                .getResultList();
        if (!rows.isEmpty()) {
            Object[] latest = rows.get(0);
            long n = ((Number) latest[1]).longValue();
            d.s("推荐" + d.f("workforce.party.delegates", n) + "名工人为" + latest[0] + "。",
                    source("political-post", null, ids(latest[2]), "political_post 党代会代表(" + latest[0] + "),截至" + year + "年, " + n + " 人"));
        }
        d.s("全区产业工人队伍中涌现出一大批先进集体和个人。", template());
    }

    /**
     * The honours of the year: national and provincial ones one by one, the others counted by title.
     * A year without honours recalls the latest national honours before it, so the section is never empty.
     */
    private void honours(Draft d, int year) {
        List<Honour> honours = Honour.list("year", Sort.ascending("level", "awardedOn", "id"), year);
        String prefix = "";
        if (honours.isEmpty()) {
            Integer latest = (Integer) em.createQuery("select max(h.year) from Honour h where h.level = :level and h.year < :year")
                    .setParameter("level", AwardLevel.NATIONAL).setParameter("year", year).getSingleResult();
            if (latest == null) {
                return;
            }
            honours = Honour.list("year = ?1 and level = ?2", Sort.ascending("awardedOn", "id"), latest, AwardLevel.NATIONAL);
            prefix = latest + "年,";
        }
        Map<String, List<Long>> others = new LinkedHashMap<>();
        for (Honour h : honours) {
            boolean high = h.level == AwardLevel.NATIONAL || h.level == AwardLevel.PROVINCIAL;
            if (!high) {
                others.computeIfAbsent(h.title, k -> new ArrayList<>()).add(h.id);
                continue;
            }
            Source from = source("honour", null, List.of(h.id), "honour #" + h.id + "(" + h.year + "年 " + h.title + ")");
            if (h.kind == HonourKind.INDIVIDUAL && h.worker != null) {
                String where = h.worker.enterprise == null ? "" : h.worker.enterprise.name;
                String occupation = h.worker.occupation == null ? "" : h.worker.occupation;
                String when = h.awardedOn == null ? h.year + "年" : h.awardedOn.getYear() + "年" + h.awardedOn.getMonthValue() + "月";
                d.p().s(prefix + where + occupation + d.f("honour." + h.id + ".name", h.worker.name) + "扎根岗位、创新创造," + when + "被评选为"
                        + d.f("honour." + h.id + ".title", h.title) + "。", from);
            } else {
                String where = h.enterprise == null ? "" : h.enterprise.name;
                String members = h.members.isEmpty() ? "" : d.f("honour." + h.id + ".members", h.members.size()) + "名员工";
                d.p().s(prefix + where + h.teamName + members + "以过硬的业务素质和良好的市场口碑得到广泛认可,被" + h.issuer + "评为"
                        + d.f("honour." + h.id + ".title", h.title) + "。", from);
            }
            if (h.citation != null && !h.citation.isBlank()) {
                // 事迹: the honour's citation as recorded, in its own words (the seed's patents and sales figures live there)
                String citation = h.citation.strip();
                d.s("事迹:" + citation + (citation.endsWith("。") ? "" : "。"),
                        source("honour", null, List.of(h.id), "honour #" + h.id + " 事迹(citation)"));
            }
        }
        if (!others.isEmpty()) {
            List<Long> all = others.values().stream().flatMap(List::stream).toList();
            d.p().s(prefix + "此外," + others.entrySet().stream().map(e -> e.getValue().size() + "名(个)产业工人获评“" + e.getKey() + "”")
                    .collect(Collectors.joining(";")) + "。", source("honour", null, all, "honour " + (prefix.isEmpty() ? year + "年" : prefix)
                            + " 区、市级荣誉, " + all.size() + " 项"));
        }
    }

    // ------------------------------------------------------------------ the lead unit and the departments

    private void leadUnitSection(Draft d, Department lead, List<ReformTask> tasks, Map<Long, Progress> p, int year) {
        d.section("lead", "高标准推进产业工人队伍建设新平台");
        d.p().s("立足“政治上保证、制度上落实、素质上提高、权益上维护”的工作思路,着力发挥产业工人主人翁作用,解决影响产业工人队伍发展的突出问题,"
                + "强化制度落实,保障产业工人合法权益。", template());
        competitions(d, year);
        String leadName = lead == null ? "牵头单位" : lead.name;
        if (!tasks.isEmpty()) {
            Set<Long> assigned = new LinkedHashSet<>();
            // the member departments the tasks went to: the lead unit leading a task of its own is not one of them
            tasks.forEach(t -> t.assignedDepartments().stream().filter(x -> !x.leadUnit).forEach(x -> assigned.add(x.id)));
            long completed = tasks.stream().filter(t -> t.status == TaskStatus.COMPLETED).count();
            long overdue = tasks.stream().filter(t -> t.status == TaskStatus.OVERDUE).count();
            long notices = SupervisionNotice.count("task.year", year);
            long answered = SupervisionNotice.count("task.year = ?1 and acknowledgedAt is not null", year);
            Source taskSource = source("task", null, tasks.stream().map(t -> t.id).toList(), "reform_task " + year + "年, " + tasks.size() + " 项;"
                    + "supervision_notice " + notices + " 次");
            d.p().s("建设责任全面强化。" + leadName + "作为该项工作的牵头单位,定期召开党组会议和工作协调会,与全区各相关单位有效联动,形成合力。", template())
                    .s(year + "年共部署改革任务" + d.f("lead.tasks", tasks.size()) + "项,交办" + assigned.size() + "个成员单位,已完成" + completed + "项"
                            + (tasks.size() - completed - overdue > 0 ? ",正在推进" + (tasks.size() - completed - overdue) + "项" : "")
                            + (overdue > 0 ? ",逾期" + overdue + "项" : "") + (notices > 0 ? ";发出督办通知" + notices + "次,已答复" + answered + "次" : "")
                            + "。", taskSource);
        }
        if (lead != null) {
            visits(d, lead, year);
        }
        Agg sites = records.query(UNION_DEMO_SITES, null, LocalDate.of(2000, 1, 1), LocalDate.of(year, 12, 31), "截至年底已验收",
                Where.eq("status", "ACCEPTED"), Where.atMost("acceptedOn", year + "-12-31"));
        d.p().s("突出“党建带工建、工建服务党建”工作机制,基层工会组织不但要“建起来”、更要“转起来”。", template());
        if (sites.count() > 0) {
            d.s("目前已建成" + d.f("lead.demoSites", sites.count()) + "个基层工会规范化建设示范点,充分发挥了工会的桥梁纽带作用。", sites.source());
        } else {
            d.s("基层工会规范化建设示范点:" + NO_RECORDS + "。", sites.source());
        }
        if (lead != null) {
            partyDevelopment(d, year);
            for (String paragraph : taskParagraphs(lead, tasks, p)) {
                d.p().s(paragraph, taskSources(lead, tasks));
            }
        }
        d.p().s("近几年," + leadName + "会同区委深改委和各相关成员单位围绕《咸安区产业工人队伍建设改革实施办法》,拿出了硬举措,取得了真实效。", template());
    }

    /** The federation's party-member development of the year, from the records. */
    private void partyDevelopment(Draft d, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        Agg activists = records.query(PARTY_MEMBER_DEVELOPMENT, null, from, to, "确定为入党积极分子", Where.eq("stage", "ACTIVIST"));
        Agg joined = records.query(PARTY_MEMBER_DEVELOPMENT, null, from, to, "吸收为预备党员", Where.eq("stage", "PROBATIONARY"));
        if (activists.count() + joined.count() == 0) {
            d.p().s(year + "年发展产业工人党员:" + NO_RECORDS + "。", joined.source());
            return;
        }
        d.p().s(year + "年在产业工人中确定入党积极分子" + d.f("lead.partyActivists", activists.count()) + "名,吸收预备党员"
                + d.f("lead.partyJoined", joined.count()) + "名。", activists.source(), joined.source());
    }

    /** Leaders' enterprise visits (包保) of a department in the year. */
    private void visits(Draft d, Department dep, int year) {
        Agg visits = records.query(ENTERPRISE_VISITS, dep.code, "issuesRaised", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
        if (visits.count() == 0) {
            return;
        }
        Agg settled = records.query(ENTERPRISE_VISITS, dep.code, "issuesSettled", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null);
        d.p().s("落实领导干部联系服务企业(包保)机制,全年走访企业" + d.f(key(dep) + ".visits", visits.count()) + "次,收集问题"
                + d.f(key(dep) + ".visitIssuesRaised", visits.total()) + "个,解决" + d.f(key(dep) + ".visitIssuesSettled", settled.total()) + "个。",
                visits.source(), settled.source());
    }

    private static String key(Department dep) {
        return dep.leadUnit ? "lead" : dep.code;
    }

    /** Competitions of the year, in the review's words (劳动竞赛 by field, 技能大赛/岗位练兵 with participants). */
    private void competitions(Draft d, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.kind, count(distinct c.id), count(p.id), array_agg(distinct c.id) from competition c "
                + "left join competition_participant p on p.competition_id = c.id where c.year = ?1 group by c.kind order by c.kind").setParameter(1, year)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> kinds = Map.of("LABOUR_COMPETITION", "劳动竞赛", "SKILL_CONTEST", "技能大赛(技能比武)", "JOB_DRILL", "岗位练兵");
        List<Long> ids = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        long total = 0;
        for (Object[] r : rows) {
            String kind = (String) r[0];
            long n = ((Number) r[1]).longValue();
            long people = ((Number) r[2]).longValue();
            total += n;
            ids.addAll(ids(r[3]));
            parts.add(kinds.getOrDefault(kind, kind) + n + "项" + (people > 0 ? "(参赛" + people + "人次/家)" : ""));
        }
        d.p().s("推动劳动竞赛向重点项目、新兴产业、非公企业、小微企业拓展,向企业节能减排降耗方向有重点的开展。", template())
                .s(year + "年共组织" + String.join("、", parts) + "。", source("competition", null, ids, "competition " + year + "年, " + total + " 项, 含参赛记录"));
        d.f("lead.competitions", total);
    }

    private void departmentSection(Draft d, Department dep, List<ReformTask> tasks, Map<Long, Progress> p, int year) {
        List<ReformTask> led = tasks.stream().filter(t -> t.leadDepartment.id.equals(dep.id)).toList();
        List<ReformTask> cooperating = tasks.stream().filter(t -> !t.leadDepartment.id.equals(dep.id) && t.isAssigned(dep)).toList();
        String areas = led.stream().map(t -> t.area.label).distinct().collect(Collectors.joining("、"));
        d.section(dep.code, dep.name + ":" + (areas.isEmpty() ? led.isEmpty() && !cooperating.isEmpty() ? "协同推进改革任务" : "履职尽责推进队伍建设"
                : "扎实推进" + areas + "工作"));
        boolean anyRecords = departmentRecords(d, dep, year);
        if (led.isEmpty() && cooperating.isEmpty() && !anyRecords) {
            d.paragraphs.clear();
            d.figures.removeIf(f -> f.section().equals(dep.code));
            d.dropIfEmpty();
            return;
        }
        for (String paragraph : taskParagraphs(dep, tasks, p)) {
            d.p().s(paragraph, taskSources(dep, tasks));
        }
        if (!cooperating.isEmpty()) {
            Map<String, List<String>> byLead = new LinkedHashMap<>();
            cooperating.forEach(t -> byLead.computeIfAbsent(t.leadDepartment.name, k -> new ArrayList<>()).add(quoted(t.title)));
            d.p().s("积极配合" + byLead.entrySet().stream().map(e -> e.getKey() + "做好" + String.join("、", e.getValue()))
                    .collect(Collectors.joining(",")) + "等工作。", source("task", null, cooperating.stream().map(t -> t.id).toList(),
                            "reform_task " + year + "年, " + dep.name + "配合的任务 " + cooperating.size() + " 项"));
        }
    }

    /** The department's records of the year, in its section; true when any record was found. */
    private boolean departmentRecords(Draft d, Department dep, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        // cumulative figures of the reform period as the seed states them: the year and the one before
        LocalDate since = LocalDate.of(year - 1, 1, 1);
        long found = 0;
        switch (dep.code) {
            case "publicity" -> {
                Agg enrolled = records.query(LEARNING_ENROLMENTS, "enrolled", since, to, null);
                Agg sessions = records.query(PUBLICITY_SESSIONS, "audience", since, to, null);
                found += enrolled.count() + sessions.count();
                d.p().s("区委宣传部围绕产业工人队伍建设改革工作,加强思想政治理论引导。", template());
                d.s(enrolled.count() == 0 ? "组织产业工人使用“学习强国”平台:" + NO_RECORDS + "。"
                        : (year - 1) + "年以来,组织产业工人" + d.f("publicity.learningEnrolled", about(enrolled.total())) + "人下载使用“学习强国”等平台开展业余学习("
                                + enrolled.count() + "次组织,合计" + enrolled.total() + "人)。", enrolled.source());
                d.s(sessions.count() == 0 ? "“双宣讲”活动:" + NO_RECORDS + "。"
                        : "开展“双宣讲”(理论宣讲、百姓宣讲)活动" + d.f("publicity.sessions", about(sessions.count())) + "场次(" + sessions.count() + "场,听众"
                                + sessions.total() + "人次),做到产业工人全覆盖。", sessions.source());
                Agg stories = records.query(MODEL_WORKER_STORIES, null, from, to, null);
                found += stories.count();
                d.p().s(stories.count() == 0 ? "加强典型宣传。宣传劳模、工匠优秀人物典型:" + NO_RECORDS + "。"
                        : "加强典型宣传。全年在区融媒体中心等媒体宣传劳模、工匠优秀人物典型" + d.f("publicity.stories", stories.count()) + "篇(次),弘扬工匠精神。",
                        stories.source());
                @SuppressWarnings("unchecked")
                List<Object[]> models = em.createNativeQuery("select year, title, count(*), array_agg(id order by id) from honour where category = 'MODEL_WORKER' "
                        + "and level = 'DISTRICT' and year between ?1 and ?2 group by year, title order by year, title").setParameter(1, year - 1)
                        .setParameter(2, year).getResultList();
                if (!models.isEmpty()) {
                    d.p().s("开展典型选树。推荐产业工人参评先进模范。", template());
                    for (Object[] m : models) {
                        long n = ((Number) m[2]).longValue();
                        d.s(m[0] + "年选树了" + d.f("publicity.models." + m[0], n) + "名" + m[1] + "。",
                                source("honour", null, ids(m[3]), "honour " + m[0] + "年 区级劳动模范(" + m[1] + "), " + n + " 名"));
                    }
                }
            }
            case "education" -> {
                Where schoolYear = Where.eq("schoolYear", String.valueOf(year));
                Agg all = records.query(CHILD_SCHOOLING, "placed", from, to, year + "—" + (year + 1) + "学年", schoolYear);
                found += all.count();
                if (all.count() == 0) {
                    d.p().s(year + "—" + (year + 1) + "学年农民工随迁子女入学:" + NO_RECORDS + "。", all.source());
                } else {
                    Agg primary = records.query(CHILD_SCHOOLING, "placed", from, to, "小学", schoolYear, Where.eq("level", "PRIMARY"));
                    Agg junior = records.query(CHILD_SCHOOLING, "placed", from, to, "初中", schoolYear, Where.eq("level", "JUNIOR"));
                    d.p().s("咸安区现接收义务教育阶段产业工人中农民工随迁子女" + d.f("education.children", all.total()) + "人就读,其中小学"
                            + d.f("education.primary", primary.total()) + "人,初中" + d.f("education.junior", junior.total()) + "人,切实解决了农民工随迁子女入学问题。",
                            all.source(), primary.source(), junior.source());
                }
            }
            case "hrss" -> {
                found += funds(d, year);
                Agg disputes = records.query(LABOUR_DISPUTES, "workersInvolved", from, to, "受理");
                found += disputes.count();
                if (disputes.count() == 0) {
                    d.p().s("参与劳动争议调解、仲裁:" + NO_RECORDS + "。", disputes.source());
                } else {
                    Agg mediated = records.query(LABOUR_DISPUTES, null, from, to, "调解", Where.eq("channel", "MEDIATION"));
                    Agg arbitrated = records.query(LABOUR_DISPUTES, null, from, to, "仲裁", Where.eq("channel", "ARBITRATION"));
                    d.p().s("充分参与劳动关系三方协调会议,全年受理劳动争议案件" + d.f("hrss.disputes", disputes.count()) + "件,其中调解"
                            + d.f("hrss.disputesMediated", mediated.count()) + "件、仲裁" + d.f("hrss.disputesArbitrated", arbitrated.count()) + "件,涉及职工"
                            + d.f("hrss.disputeWorkers", disputes.total()) + "人,积极构建和谐劳动关系。", disputes.source(), mediated.source(), arbitrated.source());
                }
            }
            case "scitech" -> {
                Agg inspections = records.query(SAFETY_INSPECTIONS, "hazardsFound", from, to, null);
                found += inspections.count();
                if (inspections.count() == 0) {
                    d.p().s("加强安全生产监督,开展安全生产大检查:" + NO_RECORDS + "。", inspections.source());
                } else {
                    Agg fixed = records.query(SAFETY_INSPECTIONS, "hazardsFixed", from, to, null);
                    d.p().s("加强安全生产监督,优化产业工人生产环境。全年开展安全生产检查" + d.f("scitech.inspections", inspections.count()) + "次,发现隐患"
                            + d.f("scitech.hazardsFound", inspections.total()) + "处,整改" + d.f("scitech.hazardsFixed", fixed.total()) + "处。",
                            inspections.source(), fixed.source());
                }
            }
            default -> {
            }
        }
        int before = d.paragraphs.size();
        visits(d, dep, year);
        found += d.paragraphs.size() - before;
        return found > 0;
    }

    /** hrss: the training-subsidy funds of the year before and the year, in the seed's words. */
    private long funds(Draft d, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select year, source, sum(budget), sum(disbursed), array_agg(id order by id) from subsidy_fund "
                + "where year between ?1 and ?2 group by year, source order by year, case source when 'EMPLOYMENT_SUBSIDY' then 1 "
                + "when 'WORK_FOR_TRAINING_ACCOUNT' then 2 else 3 end").setParameter(1, year - 1).setParameter(2, year).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<Integer, List<String>> byYear = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] r : rows) {
            int y = ((Number) r[0]).intValue();
            String src = (String) r[1];
            BigDecimal budget = (BigDecimal) r[2];
            BigDecimal disbursed = (BigDecimal) r[3];
            ids.addAll(ids(r[4]));
            String k = "hrss.fund." + y + "." + src;
            String text = switch (src) {
                case "EMPLOYMENT_SUBSIDY" -> "向上争取就业补助资金" + d.f(k, wan(budget)) + "万元";
                case "WORK_FOR_TRAINING_ACCOUNT" -> disbursed.compareTo(budget) >= 0 && budget.signum() > 0
                        ? "发放“以工代训”补贴资金" + d.f(k, wan(disbursed)) + "万元"
                        : "整合其他资金设立“以工代训”专账资金" + d.f(k, wan(budget)) + "万元";
                default -> "从预算中安排地方配套资金" + d.f(k, wan(budget)) + "万元";
            };
            byYear.computeIfAbsent(y, x -> new ArrayList<>()).add(text);
        }
        d.p().s("从就业专项资金和预算中安排对产业工人队伍的职业培训补贴资金。", template())
                .s(byYear.entrySet().stream().map(e -> e.getKey() + "年" + String.join(",", e.getValue())).collect(Collectors.joining(";")) + "。",
                        source("fund", null, ids, "subsidy_fund " + (year - 1) + "–" + year + ", " + ids.size() + " 个资金, 按年度和来源合计预算(以工代训补贴资金全部发放时为发放额)"));
        return rows.size();
    }

    /** The funds section: every fund of the year, the competitions and the honours of the year, in figures. */
    private void fundsSection(Draft d, int year) {
        d.section("funds", year + "年资金、竞赛与荣誉");
        @SuppressWarnings("unchecked")
        List<Object[]> funds = em.createNativeQuery("select count(*), coalesce(sum(budget), 0), coalesce(sum(committed), 0), coalesce(sum(disbursed), 0), "
                + "array_agg(id order by id) from subsidy_fund where year = ?1").setParameter(1, year).getResultList();
        Object[] f = funds.get(0);
        long n = ((Number) f[0]).longValue();
        if (n == 0) {
            d.p().s("职业培训补贴资金:" + NO_RECORDS + "。", source("fund", null, List.of(), "subsidy_fund " + year + ", 0 个资金"));
        } else {
            d.p().s(year + "年共安排职业培训补贴资金" + d.f("funds.count", n) + "项,预算合计" + d.f("funds.budget", wan((BigDecimal) f[1])) + "万元,已承诺"
                    + d.f("funds.committed", wan((BigDecimal) f[2])) + "万元,已发放" + d.f("funds.disbursed", wan((BigDecimal) f[3])) + "万元。",
                    source("fund", null, ids(f[4]), "subsidy_fund " + year + ", " + n + " 个资金, 预算/承诺/发放合计"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> comps = em.createNativeQuery("select count(distinct c.id), count(distinct a.id), array_agg(distinct c.id) from competition c "
                + "left join competition_award a on a.competition_id = c.id where c.year = ?1").setParameter(1, year).getResultList();
        long c = ((Number) comps.get(0)[0]).longValue();
        d.p().s(c == 0 ? "劳动和技能竞赛:" + NO_RECORDS + "。"
                : "组织劳动和技能竞赛" + d.f("funds.competitions", c) + "项,评出获奖" + d.f("funds.awards", ((Number) comps.get(0)[1]).longValue()) + "个(人)。",
                source("competition", null, c == 0 ? List.of() : ids(comps.get(0)[2]), "competition " + year + "年, " + c + " 项, 含获奖记录"));
        @SuppressWarnings("unchecked")
        List<Object[]> hs = em.createNativeQuery("select level, count(*), array_agg(id order by id) from honour where year = ?1 group by level "
                + "order by case level when 'NATIONAL' then 1 when 'PROVINCIAL' then 2 when 'CITY' then 3 else 4 end").setParameter(1, year).getResultList();
        if (hs.isEmpty()) {
            d.p().s("产业工人获得荣誉:" + NO_RECORDS + "。", source("honour", null, List.of(), "honour " + year + "年, 0 项"));
        } else {
            Map<String, String> levels = Map.of("NATIONAL", "国家级", "PROVINCIAL", "省级", "CITY", "市级", "DISTRICT", "区级");
            List<Long> ids = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            long total = 0;
            for (Object[] h : hs) {
                long k = ((Number) h[1]).longValue();
                total += k;
                ids.addAll(ids(h[2]));
                parts.add(levels.getOrDefault((String) h[0], (String) h[0]) + d.f("funds.honours." + h[0], k) + "项");
            }
            d.p().s("产业工人和集体获得各级荣誉" + d.f("funds.honours", total) + "项,其中" + String.join("、", parts) + "。",
                    source("honour", null, ids, "honour " + year + "年, " + total + " 项"));
        }
    }

    private static List<Source> taskSourcesList(Department d, List<ReformTask> tasks) {
        return List.of(source("task", null, tasks.stream().filter(t -> t.leadDepartment.id.equals(d.id)).map(t -> t.id).toList(),
                "reform_task 及其 progress_report(" + d.name + "牵头的任务、进展报告和完成情况)"));
    }

    private static Source[] taskSources(Department d, List<ReformTask> tasks) {
        return taskSourcesList(d, tasks).toArray(Source[]::new);
    }

    /** One paragraph per task the department led: what it is, what was reached, what the reports say. */
    private List<String> taskParagraphs(Department d, List<ReformTask> tasks, Map<Long, Progress> p) {
        List<String> ps = new ArrayList<>();
        for (ReformTask t : tasks) {
            if (!t.leadDepartment.id.equals(d.id)) {
                continue;
            }
            // each sentence once: a description or a report that repeats the title adds nothing
            java.util.LinkedHashSet<String> said = new java.util.LinkedHashSet<>();
            said.add(sentence(t.title));
            if (t.description != null) {
                said.add(sentence(t.description));
            }
            List<ProgressReport> reports = ProgressReport.list("task", Sort.ascending("reportDate", "id"), t);
            for (ProgressReport r : reports) {
                said.add(sentence(r.narrative));
            }
            StringBuilder b = new StringBuilder(String.join("", said));
            b.append(result(t, p.get(t.id)));
            ps.add(b.toString());
        }
        return ps;
    }

    private static String result(ReformTask t, Progress p) {
        if (t.status == TaskStatus.SUSPENDED) {
            return "该项工作暂缓推进" + (t.statusReason == null ? "" : "(" + t.statusReason + ")") + "。";
        }
        if (t.status == TaskStatus.NOT_STARTED && !p.hasReports()) {
            return "该项工作计划于" + t.startDate.getMonthValue() + "月" + t.startDate.getDayOfMonth() + "日启动。";
        }
        if (t.targetValue != null) {
            String unit = t.targetUnit == null ? "" : t.targetUnit;
            String achieved = number(p.achieved()) + unit;
            String target = number(t.targetValue) + unit;
            if (t.status == TaskStatus.COMPLETED) {
                return "全年累计完成" + achieved + "," + (p.achieved().compareTo(t.targetValue) > 0 ? "超额完成" : "完成") + target + "的目标任务。";
            }
            BigDecimal percent = p.achieved().multiply(BigDecimal.valueOf(100)).divide(t.targetValue, 0, RoundingMode.HALF_UP);
            return "目前已完成" + achieved + ",为目标" + target + "的" + percent + "%" + (t.status == TaskStatus.OVERDUE ? ",已超过完成时限,正在督办推进" : "")
                    + "。";
        }
        if (!t.milestones.isEmpty()) {
            long done = t.milestones.stream().filter(m -> m.doneOn != null).count();
            return "全部" + t.milestones.size() + "项工作节点已完成" + done + "项。";
        }
        return "";
    }

    /** A title in quotation marks; its own quotation marks become the inner kind (‘’). */
    static String quoted(String title) {
        return "“" + title.replace('“', '‘').replace('”', '’') + "”";
    }

    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return "";
        }
        char last = t.charAt(t.length() - 1);
        return "。!?;!?;".indexOf(last) >= 0 ? t : t + "。";
    }

    private static String number(BigDecimal v) {
        return v == null ? "0" : v.stripTrailingZeros().toPlainString();
    }

    /** Yuan as 万元, as the review writes money (up to two decimals, no trailing zeros). */
    static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** "About" as the review writes counts: 1,036 → 1000余, 212 → 200余; under 100 or round hundreds exact. */
    static String about(long n) {
        if (n < 100) {
            return String.valueOf(n);
        }
        long magnitude = n >= 1000 ? 1000 : 100;
        long floor = n / magnitude * magnitude;
        return floor == n ? String.valueOf(n) : floor + "余";
    }

    private static List<Long> ids(Object array) {
        List<Long> out = new ArrayList<>();
        Object[] values = null;
        if (array instanceof Object[] a) {
            values = a;
        } else if (array instanceof java.sql.Array a) {
            try {
                values = (Object[]) a.getArray();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        if (values != null) {
            for (Object o : values) {
                if (o != null) {
                    out.add(((Number) o).longValue());
                }
            }
        }
        return out;
    }

    private static String pct(List<Share> shares, String key) {
        return shares.stream().filter(s -> s.key().equals(key)).findFirst().map(s -> pct(s.percent())).orElse("—");
    }

    /** Whole percents as the review writes them (one-decimal statistics rounded half up). */
    static String pct(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
