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

    @Transactional
    public boolean load() {
        if (DepartmentRecord.count("demo", true) > 0) {
            return false;
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
        r.owner = Department.<Department>find("code", department).firstResult();
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
