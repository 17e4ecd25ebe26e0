package gov.xianan.reform.records.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jboss.logging.Logger;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.records.DepartmentRecord;
import gov.xianan.reform.records.RecordTypes;
import gov.xianan.reform.records.RecordValues;
import gov.xianan.reform.registry.demo.DemoDataConfig;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;

/**
 * Department records of 2019 and 2020 that add up to the seed's figures (工作巡礼): 212 双宣讲
 * sessions (200余场), 1,036 workers on 学习强国 (1000余人), 3 union demo sites, 9,379 migrant
 * workers' children in school in 2020 (7,235 primary, 2,144 junior secondary), and the leaders'
 * enterprise visits (包保). Deterministic (fixed seed), over the demo enterprises; runs after the
 * demo registry and tasks, only when there are no records yet, never in prod; every row is demo.
 * The figures are checked by RecordDemoDataTest.
 */
@ApplicationScoped
public class RecordDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(RecordDemoDataLoader.class);

    /** The seed's figures the demo records add up to. */
    public static final int SESSIONS = 212;
    public static final int ENROLLED = 1_036;
    public static final int DEMO_SITES = 3;
    public static final int PRIMARY_2020 = 7_235;
    public static final int JUNIOR_2020 = 2_144;

    @Inject
    DemoDataConfig config;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1100) StartupEvent event) {
        if (config.loadAtStartup() && load()) {
            LOG.infof("Demo department records: %d", DepartmentRecord.count());
        }
    }

    /** 近3年来,共发展产业工人208名 (党员): workers who reached 预备党员 in 2018–2020. */
    public static final int PARTY_JOINED_2018_2020 = 208;

    @Transactional
    public boolean load() {
        boolean more = loadMore();
        if (DepartmentRecord.count("demo = true and type in ?1", List.of(RecordTypes.PUBLICITY_SESSIONS, RecordTypes.LEARNING_ENROLMENTS,
                RecordTypes.UNION_DEMO_SITES, RecordTypes.CHILD_SCHOOLING, RecordTypes.ENTERPRISE_VISITS)) > 0) {
            return more;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> enterprises = Panache.getEntityManager()
                .createNativeQuery("select id, in_dev_zone from enterprise order by id limit 60").getResultList();
        if (enterprises.isEmpty()) {
            return false;
        }
        List<Long> ids = enterprises.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Random random = new Random(2020);
        Long talksTask = task("publicity", "开展“双宣讲”活动");
        Long learningTask = task("publicity", "学习强国");
        Long sitesTask = task("federation", "示范点");

        // 双宣讲: 212 sessions over 2019–2020, theory and grassroots alternately
        String[] theory = { "学习《新时期产业工人队伍建设改革方案》", "习近平新时代中国特色社会主义思想进企业", "工匠精神与产业工人成长", "党的十九届五中全会精神宣讲" };
        String[] grassroots = { "身边的劳模讲身边的事", "技术能手说技能", "百姓名嘴话发展", "一线工人谈安全生产" };
        String[] places = { "咸安经济开发区职工之家", "区总工会职工服务中心", "企业会议室", "车间班前会", "区融媒体中心演播厅" };
        String[] speakers = { "区委宣讲团 李明", "区委党校 陈静", "劳动模范 王晓霞", "百姓宣讲员 周强", "区总工会 刘芳" };
        for (int i = 0; i < SESSIONS; i++) {
            boolean theoryKind = i % 2 == 0;
            LocalDate date = LocalDate.of(2019, 1, 7).plusDays((long) i * 720 / SESSIONS + random.nextInt(3));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("date", date.toString());
            f.put("kind", theoryKind ? "THEORY" : "PUBLIC");
            f.put("title", (theoryKind ? theory : grassroots)[i / 2 % 4]);
            f.put("place", places[random.nextInt(places.length)]);
            List<Long> at = new ArrayList<>(List.of(ids.get(random.nextInt(ids.size()))));
            if (random.nextInt(4) == 0) {
                Long second = ids.get(random.nextInt(ids.size()));
                if (!at.contains(second)) {
                    at.add(second);
                }
            }
            f.put("enterpriseIds", at);
            f.put("audience", 30L + random.nextInt(120));
            f.put("speaker", speakers[random.nextInt(speakers.length)]);
            save(RecordTypes.PUBLICITY_SESSIONS, "publicity", date, at.get(0), i < 80 ? talksTask : null, f);
        }

        // 学习强国: 1,036 workers over 24 drives in 2019–2020
        int left = ENROLLED;
        for (int i = 0; i < 24; i++) {
            int n = i == 23 ? left : 30 + random.nextInt(26);
            left -= n;
            LocalDate date = LocalDate.of(2019, 3, 1).plusDays(i * 28L);
            Long enterprise = ids.get(i % ids.size());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("enterpriseId", enterprise);
            f.put("date", date.toString());
            f.put("enrolled", (long) n);
            f.put("note", "组织产业工人下载使用“学习强国”平台开展业余学习");
            save(RecordTypes.LEARNING_ENROLMENTS, "publicity", date, enterprise, learningTask, f);
        }

        // 工会规范化建设示范点: three, accepted in 2020
        String[] levels = { "DISTRICT", "DISTRICT", "CITY" };
        for (int i = 0; i < DEMO_SITES; i++) {
            Long enterprise = ids.get(i * 7 % ids.size());
            LocalDate started = LocalDate.of(2019, 4 + i * 3, 10);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("enterpriseId", enterprise);
            f.put("level", levels[i]);
            f.put("startedOn", started.toString());
            f.put("acceptedOn", LocalDate.of(2020, 9 + i, 20).toString());
            f.put("acceptedBy", i == 2 ? "咸宁市总工会" : "咸安区总工会");
            f.put("status", "ACCEPTED");
            save(RecordTypes.UNION_DEMO_SITES, "federation", started, enterprise, sitesTask, f);
        }

        // 随迁子女入学, school year 2020–2021: 7,235 primary in 12 schools, 2,144 junior in 5
        schooling(2020, "PRIMARY", PRIMARY_2020, new String[] { "咸安区实验小学", "温泉中心小学", "永安小学", "向阳湖小学", "浮山小学", "官埠桥小学",
                "横沟桥小学", "贺胜桥小学", "双溪桥小学", "马桥小学", "桂花小学", "高桥小学" }, random);
        schooling(2020, "JUNIOR", JUNIOR_2020, new String[] { "咸安区实验中学", "温泉中学", "横沟桥中学", "贺胜桥中学", "官埠桥中学" }, random);

        // 包保: the lead unit's cadres and member departments visit the enterprises they serve
        String[][] visitors = { { "federation", "陈振中" }, { "federation", "万龙" }, { "scitech", "区科经局 张华" }, { "hrss", "区人社局 赵敏" },
                { "devzone", "开发区管委会 孙涛" } };
        for (int i = 0; i < 60; i++) {
            String[] who = visitors[i % visitors.length];
            LocalDate date = LocalDate.of(2019, 2, 15).plusDays(i * 11L);
            Long enterprise = ids.get(random.nextInt(ids.size()));
            int raised = random.nextInt(5);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("leader", who[1]);
            f.put("enterpriseId", enterprise);
            f.put("date", date.toString());
            f.put("issuesRaised", (long) raised);
            f.put("issuesSettled", (long) (raised == 0 ? 0 : raised - random.nextInt(2)));
            f.put("issues", raised == 0 ? "了解企业生产经营和产业工人队伍建设情况" : "用工、培训补贴申报、职工子女入学等问题");
            save(RecordTypes.ENTERPRISE_VISITS, who[0], date, enterprise, null, f);
        }
        return true;
    }

    /**
     * The types added later, each only while it has no demo records: party-member development (208
     * workers reaching 预备党员 over 2018–2020, among the registry's party members, with their earlier
     * stages before and 正式党员 a year later; new activists and candidates since), labour-dispute
     * cases and safety inspections (第三方安评公司) each year from 2019 to today, and stories about
     * the honoured model workers in 2019–2020.
     */
    boolean loadMore() {
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Number> enterpriseIds = em.createNativeQuery("select id from enterprise order by id limit 60").getResultList();
        if (enterpriseIds.isEmpty()) {
            return false;
        }
        List<Long> ids = enterpriseIds.stream().map(Number::longValue).toList();
        LocalDate today = LocalDate.now(gov.xianan.reform.common.time.ClockProducer.ZONE);
        Random random = new Random(2021);
        boolean any = false;

        if (none(RecordTypes.PARTY_MEMBER_DEVELOPMENT)) {
            // the registry's own joiners of 2018–2020 (the demo registry dates every membership) keep their dates,
            // so the registry as of 2020-12-31 still counts the seed's 1,663 members
            @SuppressWarnings("unchecked")
            // (workers of the 2020 workforce only: a later hire's membership may be dated 2018–2020 too, but the 2020 review is of the
            // workers employed on 2020-12-31, counted as the statistics count them)
            List<Object[]> dated = em.createNativeQuery("select id, party_joined_on from worker w where demo and party_member"
                    + " and party_joined_on between date '2018-01-01' and date '2020-12-31'"
                    + " and exists (select 1 from employment m where m.worker_id = w.id and m.start_date <= date '2020-12-31'"
                    + " and (m.end_date is null or m.end_date >= date '2020-12-31'))"
                    + " order by party_joined_on, id limit "
                    + PARTY_JOINED_2018_2020).getResultList();
            Map<Long, LocalDate> joinedOn = new java.util.HashMap<>();
            List<Number> members = new ArrayList<>();
            for (Object[] row : dated) {
                members.add((Number) row[0]);
                joinedOn.put(((Number) row[0]).longValue(), row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1]);
            }
            if (members.size() < PARTY_JOINED_2018_2020) {
                @SuppressWarnings("unchecked")
                List<Number> undated = em.createNativeQuery("select id from worker where demo and party_member and party_joined_on is null order by id limit "
                        + (PARTY_JOINED_2018_2020 - members.size())).getResultList();
                members.addAll(undated);
            }
            if (members.size() < PARTY_JOINED_2018_2020) {
                // a scaled-down demo registry has fewer members than the seed's 208 joiners: the rest join from the non-members
                List<Number> more = em.createNativeQuery("select id from worker where demo and not party_member order by id limit "
                        + (PARTY_JOINED_2018_2020 - members.size())).getResultList();
                members.addAll(more);
            }
            @SuppressWarnings("unchecked")
            List<Number> others = em.createNativeQuery("select id from worker where demo and not party_member order by id desc limit 120").getResultList();
            // (read before the joiners are marked, so a scaled-down registry's joiners are not among them)
            LocalDate start = LocalDate.of(2018, 1, 10);
            long span = java.time.temporal.ChronoUnit.DAYS.between(start, LocalDate.of(2020, 12, 20));
            for (int i = 0; i < members.size(); i++) {
                long worker = members.get(i).longValue();
                LocalDate joined = joinedOn.getOrDefault(worker, start.plusDays(span * i / Math.max(1, members.size() - 1)));
                party(worker, "ACTIVIST", joined.minusMonths(24 + random.nextInt(6)), null);
                party(worker, "CANDIDATE", joined.minusMonths(12 + random.nextInt(3)), null);
                party(worker, "PROBATIONARY", joined, "支部大会讨论通过,接收为预备党员");
                LocalDate full = joined.plusYears(1);
                if (!full.isAfter(today)) {
                    party(worker, "FULL", full, "预备期满,按期转为正式党员");
                }
                em.createNativeQuery("update worker set party_member = true, party_joined_on = :d where id = :id").setParameter("d", joined).setParameter("id", worker)
                        .executeUpdate();
            }
            // since 2021: new activists, some of them candidates (not yet members: the registry's 1,663 stay the seed's)
            for (int i = 0; i < others.size(); i++) {
                LocalDate activist = LocalDate.of(2021, 3, 1).plusDays((long) i * java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2021, 3, 1), today)
                        / others.size());
                party(others.get(i).longValue(), "ACTIVIST", activist, null);
                LocalDate candidate = activist.plusMonths(12);
                if (i % 2 == 0 && !candidate.isAfter(today)) {
                    party(others.get(i).longValue(), "CANDIDATE", candidate, null);
                }
            }
            any = true;
        }

        if (none(RecordTypes.LABOUR_DISPUTES)) {
            String[] kinds = { "WAGES", "WAGES", "WAGES", "CONTRACT", "CONTRACT", "SOCIAL_INSURANCE", "INJURY", "OTHER" };
            int[] perYear = { 46, 52, 49, 44, 41, 38, 36, 33 }; // 2019, 2020, … : fewer as the enterprises' unions mediate earlier
            for (int year = 2019; year <= today.getYear(); year++) {
                int n = perYear[Math.min(perYear.length - 1, year - 2019)];
                for (int i = 0; i < n; i++) {
                    LocalDate received = LocalDate.of(year, 1, 5).plusDays((long) i * 355 / n);
                    if (received.isAfter(today)) {
                        break;
                    }
                    boolean arbitration = random.nextInt(10) < 3;
                    LocalDate closed = received.plusDays(10 + random.nextInt(arbitration ? 50 : 20));
                    boolean open = closed.isAfter(today);
                    Long enterprise = ids.get(random.nextInt(ids.size()));
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("caseNumber", "咸安劳" + (arbitration ? "仲" : "调") + "〔" + year + "〕" + (i + 1) + "号");
                    f.put("enterpriseId", enterprise);
                    f.put("kind", kinds[random.nextInt(kinds.length)]);
                    f.put("received", received.toString());
                    if (!open) {
                        f.put("closed", closed.toString());
                    }
                    f.put("channel", arbitration ? "ARBITRATION" : "MEDIATION");
                    f.put("outcome", open ? "PENDING" : arbitration ? (random.nextInt(5) == 0 ? "WITHDRAWN" : "AWARDED")
                            : (random.nextInt(8) == 0 ? "WITHDRAWN" : "SETTLED"));
                    f.put("workersInvolved", (long) (1 + (random.nextInt(6) == 0 ? random.nextInt(20) : random.nextInt(3))));
                    save(RecordTypes.LABOUR_DISPUTES, "hrss", received, enterprise, null, f);
                }
            }
            any = true;
        }

        if (none(RecordTypes.SAFETY_INSPECTIONS)) {
            String[] bodies = { "第三方安评公司", "第三方安评公司", "第三方安评公司", "区应急管理局", "区科经局安全生产检查组" };
            for (int year = 2019; year <= today.getYear(); year++) {
                int n = 60 + random.nextInt(21); // 60–80 a year
                for (int i = 0; i < n; i++) {
                    LocalDate date = LocalDate.of(year, 1, 8).plusDays((long) i * 350 / n);
                    if (date.isAfter(today)) {
                        break;
                    }
                    int found = random.nextInt(9);
                    LocalDate deadline = date.plusDays(30);
                    int fixed = deadline.isAfter(today) ? random.nextInt(found + 1) : found - (random.nextInt(10) == 0 && found > 0 ? 1 : 0);
                    Long enterprise = ids.get(random.nextInt(ids.size()));
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("enterpriseId", enterprise);
                    f.put("date", date.toString());
                    f.put("inspectingBody", bodies[random.nextInt(bodies.length)]);
                    f.put("hazardsFound", (long) found);
                    f.put("hazardsFixed", (long) fixed);
                    if (found > 0) {
                        f.put("fixDeadline", deadline.toString());
                        f.put("followUp", fixed == found ? "隐患已全部整改,复查合格" : "未整改隐患已下达整改通知,限期复查");
                    }
                    save(RecordTypes.SAFETY_INSPECTIONS, "scitech", date, enterprise, null, f);
                }
            }
            any = true;
        }

        if (none(RecordTypes.MODEL_WORKER_STORIES)) {
            @SuppressWarnings("unchecked")
            List<Object[]> honours = em.createNativeQuery("select h.id, h.worker_id, coalesce(w.name, h.team_name), h.title, h.year from honour h "
                    + "left join worker w on w.id = h.worker_id where h.demo and h.year between 2019 and 2020 "
                    + "order by (h.title like '全国%') desc, h.id limit 24").getResultList();
            String[] outlets = { "DISTRICT_MEDIA", "XIANNING_DAILY", "HUBEI_DAILY", "XUEXI", "DISTRICT_MEDIA", "OTHER" };
            for (int i = 0; i < honours.size(); i++) {
                Object[] h = honours.get(i);
                int year = ((Number) h[4]).intValue();
                LocalDate date = year == 2020 && "全国劳动模范".equals(h[3]) ? LocalDate.of(2020, 11, 26)
                        : LocalDate.of(year, 3, 1).plusDays(i * 11L % 280);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("title", h[2] + ":" + h[3] + "的奋斗故事");
                f.put("outlet", outlets[i % outlets.length]);
                f.put("date", date.toString());
                if (h[1] != null) {
                    f.put("workerId", ((Number) h[1]).longValue());
                }
                f.put("honourId", ((Number) h[0]).longValue());
                save(RecordTypes.MODEL_WORKER_STORIES, "publicity", date, null, null, f);
            }
            any = true;
        }
        return any;
    }

    private static boolean none(String type) {
        return DepartmentRecord.count("demo = true and type = ?1", type) == 0;
    }

    private static void party(long worker, String stage, LocalDate date, String note) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("workerId", worker);
        f.put("stage", stage);
        f.put("date", date.toString());
        if (note != null) {
            f.put("note", note);
        }
        save(RecordTypes.PARTY_MEMBER_DEVELOPMENT, "federation", date, null, null, f);
    }

    private void schooling(int year, String level, int total, String[] schools, Random random) {
        int left = total;
        for (int i = 0; i < schools.length; i++) {
            int placed = i == schools.length - 1 ? left : total / schools.length - 40 + random.nextInt(80);
            left -= placed;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("schoolYear", (long) year);
            f.put("school", schools[i]);
            f.put("level", level);
            f.put("placed", (long) placed);
            f.put("ofRegistered", (long) (placed * 3 / 4));
            save(RecordTypes.CHILD_SCHOOLING, "education", LocalDate.of(year, 9, 1), null, null, f);
        }
    }

    private static Long task(String department, String titlePart) {
        @SuppressWarnings("unchecked")
        List<Number> ids = Panache.getEntityManager().createNativeQuery("select t.id from reform_task t join department d on d.id = t.lead_department_id "
                + "where d.code = :d and t.title like :t order by t.id limit 1").setParameter("d", department).setParameter("t", "%" + titlePart + "%")
                .getResultList();
        return ids.isEmpty() ? null : ids.get(0).longValue();
    }

    private static void save(String type, String department, LocalDate date, Long enterprise, Long task, Map<String, Object> fields) {
        DepartmentRecord r = new DepartmentRecord();
        r.type = type;
        r.owner = Department.byCode(department).orElse(null);
        r.date = date;
        r.enterpriseId = enterprise;
        r.taskId = task;
        r.fields = RecordValues.canonical(fields);
        r.createdBy = r.updatedBy = department + "-staff";
        r.createdByName = r.updatedByName = r.owner.name + "(示例数据)";
        r.demo = true;
        r.persist();
    }
}
