package gov.xianan.reform.tasks.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.jobs.ScheduledOnce;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.export.AggregateCsvWriter;
import gov.xianan.reform.tasks.mapping.TaskDtos.AssessmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.SignOffRequest;
import gov.xianan.reform.tasks.service.SignOffService;
import gov.xianan.reform.tasks.service.TaskAssessmentService;
import gov.xianan.reform.tasks.mapping.TaskDtos.ReasonRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.TaskResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.TimelineEntry;
import gov.xianan.reform.tasks.service.DailyTaskCheck;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.tasks.service.TaskBoardSeries;
import gov.xianan.reform.tasks.service.TaskBoardService;
import gov.xianan.reform.tasks.service.TaskService;
import gov.xianan.reform.tasks.service.TaskService.TaskFilter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/tasks")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {

    @Inject
    TaskService service;

    @Inject
    TaskBoardService board;

    @Inject
    DailyTaskCheck dailyCheck;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "List reform tasks / 任务列表", description = "The lead unit sees all tasks; a department's staff the tasks their department "
            + "leads or co-operates on. Filters: department (lead or co-operating), status, area, year, overdue (live: past the deadline, "
            + "neither completed nor suspended). Sort: id, title, deadline, startDate, priority, status, year, createdAt.")
    public PageResponse<TaskResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("department") @Pattern(regexp = "^[a-z][a-z0-9-]{1,31}$", message = "{xianan.code.pattern}") String department,
            @QueryParam("status") @Parameter(description = "NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE, SUSPENDED") String status,
            @QueryParam("area") @Parameter(description = "IDEOLOGY, SKILLS, RIGHTS, SAFETY, CHILD_EDUCATION, PLANNING, ORGANISATION, OTHER") String area,
            @QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year,
            @QueryParam("overdue") @Pattern(regexp = "true|false", message = "{xianan.boolean.pattern}") String overdue) {
        return service.list(new TaskFilter(department, status, area, year == null ? null : Integer.valueOf(year), overdue), page);
    }

    @POST
    @Path("/daily-check")
    @Consumes(MediaType.WILDCARD) // no body: a bare POST (curl, a scheduler) is enough
    @RolesAllowed({ Roles.LEAD, Roles.ADMIN })
    @Operation(summary = "Run today's daily check / 执行每日任务检查", description = "The check that otherwise runs at night (overdue "
            + "status, deadline reminders), once per day across all replicas: ranNow=true when this call did it, false when it had already "
            + "run today (ranBy, ranAt and summary tell which run). The lead unit and administrators.")
    public ScheduledOnce.Run runDailyCheck() {
        return dailyCheck.runOncePerDay();
    }

    @POST
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Create and assign a task / 创建并交办任务", description = "The lead unit only. A target (value and unit) or milestones; "
            + "indicatorCode makes the progress live. The assigned departments are notified.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TaskResponse.class)))
    public RestResponse<TaskResponse> create(@NotNull @Valid TaskRequest request, @Context UriInfo uri) {
        TaskResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<TaskResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @Inject
    TaskBoardSeries boardSeries;

    @GET
    @Path("/board/series")
    @Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.ANALYST })
    @Operation(summary = "Department board per month end / 任务看板月度序列", description = "One point per month end from `from` to `to` (yyyy-MM; default: "
            + "the twelve months up to the running month): the all-years board of that month end, per department the tasks it leads (value) and its "
            + "completion rate (percent) — or, with `by` = a status (NOT_STARTED, IN_PROGRESS, COMPLETED, OVERDUE, SUSPENDED), that status's count. "
            + "Each point is the month end's snapshot (exact for the lead unit; for everyone else the board as analysts get it, every row protected); "
            + "the lead unit also gets the running month (= the current board). `Accept: text/csv` gives a CSV. A bad month or range: 400.")
    public Series boardSeries(
            @QueryParam("from") @Parameter(description = "First month yyyy-MM", example = "2021-01") String from,
            @QueryParam("to") @Parameter(description = "Last month yyyy-MM", example = "2021-12") String to,
            @QueryParam("by") @Parameter(description = "department (default) or a status", example = "department") String by) {
        return boardSeries.series(from, to, by);
    }

    @GET
    @Path("/board")
    @Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.ANALYST })
    @Operation(summary = "Department board / 任务看板", description = "Per department: tasks it leads by status, completion rate, overdue count, "
            + "open notices and rank. Aggregates only; the lead unit sees every row, a department's staff their own row, analysts every row "
            + "under the disclosure policy (counts of 1–4 tasks null, rows with hidden figures unranked). "
            + "`Accept: text/csv` gives the same answer as CSV (UTF-8 with BOM, audited as an export).")
    public BoardResponse board(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return board.board(year == null ? null : Integer.valueOf(year));
    }

    @Inject
    TaskAssessmentService assessment;

    @Inject
    SignOffService signOff;

    @GET
    @Path("/assessment")
    @Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Annual assessment of the departments / 年度考核", description = "Per department, over the tasks it leads in the year "
            + "(suspended ones left out): completion rate (signed off), on-time rate (completed by the deadline in force), escalation steps by "
            + "level (提醒, 催办, 通报), extension requests and approvals, a score (see `formula`) and the rank by score. The lead unit sees every "
            + "row; a department's staff their own row with its rank among all. `Accept: text/csv` gives a CSV (UTF-8 with BOM, audited as an export).")
    public AssessmentResponse assessment(
            @QueryParam("year") @Parameter(description = "The year (default: this year)", example = "2020") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return assessment.assessment(year == null ? dailyCheckToday().getYear() : Integer.parseInt(year));
    }

    @Inject
    gov.xianan.reform.tasks.service.TaskProgress progress;

    private java.time.LocalDate dailyCheckToday() {
        return progress.today();
    }

    @POST
    @Path("/{id}/sign-off")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "signOffTask", summary = "Sign off the completion report / 验收通过", description = "The lead unit only; the task must be PENDING_SIGN_OFF "
            + "(target reached), otherwise 409. The task becomes COMPLETED, completed on the day of its last report; the departments are notified.")
    public TaskResponse signOff(@PathParam("id") long id, @NotNull @Valid SignOffRequest request) {
        return signOff.signOff(id, request);
    }

    @POST
    @Path("/{id}/send-back")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "sendBackTask", summary = "Send the completion report back / 验收退回", description = "The lead unit only, with a reason; the task must be "
            + "PENDING_SIGN_OFF, otherwise 409. It is in progress (or overdue) again until the department reports anew; the departments are notified.")
    public TaskResponse sendBack(@PathParam("id") long id, @NotNull @Valid SignOffRequest request) {
        return signOff.sendBack(id, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Read a task / 任务详情", description = "Another department's task answers 404 (and the attempt is logged).")
    public TaskResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Change a task / 修改任务", description = "The lead unit only; carries the version read (stale → 409). Milestones sent "
            + "with their id are kept, others removed. Newly assigned departments are notified.")
    public TaskResponse update(@PathParam("id") long id, @NotNull @Valid TaskRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/suspend")
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Suspend a task / 暂停任务", description = "With a reason; the status stays SUSPENDED until reopened.")
    public TaskResponse suspend(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return service.suspend(id, request);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Reopen a suspended task / 恢复任务", description = "With a reason; the status follows the data again.")
    public TaskResponse reopen(@PathParam("id") long id, @NotNull @Valid ReasonRequest request) {
        return service.reopen(id, request);
    }

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Who changed the task / 任务修改记录", description = "Envers revisions of the task's fields: actor, department, client, before and after.")
    public List<HistoryEntry> revisions(@PathParam("id") long id) {
        return service.revisions(id);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Task timeline / 任务动态", description = "Creation, changes, reports, attachments, notices and answers, status changes, reminders; oldest first.")
    public List<TimelineEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }
}
