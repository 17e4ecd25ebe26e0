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
import gov.xianan.reform.reports.AnnualReview.Section;
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
 * Drafts the year's review (工作巡礼) in the structure and tone of the district's own: the workforce
 * section from the registry's statistics as of the year's end, the honours of the year, the lead
 * unit's work, then one section per member department from the tasks it led, the targets reached
 * and its progress reports. Staff edit the DOCX; nothing here is invented beyond the data.
 * <p>
 * Scope: the lead unit (and admin) draft the whole review; any other department's staff get the
 * statistics section and their own department's section only, since task narratives are as
 * private as the progress reports they come from ({@code /tasks/{id}/progress-reports} answers
 * another department 404).
 */
@ApplicationScoped
public class AnnualReviewService {

    static final String TITLE = "弘扬“产业工人有力量”时代主旋律";
    static final String SUBTITLE = "—— 咸安区产业工人队伍建设改革工作巡礼";
    static final String AUTHOR = "咸安区产业工人队伍建设改革领导小组";

    @Inject
    StatisticsService statistics;

    @Inject
    TaskProgress progress;

    @Inject
    EntityManager em;

    @Inject
    CallerDepartment caller;

    @Inject
    CurrentUser user;

    /** The lead unit and admin read every department's section; everyone else their own. */
    boolean readsWholeReview() {
        return caller.seesAll() || user.hasRole(Roles.ADMIN);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AnnualReview draft(int year) {
        // the year's end; for the running year today, since a review never states a future headcount
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate today = progress.today();
        LocalDate asOf = yearEnd.isAfter(today) ? today : yearEnd;
        WorkforceStatistics s = statistics.workforce(new StatisticsService.Filter(null, null, null, asOf.toString()));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, List.of("2017年以来,党中央、国务院下发了《新时期产业工人队伍建设改革方案》,发出了推进产业工人队伍建设改革的动员令。"
                + "咸安区积极贯彻落实上级指示精神,扎实推进全区产业工人队伍建设改革工作。全区工会组织充分发挥自身优势,履职尽责,求真务实,开拓进取,"
                + "产业工人队伍建设改革事业取得长足发展:")));
        sections.add(workforce(s, year));

