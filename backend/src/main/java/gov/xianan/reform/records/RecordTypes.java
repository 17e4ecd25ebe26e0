package gov.xianan.reform.records;

import static gov.xianan.reform.records.FieldDef.date;
import static gov.xianan.reform.records.FieldDef.enterprise;
import static gov.xianan.reform.records.FieldDef.enterprises;
import static gov.xianan.reform.records.FieldDef.integer;
import static gov.xianan.reform.records.FieldDef.kind;
import static gov.xianan.reform.records.FieldDef.longText;
import static gov.xianan.reform.records.FieldDef.text;

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
                    longText("note", "备注", "Note", false, "选填。")),
            RecordType.dateField("date"), "enterpriseId", null, RecordType.NO_CHECK);

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

    /** All types, in menu order. */
    public static final List<RecordType> ALL = List.of(PUBLICITY, LEARNING, VISITS, DEMO_SITES, SCHOOLING);

    private static final Map<String, RecordType> BY_CODE = Map.ofEntries(ALL.stream().map(t -> Map.entry(t.code(), t)).toArray(Map.Entry[]::new));

    private RecordTypes() {
    }

    public static Optional<RecordType> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
