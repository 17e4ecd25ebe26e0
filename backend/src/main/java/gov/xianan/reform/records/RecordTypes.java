package gov.xianan.reform.records;

import static gov.xianan.reform.records.FieldDef.date;
import static gov.xianan.reform.records.FieldDef.enterprise;
import static gov.xianan.reform.records.FieldDef.enterprises;
import static gov.xianan.reform.records.FieldDef.honour;
import static gov.xianan.reform.records.FieldDef.integer;
import static gov.xianan.reform.records.FieldDef.kind;
import static gov.xianan.reform.records.FieldDef.longText;
import static gov.xianan.reform.records.FieldDef.text;
import static gov.xianan.reform.records.FieldDef.worker;
import static gov.xianan.reform.records.FieldDef.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The department-record types: thin definitions over one shared building block (entity,
 * service, scope, import, export, history, SPA page). A new record type is a definition here,
 * its owner rows in {@code record_type_owner} and, if tasks should track it, an indicator.
 */
public final class RecordTypes {

    public static final String PUBLICITY_SESSIONS = "publicity-sessions";
    public static final String LEARNING_ENROLMENTS = "learning-enrolments";
    public static final String ENTERPRISE_VISITS = "enterprise-visits";
    public static final String UNION_DEMO_SITES = "union-demo-sites";
    public static final String CHILD_SCHOOLING = "child-schooling";
    public static final String MODEL_WORKER_STORIES = "model-worker-stories";
    public static final String PARTY_MEMBER_DEVELOPMENT = "party-member-development";
    public static final String LABOUR_DISPUTES = "labour-disputes";
    public static final String SAFETY_INSPECTIONS = "safety-inspections";

    /** 双宣讲: theory and grassroots sessions held for industrial workers. */
    static final RecordType PUBLICITY = new RecordType(PUBLICITY_SESSIONS, "宣讲活动", "Publicity sessions",
            "“双宣讲”(理论宣讲、百姓宣讲)每场一条记录:日期、类型、题目、地点、面向的企业、听众人数、宣讲人。", List.of(
                    date("date", "日期", "Date", true, "必填,yyyy-MM-dd。"),
                    kind("kind", "类型", "Kind", RecordKinds.PUBLICITY_SESSION_KIND, "必填:理论宣讲、百姓宣讲。"),
                    text("title", "题目", "Title", true, 200, "必填,不超过200字。"),
                    text("place", "地点", "Place", true, 200, "必填,不超过200字。"),
                    enterprises("enterpriseIds", "企业", "Enterprises", false,
                            "选填,面向的企业:统一社会信用代码或企业全称,多个用顿号(、)或分号分隔;企业须已登记。"),
                    integer("audience", "听众人数", "Audience", true, 1, 100_000, "必填,1至100000的整数。"),
                    text("speaker", "宣讲人", "Speaker", true, 50, "必填,不超过50字。")),
            RecordType.dateField("date"), "enterpriseIds", "title", RecordType.NO_CHECK);

    /** 学习强国: workers of an enterprise who enrolled on the learning platform on a day. */
    static final RecordType LEARNING = new RecordType(LEARNING_ENROLMENTS, "学习强国注册", "Learning-platform enrolment",
            "组织产业工人下载使用“学习强国”平台:每次组织一条记录,企业、日期、注册人数。", List.of(
                    enterprise("enterpriseId", "企业", "Enterprise", true, "必填,统一社会信用代码或企业全称;企业须已登记。"),
                    date("date", "日期", "Date", true, "必填,yyyy-MM-dd。"),
                    integer("enrolled", "注册人数", "Workers enrolled", true, 1, 100_000, "必填,1至100000的整数。"),
                    workers("workerIds", "注册工人", "Workers", false,
                            "选填,名册中的工人(导入时填身份证号,多个用顿号或分号分隔);填写时注册人数须等于工人数。"),
                    longText("note", "备注", "Note", false, "选填。")),
            RecordType.dateField("date"), "enterpriseId", null, (f, v) -> {
                if (f.get("workerIds") instanceof List<?> named && f.get("enrolled") instanceof Number enrolled
                        && enrolled.longValue() != named.size()) {
                    v.add("enrolled", "注册人数应等于列出的工人数(" + named.size() + ")");
                }
            });

    /** 包保: a leader's visit to an enterprise they serve, with the issues raised and settled. */
    static final RecordType VISITS = new RecordType(ENTERPRISE_VISITS, "包保走访", "Enterprise visits",
            "领导干部联系服务企业(包保):每次走访一条记录,任何部门均可登记本部门的走访。", List.of(
                    text("leader", "领导干部", "Leader", true, 50, "必填,不超过50字。"),
                    enterprise("enterpriseId", "企业", "Enterprise", true, "必填,统一社会信用代码或企业全称;企业须已登记。"),
                    date("date", "日期", "Date", true, "必填,yyyy-MM-dd。"),
                    integer("issuesRaised", "收集问题数", "Issues raised", true, 0, 1_000, "必填,0至1000的整数。"),
                    integer("issuesSettled", "解决问题数", "Issues settled", true, 0, 1_000, "必填,不大于收集问题数。"),
                    longText("issues", "问题及解决情况", "Issues and how they were settled", false, "选填。")),
            RecordType.dateField("date"), "enterpriseId", "leader", (f, v) -> {
                if (f.get("issuesRaised") instanceof Number raised && f.get("issuesSettled") instanceof Number settled
                        && settled.longValue() > raised.longValue()) {
                    v.add("issuesSettled", "解决问题数不能大于收集问题数");
                }
            });

