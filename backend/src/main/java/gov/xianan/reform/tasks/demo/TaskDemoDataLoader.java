package gov.xianan.reform.tasks.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;

import org.jboss.logging.Logger;

import gov.xianan.reform.departments.Department;
import gov.xianan.reform.registry.demo.DemoDataConfig;
import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.ExtensionRequest;
import gov.xianan.reform.tasks.ExtensionStatus;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.PolicyArea;
import gov.xianan.reform.tasks.ProgressReport;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.ReportAttachment;
import gov.xianan.reform.tasks.SupervisionNotice;
import gov.xianan.reform.tasks.TaskEvent;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskMilestone;
import gov.xianan.reform.tasks.TaskPriority;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.tasks.service.DailyTaskCheck;
import gov.xianan.reform.tasks.service.NoticeEscalation;
import gov.xianan.reform.tasks.service.NotificationService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The review's department measures as demo tasks for `make run`, after the demo registry: each
 * department's tasks with targets, and progress reports that reach the review's results (双宣讲
 * 200余场, 1000余人 on 学习强国, 15 models; 3 union sites, 208 party members, 59 delegates; 9,379
 * migrant workers' children …). Dates are relative to today so that the board shows every state:
 * completed, in progress, overdue with open notices, not started, suspended. Runs only when
 * there are no tasks yet, never in prod; every row is demo.
 */
@ApplicationScoped
public class TaskDemoDataLoader {

    private static final Logger LOG = Logger.getLogger(TaskDemoDataLoader.class);

    /** A 1×1 PNG, the evidence of one report. */
    private static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    DemoDataConfig config;

    @Inject
    Clock clock;

    @Inject
    NotificationService notifications;

    @Inject
    DailyTaskCheck check;

    private LocalDate today;

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
        if (!config.loadAtStartup()) {
            return;
        }
        if (load()) {
            DailyTaskCheck.Result r = check.run();
            LOG.infof("Demo tasks: %d tasks, %d marked overdue, %d reminders", r.checked(), r.markedOverdue(), r.reminders());
        }
    }

    /** Writes the demo tasks; false when there are tasks already. */
    @Transactional
    public boolean load() {
        if (ReformTask.count() > 0) {
            return false;
        }
        today = LocalDate.now(clock);
        int year = today.getYear();
        LocalDate start = today.minusDays(300);

        // ---- 区总工会 (the lead unit's own measures)
        ReformTask sites = task("federation", List.of(), PolicyArea.ORGANISATION, "建设基层工会规范化建设示范点",
                "突出“党建带工建、工建服务党建”工作机制,强化基层工会组织活力,基层工会组织不但要“建起来”、更要“转起来”",
                n(3), "个", start, today.plusDays(30), TaskPriority.HIGH, year);
        report(sites, "federation", "federation-staff", 90, "建成第一个基层工会规范化建设示范点", n(1), null);
        report(sites, "federation", "federation-staff", 240, "再建成两个基层工会规范化建设示范点,充分发挥了工会的桥梁纽带作用", n(2), null);

        ReformTask members = task("federation", List.of("devzone"), PolicyArea.ORGANISATION, "在产业工人中发展党员",
                "近3年在产业工人中发展党员,落实产业工人的主人翁地位", n(208), "名", start, today.plusDays(30), TaskPriority.HIGH, year);
        report(members, "federation", "federation-staff", 60, "第一阶段在产业工人中发展党员70名", n(70), null);
        report(members, "devzone", "devzone-staff", 150, "开发区企业产业工人中发展党员68名", n(68), null);
        report(members, "federation", "federation-staff", 270, "第三阶段发展党员70名,近3年来共发展产业工人党员208名", n(70), null);

        ReformTask delegates = task("federation", List.of(), PolicyArea.ORGANISATION, "推荐产业工人为党代会代表",
                "加强产业工人在党的代表大会代表中的比例", n(59), "名", start, today.plusDays(30), TaskPriority.MEDIUM, year);
        report(delegates, "federation", "federation-staff", 200, "推荐59名工人为中国共产党咸安区第五次代表大会代表", n(59), null);

        ReformTask partyMembers = task("federation", List.of(), PolicyArea.ORGANISATION, "加强产业工人党员队伍建设",
                "加强产业工人党建工作,名册中的产业工人党员达到1663人", n(1663), "人", start, today.plusDays(30), TaskPriority.LOW, year);
        partyMembers.indicatorCode = "registry.party-members";

        ReformTask survey = task("federation", List.of(), PolicyArea.OTHER, "开展产业工人队伍建设调研",
                "深入企业就产业工人队伍建设工作进行指导和工作调研,形成调研报告,定期向区委汇报工作", null, null, start, today.plusDays(5),
                TaskPriority.MEDIUM, year);
        TaskMilestone visit = milestone(survey, "深入企业调研指导", 0, today.minusDays(120));
        TaskMilestone paper = milestone(survey, "形成调研报告", 1, today.minusDays(30));
        milestone(survey, "向区委汇报工作", 2, today.plusDays(5));
        report(survey, "federation", "federation-staff", 100, "全体干部职工坚持重心下沉,每人包保若干家企业,多次深入企业调研指导", null, visit);
        report(survey, "federation", "federation-staff", 260, "形成产业工人队伍建设调研报告", null, paper);

        // ---- 区委宣传部
        ReformTask talks = task("publicity", List.of("devzone"), PolicyArea.IDEOLOGY, "开展“双宣讲”活动",
                "加强思想政治理论引导,开展理论宣讲、百姓宣讲,做到产业工人全覆盖", n(200), "场", start, today.plusDays(20), TaskPriority.HIGH, year);
        ProgressReport first = report(talks, "publicity", "publicity-staff", 80, "指导经济开发区管委会等部门开展理论宣讲、百姓宣讲80场", n(80), null);
        attach(first, "双宣讲现场.png");
        report(talks, "devzone", "devzone-staff", 170, "开发区企业开展百姓宣讲70场", n(70), null);
        report(talks, "publicity", "publicity-staff", 250, "再开展宣讲55场,“双宣讲”活动累计200余场次,做到产业工人全覆盖", n(55), null);

        ReformTask study = task("publicity", List.of("devzone"), PolicyArea.IDEOLOGY, "组织产业工人使用“学习强国”平台学习",
                "组织产业工人下载使用“学习强国”等平台开展业余学习", n(1000), "人", start, today.plusDays(20), TaskPriority.MEDIUM, year);
        report(study, "publicity", "publicity-staff", 120, "组织600名产业工人下载使用“学习强国”平台", n(600), null);
        report(study, "devzone", "devzone-staff", 220, "开发区420名产业工人加入“学习强国”学习,累计1000余人", n(420), null);

        ReformTask models = task("publicity", List.of("federation"), PolicyArea.IDEOLOGY, "开展典型选树",
                "推荐产业工人参评先进模范,营造知荣辱、讲道德、促和谐的浓厚氛围", n(15), "名", start, today.plusDays(20), TaskPriority.MEDIUM, year);
        report(models, "publicity", "publicity-staff", 180, "选树了15名咸安区劳动模范", n(15), null);

        ReformTask stories = task("publicity", List.of(), PolicyArea.IDEOLOGY, "加强劳模工匠典型宣传",
                "充分发挥新闻媒体教育引导作用,宣传劳模、工匠优秀人物典型,弘扬工匠精神", n(12), "篇", start, today.minusDays(20), TaskPriority.MEDIUM,
                year);
        report(stories, "publicity", "publicity-staff", 150, "在区融媒体中心刊发劳模工匠专题报道7篇", n(7), null);
        notice(stories, "“加强劳模工匠典型宣传”已超过截止日期,请说明原因并于一周内报送推进计划。", 12, 7, null, null);

        // ---- 区科经局
        ReformTask inspections = task("scitech", List.of("devzone"), PolicyArea.SAFETY, "聘请第三方安评公司开展安全生产大检查",
                "加强安全生产监督,优化产业工人生产环境", n(100), "家企业", start, today.minusDays(30), TaskPriority.HIGH, year);
        report(inspections, "scitech", "scitech-staff", 120, "第三方安评公司完成40家企业安全生产检查", n(40), null);
        report(inspections, "scitech", "scitech-staff", 230, "完成第二批35家企业检查,发现隐患已督促整改", n(35), null);
        notice(inspections, "安全生产大检查进度滞后,请加快推进并报送剩余企业的检查计划。", 20, 10, null, null);

        ReformTask archives = task("scitech", List.of(), PolicyArea.SAFETY, "建立健全产业工人安全生产档案",
                "保障全区产业工人的安全生产环境", null, null, start, today.plusDays(40), TaskPriority.MEDIUM, year);
        TaskMilestone rules = milestone(archives, "制定安全生产档案规范", 0, today.minusDays(200));
        TaskMilestone key = milestone(archives, "完成重点企业建档", 1, today.minusDays(90));
        TaskMilestone all = milestone(archives, "全区企业全面建档", 2, today.plusDays(40));
        report(archives, "scitech", "scitech-staff", 90, "印发产业工人安全生产档案规范", null, rules);
        report(archives, "scitech", "scitech-staff", 200, "完成重点企业产业工人安全生产建档", null, key);
        report(archives, "scitech", "scitech-staff", 280, "建立健全全区产业工人安全生产档案", null, all);

        ReformTask visits = task("scitech", List.of(), PolicyArea.SAFETY, "领导干部联系服务企业、定期走访企业",
                "开展领导干部联系服务企业机制,定期召开专题会议,分析产业工人安全生产形势", n(50), "家", start, today.plusDays(60), TaskPriority.LOW, year);
        report(visits, "scitech", "scitech-staff", 100, "走访企业18家", n(18), null);
        visits.suspended = true;
        visits.status = TaskStatus.SUSPENDED;
        event(visits, TaskEventKind.SUSPENDED, today.minusDays(60), "federation-lead", "federation", "暂停任务:疫情防控期间暂停入企走访", null);
        visits.statusReason = "疫情防控期间暂停入企走访,待防控措施调整后恢复";

        ReformTask innovation = task("scitech", List.of(), PolicyArea.SKILLS, "出台科技创新奖励政策",
                "出台《咸安区人民政府关于加快科技创新推进创新型县(市、区)建设的实施意见》,提高科技人才创新工作的奖励机制", n(1), "项", start,
                today.plusDays(10), TaskPriority.MEDIUM, year);
        report(innovation, "scitech", "scitech-staff", 160, "《咸安区人民政府关于加快科技创新推进创新型县(市、区)建设的实施意见》印发实施", n(1), null);

        // ---- 区人社局
        ReformTask subsidies = task("hrss", List.of(), PolicyArea.SKILLS, "发放“以工代训”补贴资金",
                "从就业专项资金和预算中安排对产业工人队伍的职业培训补贴资金,大力支持企业和培训机构开展职业技能培训", n(600), "万元", start,
                today.plusDays(25), TaskPriority.HIGH, year);
        report(subsidies, "hrss", "hrss-approver", 150, "发放“以工代训”补贴资金250万元", n(250), null);
        report(subsidies, "hrss", "hrss-approver", 270, "再发放“以工代训”补贴资金350万元,全年共600万元", n(350), null);

        ReformTask funds = task("hrss", List.of(), PolicyArea.SKILLS, "向上争取就业补助资金",
                "整合资金用于产业工人职业技能培训", n(2673), "万元", start, today.plusDays(25), TaskPriority.MEDIUM, year);
        report(funds, "hrss", "hrss-reviewer", 200, "向上争取就业补助资金2673万元", n(2673), null);

        ReformTask mediation = task("hrss", List.of("federation"), PolicyArea.RIGHTS, "参与劳动争议调解、仲裁",
                "充分参与劳动关系三方协调会议,协调重大劳动关系,积极构建和谐劳动关系", n(40), "件", start, today.plusDays(5), TaskPriority.MEDIUM, year);
        report(mediation, "hrss", "hrss-reviewer", 140, "参与劳动争议调解、仲裁16件", n(16), null);
        report(mediation, "hrss", "hrss-reviewer", 260, "参与劳动争议调解、仲裁12件", n(12), null);

        ReformTask contests = task("hrss", List.of("federation"), PolicyArea.SKILLS, "举办职业技能大赛和岗位练兵",
                "以技能大赛为抓手,以提升素质为标杆,广泛开展职业岗位练兵和技能比武活动", n(4), "场", start, today.minusDays(16), TaskPriority.HIGH, year);
        report(contests, "hrss", "hrss-reviewer", 110, "举办电工职业技能竞赛", n(1), null);
        report(contests, "hrss", "hrss-reviewer", 210, "举办焊工、叉车工技能比武", n(2), null);
        notice(contests, "职业技能大赛尚差1场,请说明安排。", 10, 5, "hrss", "第四场技能大赛已定于下月举办,场地和评委已落实。");

        // ---- 区教育局
        ReformTask schooling = task("education", List.of(), PolicyArea.CHILD_EDUCATION, "保障农民工随迁子女接受义务教育",
                "将进城务工人员随迁子女义务教育工作纳入教育工作目标责任,整合现有教育资源,切实保障他们的义务教育权利", n(9379), "人", start,
                today.plusDays(30), TaskPriority.HIGH, year);
        report(schooling, "education", "education-staff", 60, "小学阶段接收农民工随迁子女7235人就读", n(7235), null);
        report(schooling, "education", "education-staff", 65, "初中阶段接收农民工随迁子女2144人就读,共9379人,切实解决了农民工随迁子女入学问题", n(2144), null);

        ReformTask enrolment = task("education", List.of(), PolicyArea.CHILD_EDUCATION, "就近入学、阳光分班、简化入学程序",
                "坚持按批次免试就近入学原则,在教育收费等各方面做到农民工随迁子女与城市学生一视同仁", null, null, start, today.plusDays(30),
                TaskPriority.MEDIUM, year);
        TaskMilestone nearby = milestone(enrolment, "按居住地片区就近安排入学", 0, today.minusDays(200));
        TaskMilestone mixed = milestone(enrolment, "本地学生与农民工随迁子女混合编班", 1, today.minusDays(150));
        TaskMilestone papers = milestone(enrolment, "入学只需户口、居住证、务工证明三项材料", 2, today.minusDays(150));
        report(enrolment, "education", "education-staff", 70, "及时安排农民工随迁子女按照居住地的片区划分,就近到相应的学校就读", null, nearby);
        report(enrolment, "education", "education-staff", 130, "实行阳光分班、阳光招生,本地学生与农民工随迁子女混合编班", null, mixed);
        report(enrolment, "education", "education-staff", 131, "简化入学程序,只需提供户口、居住证、务工证明,学校无条件予以接收", null, papers);

        ReformTask registers = task("education", List.of(), PolicyArea.CHILD_EDUCATION, "加强学籍管理,确保应入尽入",
                "严格规范义务教育学校招生行为,无论是本地户籍还是农民工随迁子女入学,都要确保应入尽入", n(12), "所学校", start, today.plusDays(20),
                TaskPriority.MEDIUM, year);
        report(registers, "education", "education-staff", 240, "完成9所学校招生行为规范检查", n(9), null);

        // ---- 区发改局
        ReformTask plan = task("ndrc", List.of("federation"), PolicyArea.PLANNING, "将产业工人队伍建设列入全区“十四五”规划",
                "精准发力,把产业工人队伍建设纳入全区经济社会发展规划", null, null, start, today.plusDays(30), TaskPriority.HIGH, year);
        TaskMilestone draft = milestone(plan, "起草产业工人队伍建设专章", 0, today.minusDays(220));
        TaskMilestone consult = milestone(plan, "征求成员单位意见", 1, today.minusDays(160));
        TaskMilestone adopt = milestone(plan, "纳入“十四五”规划纲要", 2, today.minusDays(60));
        report(plan, "ndrc", "ndrc-staff", 80, "起草“十四五”规划产业工人队伍建设专章", null, draft);
        report(plan, "ndrc", "ndrc-staff", 140, "征求区总工会等成员单位意见", null, consult);
        report(plan, "ndrc", "ndrc-staff", 240, "全区产业工人队伍建设列入全区“十四五”规划", null, adopt);

        task("ndrc", List.of(), PolicyArea.PLANNING, "产业工人队伍建设政策落实情况评估", "对照规划开展年度评估", n(1), "份", today.plusDays(14),
                today.plusDays(29), TaskPriority.LOW, year);

        // ---- 咸安经济开发区
        ReformTask training = task("devzone", List.of("hrss"), PolicyArea.SKILLS, "整合各项资源开展产业工人培训",
                "按区总工会要求加大工作力度,整合各项资源,在产业工人队伍建设改革中真抓实干", n(2000), "人次", start, today.minusDays(1),
                TaskPriority.HIGH, year);
        report(training, "devzone", "devzone-staff", 130, "联合区人社局开展岗前培训1200人次", n(1200), null);
        report(training, "hrss", "hrss-reviewer", 250, "开展在岗技能提升培训500人次", n(500), null);
        notice(training, "培训任务尚差300人次,请加快推进并报送完成时间。", 0, 7, null, null);

        ReformTask unions = task("devzone", List.of("federation"), PolicyArea.ORGANISATION, "推动园区企业组建工会",
                "推动园区非公企业、小微企业建立工会组织", n(20), "家", start, today.plusDays(30), TaskPriority.MEDIUM, year);
        report(unions, "devzone", "devzone-staff", 200, "园区20家企业完成工会组建", n(20), null);

        // ---- 验收, 延期申请, 督办升级 (the supervision that escalates)
        for (ReformTask done : List.of(sites, members, delegates, talks, study, models, archives, subsidies, funds, schooling, enrolment, plan)) {
            signOff(done, 3);
        }
        // innovation stays 待验收; unions was sent back for want of papers
        sendBack(unions, "缺少各企业工会组建批复文件,请补充佐证材料后重新报送");
        ReformTask extended = mediation;
        extension(extended, "hrss", "hrss-reviewer", "劳动争议案件受理量季节性波动,部分案件仍在仲裁程序中", extended.deadline.minusDays(30), extended.deadline,
                true, "同意延期,请按新期限完成");
        extension(contests, "hrss", "hrss-reviewer", "第四场技能大赛场地尚未落实", contests.deadline, contests.deadline.plusDays(45), false,
                "技能大赛应按期举办,请协调场地");
        notice(registers, "请于本周内报送学籍管理规范检查进展。", 9, 7, null, null); // 2 days late: 提醒 at the daily check

        loadYear2020();

        task("devzone", List.of("hrss"), PolicyArea.SKILLS, "园区产业工人技能提升计划(下年度)", "谋划下年度园区技能提升培训", n(1500), "人次",
                LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 12, 31), TaskPriority.MEDIUM, year + 1);
        return true;
    }

    /**
     * 2020: one finished year per department for the annual assessment (考核), each with its
     * sign-offs, extension requests and escalation steps dated in that year, so that the 2020
     * ranking differs plausibly from this year's.
     */
    private void loadYear2020() {
        LocalDate start = LocalDate.of(2020, 1, 1);
        LocalDate end = LocalDate.of(2020, 12, 31);
        record Plan(String dept, String user, String title, PolicyArea area, long target, String unit, long done, int deadlineDay, int reportDay,
                boolean signed, int escalations) {
        }
        List<Plan> plans = List.of(
                new Plan("federation", "federation-staff", "2020年度基层工会规范化建设示范点创建", PolicyArea.ORGANISATION, 3, "个", 3, 300, 290, true, 0),
                new Plan("federation", "federation-staff", "2020年度产业工人入会集中行动", PolicyArea.ORGANISATION, 500, "人", 500, 330, 320, true, 0),
                new Plan("publicity", "publicity-staff", "2020年度“双宣讲”进企业", PolicyArea.IDEOLOGY, 100, "场", 100, 300, 280, true, 0),
                new Plan("publicity", "publicity-staff", "2020年度劳模工匠专题宣传", PolicyArea.IDEOLOGY, 10, "篇", 10, 240, 270, true, 1),
                new Plan("scitech", "scitech-staff", "2020年度企业安全生产专项检查", PolicyArea.SAFETY, 80, "家企业", 80, 270, 300, true, 3),
                new Plan("scitech", "scitech-staff", "2020年度科技创新奖励兑现", PolicyArea.SKILLS, 20, "项", 12, 330, 300, false, 2),
                new Plan("hrss", "hrss-reviewer", "2020年度“以工代训”补贴发放", PolicyArea.SKILLS, 500, "万元", 500, 330, 320, true, 0),
                new Plan("hrss", "hrss-reviewer", "2020年度劳动争议案件调处", PolicyArea.RIGHTS, 30, "件", 30, 300, 330, true, 1),
                new Plan("education", "education-staff", "2020年度随迁子女入学保障", PolicyArea.CHILD_EDUCATION, 9000, "人", 9379, 250, 245, true, 0),
                new Plan("ndrc", "ndrc-staff", "2020年度“十四五”规划专章起草", PolicyArea.PLANNING, 1, "份", 1, 300, 310, true, 1),
                new Plan("devzone", "devzone-staff", "2020年度园区产业工人培训", PolicyArea.SKILLS, 1500, "人次", 1100, 330, 300, false, 3));
        for (Plan p : plans) {
            ReformTask t = task(p.dept(), List.of(), p.area(), p.title(), p.title(), n(p.target()), p.unit(), start, start.plusDays(p.deadlineDay()),
                    TaskPriority.MEDIUM, 2020);
            report(t, p.dept(), p.user(), p.reportDay(), p.title() + ":完成" + p.done() + p.unit(), n(p.done()), null);
            if (p.signed()) {
                signOff(t, 5);
            }
            if (p.escalations() > 0) {
                LocalDate issued = start.plusDays(p.deadlineDay() - 20);
                SupervisionNotice n = notice(t, "请加快推进“" + p.title() + "”并报送进展。", issued, 7, null, null);
                EscalationLevel[] levels = EscalationLevel.values();
                for (int i = 0; i < p.escalations(); i++) {
                    escalate(n, levels[i], issued.plusDays(7 + new int[] { 1, 3, 7 }[i]));
                }
                n.acknowledgedDepartment = dept(p.dept());
                n.acknowledgedBy = p.user();
                n.acknowledgedAt = at(issued.plusDays(20));
                n.answer = "已落实整改,加快推进。";
            }
            if (p.dept().equals("scitech") && !p.signed()) {
                extension(t, p.dept(), p.user(), "奖励资金拨付流程较长", t.deadline, t.deadline.plusDays(60), false, "年度奖励须在年内兑现");
            }
            if (p.dept().equals("hrss") && p.reportDay() > p.deadlineDay()) {
                extension(t, p.dept(), p.user(), "部分案件进入仲裁程序", t.deadline.minusDays(40), t.deadline, true, null);
            }
        }
        // a year ended: what is not reached is overdue; what is reached and not signed off waits
        List<ReformTask> year2020 = ReformTask.list("year", 2020);
        year2020.stream().filter(t -> t.signedOffAt == null).forEach(t -> t.status = TaskStatus.OVERDUE);
        year2020.stream().filter(t -> t.signedOffAt != null).forEach(t -> t.status = TaskStatus.COMPLETED);
    }

    /** The lead unit signs the completion report off {@code days} after the last report. */
    private void signOff(ReformTask t, int days) {
        LocalDate last = ProgressReport.<ProgressReport>list("task", io.quarkus.panache.common.Sort.descending("reportDate"), t).stream()
                .map(r -> r.reportDate).findFirst().orElse(today);
        LocalDate on = last.plusDays(days).isAfter(today) ? today : last.plusDays(days);
        t.signedOffAt = at(on);
        t.signedOffBy = "federation-lead";
        t.signedOffByName = gov.xianan.reform.common.audit.DemoPeople.name(t.signedOffBy);
        t.completedOn = last;
        t.status = TaskStatus.COMPLETED;
        event(t, TaskEventKind.SIGNED_OFF, on, "federation-lead", "federation", "牵头单位验收通过:佐证材料齐全", null);
    }

    private void sendBack(ReformTask t, String reason) {
        t.sentBack = true;
        t.sentBackReason = reason;
        event(t, TaskEventKind.SENT_BACK, today.minusDays(3), "federation-lead", "federation", "牵头单位退回完成报告:" + reason, null);
        t.assignedDepartments().forEach(d -> notifications.notify(d, NotificationKind.SIGN_OFF, t,
                "任务“" + t.title + "”的完成报告被退回:" + reason + ",请补充后重新报送"));
    }

    /** An extension request decided by the lead unit; an approved one moved the deadline from {@code from} to {@code to}. */
    private void extension(ReformTask t, String dept, String user, String reason, LocalDate from, LocalDate to, boolean approved, String decision) {
        LocalDate asked = from.minusDays(10).isAfter(today) ? today.minusDays(2) : from.minusDays(10);
        ExtensionRequest e = new ExtensionRequest();
        e.task = t;
        e.department = dept(dept);
        e.requestedBy = user;
        e.requestedByName = gov.xianan.reform.common.audit.DemoPeople.name(user);
        e.reason = reason;
        e.currentDeadline = from;
        e.requestedDeadline = to;
        e.status = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
        e.decidedBy = "federation-lead";
        e.decidedByName = gov.xianan.reform.common.audit.DemoPeople.name(e.decidedBy);
        e.decidedAt = at(asked.plusDays(2));
        e.decisionReason = decision;
        e.demo = true;
        e.persist();
        event(t, TaskEventKind.EXTENSION_REQUESTED, asked, user, dept, e.department.name + "申请延期至 " + to + "(原截止日期 " + from + "):" + reason, e.id);
        event(t, approved ? TaskEventKind.EXTENSION_APPROVED : TaskEventKind.EXTENSION_REFUSED, asked.plusDays(2), "federation-lead", "federation",
                approved ? "批准延期:截止日期由 " + from + " 调整为 " + to : "驳回延期申请:" + decision, e.id);
    }

    private void escalate(SupervisionNotice n, EscalationLevel level, LocalDate on) {
        n.persist();
        ReformTask.getEntityManager().createNativeQuery("insert into supervision_escalation (notice_id, task_id, level, escalated_on, demo) values (?1, ?2, ?3, ?4, true)")
                .setParameter(1, n.id).setParameter(2, n.task.id).setParameter(3, level.name()).setParameter(4, on).executeUpdate();
        n.escalationLevel = level;
        n.escalatedOn = on;
        TaskEvent e = new TaskEvent();
        e.taskId = n.task.id;
        e.occurredAt = at(on);
        e.kind = TaskEventKind.ESCALATED;
        e.actor = NoticeEscalation.SYSTEM.username();
        e.actorName = NoticeEscalation.SYSTEM.name();
        e.text = level.label + ":任务“" + n.task.title + "”的督办逾期未答复(答复期限 " + n.dueDate + ")";
        e.refId = n.id;
        e.demo = true;
        e.persist();
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    private static Department dept(String code) {
        return Department.byCode(code)
                .orElseThrow(() -> new IllegalStateException("demo tasks need department " + code));
    }

    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(10, 0)).atZone(ClockProducer.ZONE).toInstant();
    }

    private ReformTask task(String lead, List<String> cooperating, PolicyArea area, String title, String description, BigDecimal target, String unit,
            LocalDate start, LocalDate deadline, TaskPriority priority, int year) {
        ReformTask t = new ReformTask();
        t.title = title;
        t.description = description;
        t.area = area;
        t.targetValue = target;
        t.targetUnit = unit;
        t.startDate = start;
        t.deadline = deadline;
        t.priority = priority;
        t.year = year;
        t.leadDepartment = dept(lead);
        cooperating.forEach(c -> t.cooperatingDepartments.add(dept(c)));
        t.status = TaskStatus.NOT_STARTED;
        t.createdBy = "federation-lead";
        t.createdByName = gov.xianan.reform.common.audit.DemoPeople.name(t.createdBy);
        t.demo = true;
        t.persist();
        event(t, TaskEventKind.CREATED, start, "federation-lead", "federation", "创建任务并交办:牵头单位 " + t.leadDepartment.name, null);
        t.assignedDepartments().forEach(d -> notifications.notify(d, NotificationKind.ASSIGNMENT, t,
                "新交办任务“" + title + "”(" + (d.id.equals(t.leadDepartment.id) ? "牵头" : "配合") + "),截止日期 " + deadline));
        return t;
    }

    private TaskMilestone milestone(ReformTask t, String title, int order, LocalDate due) {
        TaskMilestone m = new TaskMilestone();
        m.task = t;
        m.title = title;
        m.sortOrder = order;
        m.dueDate = due;
        m.demo = true;
        m.persist();
        t.milestones.add(m);
        return m;
    }

    /** A report {@code day} days after the task's start (never after today). */
    private ProgressReport report(ReformTask t, String department, String user, int day, String narrative, BigDecimal quantity, TaskMilestone m) {
        LocalDate date = t.startDate.plusDays(day);
        if (date.isAfter(today)) {
            date = today;
        }
        ProgressReport r = new ProgressReport();
        r.task = t;
        r.reportDate = date;
        r.narrative = narrative;
        r.quantity = quantity;
        r.milestone = m;
        r.reportedBy = user;
        r.department = dept(department);
        r.demo = true;
        r.persist();
        if (m != null) {
            m.doneOn = date;
        }
        event(t, TaskEventKind.REPORT_FILED, date, user, department, r.department.name + "报送进展:" + narrative, r.id);
        return r;
    }

    private void attach(ProgressReport r, String name) {
        ReportAttachment a = new ReportAttachment();
        a.report = r;
        a.fileName = name;
        a.contentType = "image/png";
        a.content = PHOTO;
        a.sizeBytes = PHOTO.length;
        a.sha256 = "demo";
        a.uploadedBy = r.reportedBy;
        a.uploadedAt = at(r.reportDate);
        a.demo = true;
        a.persist();
    }

    /** A notice issued {@code daysAgo} before today, due {@code dueIn} days after issue; answered when a department is named. */
    private void notice(ReformTask t, String text, int daysAgo, int dueIn, String answeringDept, String answer) {
        notice(t, text, today.minusDays(daysAgo), dueIn, answeringDept, answer);
    }

    private SupervisionNotice notice(ReformTask t, String text, LocalDate issued, int dueIn, String answeringDept, String answer) {
        SupervisionNotice n = new SupervisionNotice();
        n.task = t;
        n.text = text;
        n.issuedBy = "federation-lead";
        n.issuedByName = gov.xianan.reform.common.audit.DemoPeople.name(n.issuedBy);
        n.issuedAt = at(issued);
        n.dueDate = issued.plusDays(dueIn);
        n.demo = true;
        if (answeringDept != null) {
            n.acknowledgedDepartment = dept(answeringDept);
            n.acknowledgedBy = answeringDept + "-staff";
            n.acknowledgedAt = at(issued.plusDays(2));
            n.answer = answer;
        }
        n.persist();
        event(t, TaskEventKind.NOTICE_ISSUED, issued, "federation-lead", "federation", "督办:" + text, n.id);
        t.assignedDepartments().forEach(d -> notifications.notify(d, NotificationKind.NOTICE, t, "督办通知:任务“" + t.title + "”—— " + text));
        if (answer != null) {
            event(t, TaskEventKind.NOTICE_ACKNOWLEDGED, issued.plusDays(2), n.acknowledgedBy, answeringDept,
                    n.acknowledgedDepartment.name + "答复督办:" + answer, n.id);
        }
        return n;
    }

    private void event(ReformTask t, TaskEventKind kind, LocalDate date, String actor, String department, String text, Long ref) {
        TaskEvent e = new TaskEvent();
        e.taskId = t.id;
        e.occurredAt = at(date);
        e.kind = kind;
        e.actor = actor;
        e.actorName = gov.xianan.reform.common.audit.DemoPeople.name(actor);
        e.department = department;
        e.text = text;
        e.refId = ref;
        e.demo = true;
        e.persist();
    }
}