        List<ReformTask> tasks = ReformTask.list("year", Sort.ascending("leadDepartment.sortOrder", "deadline", "id"), year);
        Map<Long, Progress> p = progress.of(tasks);
        List<Department> departments = Department.list("from Department", Sort.ascending("sortOrder", "code"));
        boolean whole = readsWholeReview();
        if (whole) {
            Department leadUnit = departments.stream().filter(d -> d.leadUnit).findFirst().orElse(null);
            sections.add(leadUnitSection(leadUnit, tasks, p, departments, year));
        }
        for (Department d : departments) {
            if (d.leadUnit || !whole && !caller.is(d)) {
                continue;
            }
            Section section = departmentSection(d, tasks, p);
            if (section != null) {
                sections.add(section);
            }
        }
        if (!whole) {
            String own = caller.get().map(d -> d.name).orElse(null);
            sections.add(new Section(null, List.of("(本稿仅含统计部分" + (own == null ? "" : "和" + own + "部分") + ";全文由牵头单位汇总。)")));
        }
        return new AnnualReview(year, asOf, TITLE, SUBTITLE, AUTHOR, sections);
    }

    // ------------------------------------------------------------------ the workforce

    private Section workforce(WorkforceStatistics s, int year) {
        List<String> ps = new ArrayList<>();
        long total = s.total() == null ? 0 : s.total();
        if (total == 0) {
            ps.add("截至" + year + "年底,工人名册中尚无产业工人记录。");
            return new Section("新时期产业工人队伍建设", ps);
        }
        String industries = s.industry().stream().filter(i -> i.count() != null && i.count() > 0).map(Share::label)
                .collect(Collectors.joining("、"));
        ps.add("咸安区产业工人队伍是新时期推动经济社会高质量发展的主力军。近年来,通过大力开展产业工人队伍建设,目前全区产业工人队伍总人数" + total + "人。"
                + (industries.isEmpty() ? "" : "人员主要分布在" + industries + "等行业。"));
        ps.add("全区产业工人中,男性占" + pct(s.gender(), "MALE") + ",女性占" + pct(s.gender(), "FEMALE") + "。"
                + "大专以上文化程度占" + pct(s.education(), "COLLEGE_OR_ABOVE") + ";高中及中专文化程度占" + pct(s.education(), "SENIOR_HIGH")
                + ";初中文化程度占" + pct(s.education(), "JUNIOR_HIGH") + ";初中以下占" + pct(s.education(), "BELOW_JUNIOR_HIGH") + "。"
                + "全区产业工人队伍中月工资2000元以下占" + pct(s.wageBand(), "UNDER_2000") + ";2000—3000元占" + pct(s.wageBand(), "FROM_2000_TO_3000")
                + ";3000—5000元占" + pct(s.wageBand(), "FROM_3000_TO_5000") + ";5000元以上占" + pct(s.wageBand(), "OVER_5000") + "。"
                + "全区产业工人中年龄50岁以上的占" + pct(s.ageBand(), "OVER_50") + ";40—50岁的占" + pct(s.ageBand(), "FROM_40_TO_50")
                + ";30—40岁占" + pct(s.ageBand(), "FROM_30_TO_40") + ";30岁以下的占" + pct(s.ageBand(), "UNDER_30") + "。"
                + "全区产业工人中普工占" + pct(s.skillTier(), "GENERAL") + ";初中级技工占" + pct(s.skillTier(), "JUNIOR_INTERMEDIATE")
                + ";高级技工和技师占" + pct(s.skillTier(), "SENIOR_TECHNICIAN") + "。"
                + "产业工人所在企业工会组织覆盖率达" + pct(s.union().enterpriseCoveragePercent()) + ",职工入会率达" + pct(s.union().membershipPercent()) + "。"
                + "产业工人队伍中农民工比例占" + pct(s.migrant().percent()) + ";其中外来农民工占农民工总数的" + pct(s.migrant().outsidePercentOfMigrants()) + "。"
                + "产业工人所在单位党组织覆盖率达" + pct(s.party().orgCoveragePercent()) + ",共有党员" + (s.party().members() == null ? "—" : s.party().members())
                + "人。");
        delegates(year).ifPresent(ps::add);
        ps.addAll(honours(year));
        ps.add("产业工人,正源源不断地为推动咸安经济社会高质量发展作出更大的贡献。");
        return new Section("新时期产业工人队伍建设", ps);
    }

    /** Workers recommended as party congress delegates up to the year, in the review's words. */
    private java.util.Optional<String> delegates(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select title, count(distinct worker_id) from political_post where post = 'PARTY_CONGRESS_DELEGATE' "
                + "and year <= ?1 group by title order by max(year) desc, 2 desc").setParameter(1, year).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] latest = rows.get(0);
        return java.util.Optional.of("推荐" + ((Number) latest[1]).longValue() + "名工人为" + latest[0] + "。全区产业工人队伍中涌现出一大批先进集体和个人。");
    }

    /**
     * The honours of the year: national and provincial ones one by one, the others counted by title.
     * A year without honours recalls the latest national honours before it, so the section is never empty.
     */
    private List<String> honours(int year) {
        List<Honour> honours = Honour.list("year", Sort.ascending("level", "awardedOn", "id"), year);
        String prefix = "";
        if (honours.isEmpty()) {
            Integer latest = (Integer) em.createQuery("select max(h.year) from Honour h where h.level = :level and h.year < :year")
                    .setParameter("level", AwardLevel.NATIONAL).setParameter("year", year).getSingleResult();
            if (latest == null) {
                return List.of();
            }
            honours = Honour.list("year = ?1 and level = ?2", Sort.ascending("awardedOn", "id"), latest, AwardLevel.NATIONAL);
            prefix = latest + "年,";
        }
        List<String> ps = new ArrayList<>();
        Map<String, Integer> others = new LinkedHashMap<>();
        for (Honour h : honours) {
            boolean high = h.level == AwardLevel.NATIONAL || h.level == AwardLevel.PROVINCIAL;
            if (!high) {
                others.merge(h.title, 1, Integer::sum);
                continue;
            }
            if (h.kind == HonourKind.INDIVIDUAL && h.worker != null) {
                String where = h.worker.enterprise == null ? "" : h.worker.enterprise.name;
                String occupation = h.worker.occupation == null ? "" : h.worker.occupation;
                String when = h.awardedOn == null ? h.year + "年" : h.awardedOn.getYear() + "年" + h.awardedOn.getMonthValue() + "月";
                ps.add(prefix + where + occupation + h.worker.name + "扎根岗位、创新创造," + when + "被评选为" + h.title + "。");
            } else {
                String where = h.enterprise == null ? "" : h.enterprise.name;
                String members = h.members.isEmpty() ? "" : h.members.size() + "名员工";
                ps.add(prefix + where + h.teamName + members + "以过硬的业务素质和良好的市场口碑得到广泛认可,被" + h.issuer + "评为" + h.title + "。");
            }
        }
        if (!others.isEmpty()) {
            ps.add(prefix + "此外," + others.entrySet().stream().map(e -> e.getValue() + "名(个)产业工人获评“" + e.getKey() + "”")
                    .collect(Collectors.joining(";")) + "。");
        }
        return ps;
    }

    // ------------------------------------------------------------------ the lead unit and the departments

    private Section leadUnitSection(Department lead, List<ReformTask> tasks, Map<Long, Progress> p, List<Department> departments, int year) {
        List<String> ps = new ArrayList<>();
        ps.add("立足“政治上保证、制度上落实、素质上提高、权益上维护”的工作思路,着力发挥产业工人主人翁作用,解决影响产业工人队伍发展的突出问题,"
                + "强化制度落实,保障产业工人合法权益。");
        String leadName = lead == null ? "牵头单位" : lead.name;
        if (!tasks.isEmpty()) {
            Set<Long> assigned = new LinkedHashSet<>();
            tasks.forEach(t -> t.assignedDepartments().forEach(d -> assigned.add(d.id)));
            long completed = tasks.stream().filter(t -> t.status == TaskStatus.COMPLETED).count();
            long overdue = tasks.stream().filter(t -> t.status == TaskStatus.OVERDUE).count();
            long notices = SupervisionNotice.count("task.year", year);
            long answered = SupervisionNotice.count("task.year = ?1 and acknowledgedAt is not null", year);
            ps.add("建设责任全面强化。" + leadName + "作为该项工作的牵头单位,定期召开党组会议和工作协调会,与全区各相关单位有效联动,形成合力。" + year
                    + "年共部署改革任务" + tasks.size() + "项,交办" + assigned.size() + "个成员单位,已完成" + completed + "项"
                    + (tasks.size() - completed - overdue > 0 ? ",正在推进" + (tasks.size() - completed - overdue) + "项" : "")
                    + (overdue > 0 ? ",逾期" + overdue + "项" : "") + (notices > 0 ? ";发出督办通知" + notices + "次,已答复" + answered + "次" : "") + "。");
        }
        if (lead != null) {
            ps.addAll(taskParagraphs(lead, tasks, p));
        }
        ps.add("近几年," + leadName + "会同区委深改委和各相关成员单位围绕《咸安区产业工人队伍建设改革实施办法》,拿出了硬举措,取得了真实效。");
        return new Section("高标准推进产业工人队伍建设新平台", ps);
    }

    private Section departmentSection(Department d, List<ReformTask> tasks, Map<Long, Progress> p) {
        List<ReformTask> led = tasks.stream().filter(t -> t.leadDepartment.id.equals(d.id)).toList();
        List<ReformTask> cooperating = tasks.stream().filter(t -> !t.leadDepartment.id.equals(d.id) && t.isAssigned(d)).toList();
        if (led.isEmpty() && cooperating.isEmpty()) {
            return null;
        }
        String areas = led.stream().map(t -> t.area.label).distinct().collect(Collectors.joining("、"));
        List<String> ps = new ArrayList<>(taskParagraphs(d, tasks, p));
        if (!cooperating.isEmpty()) {
            Map<String, List<String>> byLead = new LinkedHashMap<>();
            cooperating.forEach(t -> byLead.computeIfAbsent(t.leadDepartment.name, k -> new ArrayList<>()).add(quoted(t.title)));
            ps.add("积极配合" + byLead.entrySet().stream().map(e -> e.getKey() + "做好" + String.join("、", e.getValue()))
                    .collect(Collectors.joining(",")) + "等工作。");
        }
        return new Section(d.name + ":" + (areas.isEmpty() ? "协同推进改革任务" : "扎实推进" + areas + "工作"), ps);
    }

    /** One paragraph per task the department led: what it is, what was reached, what the reports say. */
    private List<String> taskParagraphs(Department d, List<ReformTask> tasks, Map<Long, Progress> p) {
        List<String> ps = new ArrayList<>();
        for (ReformTask t : tasks) {
            if (!t.leadDepartment.id.equals(d.id)) {
                continue;
            }
            StringBuilder b = new StringBuilder(sentence(t.title));
            if (t.description != null) {
                b.append(sentence(t.description));
            }
            List<ProgressReport> reports = ProgressReport.list("task", Sort.ascending("reportDate", "id"), t);
            for (ProgressReport r : reports) {
                b.append(sentence(r.narrative));
            }
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

    private static String pct(List<Share> shares, String key) {
        return shares.stream().filter(s -> s.key().equals(key)).findFirst().map(s -> pct(s.percent())).orElse("—");
    }

    /** Whole percents as the review writes them (one-decimal statistics rounded half up). */
    static String pct(BigDecimal percent) {
        return percent == null ? "—" : percent.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