    /** 工会规范化建设示范点: an enterprise union built up to a standard and accepted. */
    static final RecordType DEMO_SITES = new RecordType(UNION_DEMO_SITES, "工会规范化建设示范点", "Union demo sites",
            "基层工会规范化建设示范点:企业、级别、创建开始、验收日期、验收单位、状态。", List.of(
                    enterprise("enterpriseId", "企业", "Enterprise", true, "必填,统一社会信用代码或企业全称;企业须已登记。"),
                    kind("level", "级别", "Level", RecordKinds.DEMO_SITE_LEVEL, "必填:区级、市级、省级。"),
                    date("startedOn", "创建开始", "Started", true, "必填,yyyy-MM-dd。"),
                    date("acceptedOn", "验收日期", "Accepted on", false, "选填,yyyy-MM-dd,不早于创建开始。"),
                    text("acceptedBy", "验收单位", "Accepted by", false, 100, "有验收日期时必填。"),
                    kind("status", "状态", "Status", RecordKinds.DEMO_SITE_STATUS, "必填:创建中、已验收、已撤销。")),
            RecordType.dateField("startedOn"), "enterpriseId", null, (f, v) -> {
                if (f.get("acceptedOn") != null && f.get("startedOn") != null
                        && LocalDate.parse((String) f.get("acceptedOn")).isBefore(LocalDate.parse((String) f.get("startedOn")))) {
                    v.add("acceptedOn", "验收日期不能早于创建开始");
                }
                if (f.get("acceptedOn") != null && f.get("acceptedBy") == null) {
                    v.add("acceptedBy", "有验收日期时必须填写验收单位");
                }
            });

    /** 随迁子女入学: pupils placed in a school in a school year. */
    static final RecordType SCHOOLING = new RecordType(CHILD_SCHOOLING, "随迁子女入学", "Schooling of migrant workers' children",
            "农民工随迁子女入学:每学年、每所学校、每个学段一条记录,安排入学人数及其中在册产业工人子女人数。", List.of(
                    integer("schoolYear", "学年(起始年)", "School year (first year)", true, 2000, 2100, "必填,如 2020 表示 2020—2021 学年。"),
                    text("school", "学校", "School", true, 100, "必填,不超过100字。"),
                    kind("level", "学段", "Level", RecordKinds.SCHOOL_LEVEL, "必填:小学、初中。"),
                    integer("placed", "安排入学人数", "Pupils placed", true, 1, 100_000, "必填,1至100000的整数。"),
                    integer("ofRegistered", "其中在册工人子女", "Of which children of registered workers", false, 0, 100_000,
                            "选填,不大于安排入学人数。")),
            f -> f.get("schoolYear") instanceof Number y ? LocalDate.of(y.intValue(), 9, 1) : null, null, "school", (f, v) -> {
                if (f.get("placed") instanceof Number placed && f.get("ofRegistered") instanceof Number of && of.longValue() > placed.longValue()) {
                    v.add("ofRegistered", "在册工人子女人数不能大于安排入学人数");
                }
            });

    /** 典型宣传: a story about a model worker (or an honour) in an outlet. */
    static final RecordType STORIES = new RecordType(MODEL_WORKER_STORIES, "典型宣传", "Model-worker stories",
            "劳模、工匠等先进典型的宣传报道:每篇一条记录,题目、媒体、日期,可关联名册工人或荣誉。", List.of(
                    text("title", "题目", "Title", true, 200, "必填,不超过200字。"),
                    kind("outlet", "媒体", "Outlet", RecordKinds.STORY_OUTLET, "必填:区融媒体中心、咸宁日报、湖北日报、学习强国、其他等。"),
                    date("date", "日期", "Date", true, "必填,yyyy-MM-dd。"),
                    worker("workerId", "宣传对象", "Worker", false, "选填,名册中的工人(导入时填身份证号)。"),
                    honour("honourId", "荣誉", "Honour", false, "选填,荣誉编号。"),
                    text("url", "链接", "Link", false, 500, "选填,报道的网址,以 http:// 或 https:// 开头。")),
            RecordType.dateField("date"), null, "title", (f, v) -> {
                if (f.get("url") instanceof String url && !url.matches("^https?://\\S+$")) {
                    v.add("url", "链接应以 http:// 或 https:// 开头");
                }
            });

