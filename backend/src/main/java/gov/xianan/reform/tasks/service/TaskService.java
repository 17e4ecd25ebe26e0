package gov.xianan.reform.tasks.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.audit.service.EntityHistory;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.departments.Department;
import gov.xianan.reform.tasks.NotificationKind;
import gov.xianan.reform.tasks.PolicyArea;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEvent;
import gov.xianan.reform.tasks.TaskEventKind;
import gov.xianan.reform.tasks.TaskMilestone;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.mapping.TaskDtos.MilestoneRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.ReasonRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.TimelineEntry;
import gov.xianan.reform.tasks.mapping.TaskMapper;
import gov.xianan.reform.tasks.service.TaskProgress.Progress;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;

/** Reform tasks: the lead unit creates, assigns, edits, suspends and reopens; everyone reads within scope. */
@ApplicationScoped
public class TaskService {

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "title", "title", "deadline", "deadline", "startDate",
            "startDate", "priority", "priority", "status", "status", "year", "year", "createdAt", "createdAt");

    @Inject
    TaskScope scope;

    @Inject
    TaskProgress progress;

    @Inject
    TaskEvents events;

    @Inject
    NotificationService notifications;

    @Inject
    IndicatorService indicators;

    @Inject
    CurrentUser user;

    @Inject
    EntityHistory entityHistory;

    /** List filters as the caller sent them; wrong values become field errors. */
    public record TaskFilter(String department, String status, String area, Integer year, String overdue) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<TaskResponse> list(TaskFilter f, PageQuery page) {
        Violations v = new Violations();
        TaskStatus status = v.parseEnum(TaskStatus.class, "status", f.status());
        PolicyArea area = v.parseEnum(PolicyArea.class, "area", f.area());
        Department filterDept = null;
        if (f.department() != null && !f.department().isBlank()) {
            filterDept = Department.byCode(f.department().strip()).orElse(null);
            if (filterDept == null) {
                v.add("department", "部门不存在: " + f.department());
            }
        }
        v.throwIfAny();
        Sort sort = page.toSort(SORTABLE, Sort.ascending("deadline").and("id"));
        LocalDate today = progress.today();

        StringJoiner where = new StringJoiner(" and ");
        Map<String, Object> params = new HashMap<>();
        if (!scope.seesAll()) {
            Department own = scope.department().orElse(null);
            if (own == null) {
                return new PageResponse<>(List.of(), 0, page.pageNumber(), page.pageSize());
            }
            where.add("(t.leadDepartment.id = :own or exists (select 1 from t.cooperatingDepartments c where c.id = :own))");
            params.put("own", own.id);
        }
        if (filterDept != null) {
            where.add("(t.leadDepartment.id = :dept or exists (select 1 from t.cooperatingDepartments c2 where c2.id = :dept))");
            params.put("dept", filterDept.id);
        }
        if (status != null) {
            where.add("t.status = :status");
            params.put("status", status);
        }
        if (area != null) {
            where.add("t.area = :area");
            params.put("area", area);
        }
        if (f.year() != null) {
            where.add("t.year = :year");
            params.put("year", f.year());
        }
        if (f.overdue() != null) {
            // live: past the deadline and neither completed nor suspended, whether or not the daily check ran yet
            String overdue = "(t.deadline < :today and t.status not in (:closed))";
            where.add(Boolean.parseBoolean(f.overdue()) ? overdue : "not " + overdue);
            params.put("today", today);
            params.put("closed", List.of(TaskStatus.COMPLETED, TaskStatus.SUSPENDED));
        }
        String q = "from ReformTask t" + (params.isEmpty() ? "" : " where " + where);
        PanacheQuery<ReformTask> query = ReformTask.find(q, sort, params);
        long total = query.count();
        List<ReformTask> tasks = query.page(page.pageNumber(), page.pageSize()).list();
        Map<Long, Progress> p = progress.of(tasks);
        List<TaskResponse> items = tasks.stream().map(t -> TaskMapper.toResponse(t, p.get(t.id), today)).toList();
        return new PageResponse<>(items, total, page.pageNumber(), page.pageSize());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskResponse get(long id) {
        ReformTask t = scope.visibleTask(id);
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional
    public TaskResponse create(@Valid TaskRequest r) {
        ReformTask t = new ReformTask();
        t.createdBy = user.username();
        t.createdByName = gov.xianan.reform.common.audit.Actor.current().name();
        Set<Long> before = Set.of();
        apply(r, t);
        t.status = TaskStatus.NOT_STARTED;
        t.persist();
        milestones(r.milestones(), t);
        LocalDate today = progress.today();
        t.status = progress.derive(t, progress.of(t), today);
        t.completedOn = t.status == TaskStatus.COMPLETED ? today : null;
        events.record(t, TaskEventKind.CREATED, "创建任务并交办" + departmentsText(t), null);
        assign(t, before);
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional
    public TaskResponse update(long id, @Valid TaskRequest r) {
        ReformTask t = scope.visibleTask(id);
        if (r.version() == null) {
            throw ProblemException.invalid("version", "修改时必须提供读取到的版本号");
        }
        if (t.version != r.version()) {
            throw ProblemException.staleVersion("该任务已被他人修改(当前版本 " + t.version + ",提交版本 " + r.version() + "),请刷新后重试");
        }
        Set<Long> before = t.assignedDepartments().stream().map(d -> d.id).collect(Collectors.toSet());
        apply(r, t);
        milestones(r.milestones(), t);
        events.record(t, TaskEventKind.UPDATED, "修改任务" + departmentsText(t), null);
        progress.refresh(t);
        assign(t, before);
        t.persistAndFlush();
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional
    public TaskResponse suspend(long id, @Valid ReasonRequest r) {
        ReformTask t = scope.visibleTask(id);
        checkVersion(t, r.version());
        if (t.suspended) {
            throw ProblemException.conflict("任务已处于暂停状态");
        }
        t.suspended = true;
        t.statusReason = r.reason().strip();
        events.record(t, TaskEventKind.SUSPENDED, "暂停任务:" + t.statusReason, null);
        progress.refresh(t);
        t.persistAndFlush();
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional
    public TaskResponse reopen(long id, @Valid ReasonRequest r) {
        ReformTask t = scope.visibleTask(id);
        checkVersion(t, r.version());
        if (!t.suspended) {
            throw ProblemException.conflict("任务未暂停,无需恢复");
        }
        t.suspended = false;
        t.statusReason = r.reason().strip();
        events.record(t, TaskEventKind.REOPENED, "恢复任务:" + t.statusReason, null);
        progress.refresh(t);
        t.persistAndFlush();
        return TaskMapper.toResponse(t, progress.of(t), progress.today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TimelineEntry> history(long id) {
        ReformTask t = scope.visibleTask(id);
        return TaskEvent.<TaskEvent>find("taskId", Sort.ascending("occurredAt", "id"), t.id).stream().map(TaskMapper::toResponse).toList();
    }

    /** Who changed the task's own fields, when (Envers revisions). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryEntry> revisions(long id) {
        ReformTask t = scope.visibleTask(id);
        return entityHistory.of(ReformTask.class, t.id, TaskMapper::snapshot);
    }

    private static void checkVersion(ReformTask t, Long version) {
        gov.xianan.reform.common.api.Versions.require(version, t.version, "该任务已被他人修改");
    }

    private static String departmentsText(ReformTask t) {
        String coop = t.cooperatingDepartments.stream().map(d -> d.name).collect(Collectors.joining("、"));
        return ":牵头单位 " + t.leadDepartment.name + (coop.isEmpty() ? "" : ",配合单位 " + coop);
    }

    /** Departments newly assigned (lead or co-operating) get an ASSIGNMENT notification. */
    private void assign(ReformTask t, Set<Long> before) {
        for (Department d : t.assignedDepartments()) {
            if (!before.contains(d.id)) {
                notifications.notify(d, NotificationKind.ASSIGNMENT, t, "新交办任务“" + t.title + "”(" + (d.id.equals(t.leadDepartment.id) ? "牵头" : "配合")
                        + "),截止日期 " + t.deadline);
            }
        }
    }

    private void apply(TaskRequest r, ReformTask t) {
        Violations v = new Violations();
        Department lead = Department.byCode(r.leadDepartment().strip()).orElse(null);
        if (lead == null) {
            v.add("leadDepartment", "部门不存在: " + r.leadDepartment());
        }
        Set<Department> coop = new LinkedHashSet<>();
        List<String> codes = r.cooperatingDepartments() == null ? List.of() : r.cooperatingDepartments();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).strip();
            Department d = Department.byCode(code).orElse(null);
            if (d == null) {
                v.add("cooperatingDepartments[" + i + "]", "部门不存在: " + code);
            } else if (lead != null && d.id.equals(lead.id)) {
                v.add("cooperatingDepartments[" + i + "]", "牵头单位不能同时是配合单位");
            } else if (seen.add(code)) {
                coop.add(d);
            }
        }
        if (r.deadline().isBefore(r.startDate())) {
            v.add("deadline", "截止日期不能早于开始日期");
        }
        boolean hasMilestones = r.milestones() != null && !r.milestones().isEmpty();
        if (r.targetValue() == null && !hasMilestones && r.indicatorCode() == null) {
            v.add("targetValue", "请填写目标值和单位,或设置里程碑");
        }
        if (r.targetValue() != null && (r.targetUnit() == null || r.targetUnit().isBlank())) {
            v.add("targetUnit", "有目标值时必须填写单位");
        }
        if (r.indicatorCode() != null) {
            if (indicators.find(r.indicatorCode()).isEmpty()) {
                v.add("indicatorCode", "未知指标: " + r.indicatorCode() + "(可选: "
                        + indicators.all().stream().map(i -> i.code()).collect(Collectors.joining(", ")) + ")");
            } else if (r.targetValue() == null) {
                v.add("targetValue", "按指标跟踪进度的任务必须填写目标值");
            }
        }
        v.throwIfAny();
        t.title = r.title().strip();
        t.description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        t.area = r.area();
        t.targetValue = r.targetValue();
        t.targetUnit = r.targetUnit() == null || r.targetUnit().isBlank() ? null : r.targetUnit().strip();
        t.indicatorCode = r.indicatorCode();
        t.startDate = r.startDate();
        t.deadline = r.deadline();
        t.priority = r.priority();
        t.year = r.year();
        t.leadDepartment = lead;
        t.cooperatingDepartments.clear();
        t.cooperatingDepartments.addAll(coop);
    }

    /** Replaces the milestones: ids sent are kept (with their done date), the others removed, new ones added. */
    private void milestones(List<MilestoneRequest> requested, ReformTask t) {
        List<MilestoneRequest> wanted = requested == null ? List.of() : requested;
        Map<Long, TaskMilestone> existing = new HashMap<>();
        t.milestones.forEach(m -> existing.put(m.id, m));
        Violations v = new Violations();
        for (int i = 0; i < wanted.size(); i++) {
            if (wanted.get(i).id() != null && !existing.containsKey(wanted.get(i).id())) {
                v.add("milestones[" + i + "].id", "该任务没有此里程碑: " + wanted.get(i).id());
            }
        }
        v.throwIfAny();
        Set<Long> keep = wanted.stream().map(MilestoneRequest::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<TaskMilestone> result = new ArrayList<>();
        for (TaskMilestone m : new ArrayList<>(t.milestones)) {
            if (!keep.contains(m.id)) {
                TaskMilestone.getEntityManager().createQuery("update ProgressReport r set r.milestone = null where r.milestone = :m")
                        .setParameter("m", m).executeUpdate();
                m.delete();
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            MilestoneRequest w = wanted.get(i);
            TaskMilestone m = w.id() != null ? existing.get(w.id()) : new TaskMilestone();
            m.task = t;
            m.title = w.title().strip();
            m.dueDate = w.dueDate();
            m.sortOrder = i;
            m.demo = t.demo;
            if (m.id == null) {
                m.persist();
            }
            result.add(m);
        }
        t.milestones.clear();
        t.milestones.addAll(result);
    }

}