    /**
     * 发展党员: a worker reaching a stage of party membership. Reaching a joining stage (预备党员, or
     * 正式党员; marked behavioural in the dictionary) makes the worker a party member with that date
     * ({@code records.service.PartyMembership}).
     */
    static final RecordType PARTY = new RecordType(PARTY_MEMBER_DEVELOPMENT, "发展党员", "Party-member development",
            "在产业工人中发展党员:工人每到一个阶段一条记录(入党积极分子、发展对象、预备党员、正式党员);"
                    + "成为预备党员(或正式党员)时,名册中该工人记为党员,入党日期为该记录的日期。", List.of(
                    worker("workerId", "工人", "Worker", true, "必填,名册中的工人(导入时填身份证号)。"),
                    kind("stage", "阶段", "Stage", RecordKinds.PARTY_STAGE, "必填:入党积极分子、发展对象、预备党员、正式党员。"),
                    date("date", "日期", "Date", true, "必填,到达该阶段的日期,yyyy-MM-dd。"),
                    longText("note", "备注", "Note", false, "选填。")),
            RecordType.dateField("date"), null, null, RecordType.NO_CHECK);

    /** 劳动争议调解仲裁: a labour-dispute case, mediated or arbitrated. */
    static final RecordType DISPUTES = new RecordType(LABOUR_DISPUTES, "劳动争议调解仲裁", "Labour-dispute cases",
            "劳动争议案件:每件一条记录,案号(不重复)、企业、争议类型、受理日期、结案日期、调解或仲裁、处理结果、涉及人数。", List.of(
                    text("caseNumber", "案号", "Case number", true, 50, "必填,不超过50字,不得与已登记的案号重复。").asUnique(),
                    enterprise("enterpriseId", "企业", "Enterprise", true, "必填,统一社会信用代码或企业全称;企业须已登记。"),
                    kind("kind", "争议类型", "Kind", RecordKinds.DISPUTE_KIND, "必填:劳动报酬、劳动合同、社会保险、工伤待遇、其他。"),
                    date("received", "受理日期", "Received", true, "必填,yyyy-MM-dd。"),
                    date("closed", "结案日期", "Closed", false, "选填,yyyy-MM-dd,不早于受理日期。"),
                    kind("channel", "处理方式", "Channel", RecordKinds.DISPUTE_CHANNEL, "必填:调解、仲裁。"),
                    kind("outcome", "处理结果", "Outcome", RecordKinds.DISPUTE_OUTCOME, "必填:调解成功、裁决、撤回、处理中。"),
                    integer("workersInvolved", "涉及人数", "Workers involved", true, 1, 100_000, "必填,1至100000的整数。")),
            RecordType.dateField("received"), "enterpriseId", "caseNumber", (f, v) -> {
                if (f.get("closed") != null && f.get("received") != null
                        && LocalDate.parse((String) f.get("closed")).isBefore(LocalDate.parse((String) f.get("received")))) {
                    v.add("closed", "结案日期不能早于受理日期");
                }
            });

    /** 安全生产检查: an inspection of an enterprise, the hazards found and fixed. */
    static final RecordType INSPECTIONS = new RecordType(SAFETY_INSPECTIONS, "安全生产检查", "Safety inspections",
            "安全生产检查:每次检查一条记录,企业、日期、检查单位(如第三方安评公司)、发现隐患数、已整改数、整改期限、跟踪情况。", List.of(
                    enterprise("enterpriseId", "企业", "Enterprise", true, "必填,统一社会信用代码或企业全称;企业须已登记。"),
                    date("date", "检查日期", "Date", true, "必填,yyyy-MM-dd。"),
                    text("inspectingBody", "检查单位", "Inspecting body", true, 100, "必填,如 第三方安评公司,不超过100字。"),
                    integer("hazardsFound", "发现隐患数", "Hazards found", true, 0, 10_000, "必填,0至10000的整数。"),
                    integer("hazardsFixed", "已整改隐患数", "Hazards fixed", true, 0, 10_000, "必填,不大于发现隐患数。"),
                    date("fixDeadline", "整改期限", "Fix deadline", false, "选填,yyyy-MM-dd,不早于检查日期。"),
                    longText("followUp", "跟踪情况", "Follow-up", false, "选填。")),
            RecordType.dateField("date"), "enterpriseId", "inspectingBody", (f, v) -> {
                if (f.get("hazardsFound") instanceof Number found && f.get("hazardsFixed") instanceof Number fixed
                        && fixed.longValue() > found.longValue()) {
                    v.add("hazardsFixed", "已整改隐患数不能大于发现隐患数");
                }
                if (f.get("fixDeadline") != null && f.get("date") != null
                        && LocalDate.parse((String) f.get("fixDeadline")).isBefore(LocalDate.parse((String) f.get("date")))) {
                    v.add("fixDeadline", "整改期限不能早于检查日期");
                }
            });

    /** All types, in menu order. */
    public static final List<RecordType> ALL = List.of(PUBLICITY, LEARNING, STORIES, VISITS, DEMO_SITES, PARTY, SCHOOLING, DISPUTES,
            INSPECTIONS);

    private static final Map<String, RecordType> BY_CODE = Map.ofEntries(ALL.stream().map(t -> Map.entry(t.code(), t)).toArray(Map.Entry[]::new));

    private RecordTypes() {
    }

    public static Optional<RecordType> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
