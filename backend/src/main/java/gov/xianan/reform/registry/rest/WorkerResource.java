package gov.xianan.reform.registry.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostResponse;
import gov.xianan.reform.registry.mapping.WorkerDtos.EmploymentResponse;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerLookupItem;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerRequest;
import gov.xianan.reform.registry.mapping.WorkerDtos.WorkerResponse;
import gov.xianan.reform.registry.service.HonourService;
import gov.xianan.reform.registry.service.WorkerExportService;
import gov.xianan.reform.registry.service.WorkerService;
import gov.xianan.reform.registry.service.WorkerUpsertService;
import gov.xianan.reform.registry.mapping.WorkerUpsertDtos;
import gov.xianan.reform.common.error.Problem;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/workers")
@Tag(name = "registry", description = "工人名册 / workforce registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
public class WorkerResource {

    @Inject
    WorkerService service;

    @Inject
    HonourService honours;

    @Inject
    WorkerExportService exports;

    @Inject
    WorkerUpsertService upserts;

    @GET
    @Operation(summary = "List workers / 工人列表", description = "Only for callers whose registry scope lists workers: the lead unit (all) and "
            + "departments with scope DEV_ZONE (the zone's enterprises' workers); everyone else gets 403 (logged) and uses /workers/lookup. "
            + "ID numbers and phones are masked and the exact age replaced by an age band unless the caller holds pii-reader; unmasked reads "
            + "are logged. Searching q by ID number (digits, full or partial) and sorting by birthDate are for pii-reader only (400 otherwise); "
            + "ID searches are logged. Totals are exact for the filters the dashboard counts (industry, zone, enterprise, skill level or tier) "
            + "and up to 100,000 matches otherwise (totalExact false beyond). Systems and exports page with cursor (keyset): every full page "
            + "sorted by id or name carries nextCursor; pass it as cursor for the next page (same cost at any depth; not counted, total -1).")
    public PageResponse<WorkerResponse> list(@Valid @BeanParam WorkerFilter filter, @Valid @BeanParam PageQuery page,
            @QueryParam("cursor") @Size(max = 200) @Parameter(description = "Keyset paging: the previous page's nextCursor (sort id or name)")
            String cursor) {
        return service.list(filter, page, cursor);
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "Look a worker up / 工人查询(最小必要)", description = "The minimal lookup for every department and system (pickers of "
            + "trainees and entrants): a name of two characters or more within one enterprise (name + enterpriseId), or, for pii-reader only, "
            + "a full ID number (logged; 400 without pii-reader). Answers id, name, masked ID number, employer, skill level, migrant flag "
            + "and age band only; at most 20 rows; every use is logged.")
    public PageResponse<WorkerLookupItem> lookup(
            @QueryParam("name") @Size(max = 50) @Parameter(description = "Name or part of it, two characters or more", example = "王晓") String name,
            @QueryParam("enterpriseId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}")
            @Parameter(description = "The employer, required with name") String enterpriseId,
            @QueryParam("idNumber") @Size(max = 18) @Parameter(description = "A full ID number; pii-reader only") String idNumber,
            @Valid @BeanParam PageQuery page) {
        return service.lookup(name, idNumber, enterpriseId, page);
    }

    @GET
    @Path("/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json" })
    @Operation(summary = "Export the filtered list / 导出工人名册", description = "CSV (UTF-8 with BOM) or XLSX, streamed; the same filters and the "
            + "same registry scope as the list (403, logged, for callers who do not list the registry). Masked unless pii-reader; unmasked "
            + "exports are logged.")
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(value = Limited.Kind.EXPORT, exportSlot = true)
    public Response export(@Valid @BeanParam WorkerFilter filter,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx", message = "{xianan.enum.values}") String format) {
        service.scopeList(filter, "export");
        WorkerExportService.Format f = WorkerExportService.Format.valueOf(format.toUpperCase());
        String ext = format.toLowerCase();
        String name = "工人名册-" + LocalDate.now(ClockProducer.ZONE) + "." + ext;
        return Response.ok(exports.export(filter, f))
                .type(f == WorkerExportService.Format.CSV ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"workers-" + LocalDate.now(ClockProducer.ZONE) + "." + ext + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a worker / 工人详情", description = "Within the caller's registry scope: the lead unit reads all, DEV_ZONE "
            + "departments the zone's workers, and every department the workers linked to its own records (trainees of its subsidy "
            + "applications, entrants of its competitions). Anything else is 404 (logged), as if the worker did not exist.")
    public WorkerResponse get(@PathParam("id") long id) {
        return service.find(id);
    }

    @POST
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Register a worker / 登记工人", description = "Registry editors of the lead unit only (403, logged, for others). Gender and birth date are derived from the ID number; a mismatch is a field error. One person, one record: a registered ID number is a 409.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = WorkerResponse.class)))
    public RestResponse<WorkerResponse> create(@NotNull @Valid WorkerRequest request, @Context UriInfo uri) {
        WorkerResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<WorkerResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Change a worker / 修改工人信息", description = "Registry editors of the lead unit only (403, logged, for others). A different enterpriseId is a transfer: the open employment closes and a new one opens at employedSince (default today). Carries the version read.")
    public WorkerResponse update(@PathParam("id") long id, @NotNull @Valid WorkerRequest request) {
        return service.update(id, request);
    }

    @PUT
    @Path("/by-id-number/{idNumber}")
    @Operation(operationId = "upsertWorkerByIdNumber", summary = "Create or update a worker by ID number / 按身份证号登记或更新工人",
            description = "For systems that keep their own HR records: the ID number decides whether the worker is created (201, Location) or "
                    + "the stored one updated (200). Idempotent: the same body again writes nothing, keeps the version and answers 200 with "
                    + "X-Upsert-Outcome UNCHANGED. No version is needed (the row is locked, no concurrent change is lost); a version given "
                    + "must match (409). Callers holding pii-reader only: systems (service accounts) with a department and registry "
                    + "editors of the lead unit; everyone else 403, logged. A department with registry scope DEV_ZONE writes only workers of "
                    + "enterprises in the development zone (403). The body is a WorkerRequest whose idNumber may be left out. Every answer "
                    + "is logged (UPSERT, ID number masked); the Envers history keeps who changed what.")
    @APIResponse(responseCode = "200", description = "Updated or unchanged (see the X-Upsert-Outcome header)",
            headers = @Header(name = "X-Upsert-Outcome", description = "UPDATED or UNCHANGED", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkerResponse.class)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "X-Upsert-Outcome", description = "CREATED", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WorkerResponse.class)))
    public RestResponse<WorkerResponse> upsert(
            @PathParam("idNumber") @Size(max = 18) @Parameter(description = "公民身份号码, 18 characters", example = "421202199001011232") String idNumber,
            @RequestBody(content = @Content(schema = @Schema(implementation = WorkerRequest.class), examples = @ExampleObject(name = "worker",
                    value = UPSERT_EXAMPLE))) WorkerRequest request,
            @Context UriInfo uri) {
        WorkerUpsertDtos.Single result = upserts.upsert(idNumber, request);
        RestResponse.ResponseBuilder<WorkerResponse> answer = result.outcome() == WorkerUpsertDtos.Outcome.CREATED
                ? RestResponse.ResponseBuilder.created(uri.getBaseUriBuilder().path("api/v1/workers").path(String.valueOf(result.worker().id())).build())
                : RestResponse.ResponseBuilder.ok();
        return answer.header("X-Upsert-Outcome", result.outcome().name()).entity(result.worker()).build();
    }

    @POST
    @Path("/batch-upsert")
    @Operation(operationId = "upsertWorkersBatch", summary = "Create or update up to 1,000 workers by ID number / 批量按身份证号登记或更新工人",
            description = "The batch form of upsertWorkerByIdNumber, same callers and scope: one result per row (index, ID number masked "
                    + "unless pii-reader, CREATED | UPDATED | UNCHANGED | REJECTED, workerId, errors). mode=ALL_OR_NOTHING (default): any "
                    + "rejected row and nothing is written, 422 with every row's result; mode=PER_ROW: every good row is written (each in "
                    + "its own transaction), 200. More than 1,000 rows: 413. Rate-limited like imports.",
            // on the operation, not the method: beside @APIResponse the method's @Extension would also land among the responses
            extensions = @Extension(name = "x-rate-limit", value = "import"))
    @APIResponse(responseCode = "200", description = "Every row answered (PER_ROW: the good rows written; ALL_OR_NOTHING: all rows written)",
            content = @Content(schema = @Schema(implementation = WorkerUpsertDtos.BatchResponse.class)))
    @APIResponse(responseCode = "422", description = "ALL_OR_NOTHING with a rejected row: nothing written; every row's result",
            content = @Content(schema = @Schema(implementation = WorkerUpsertDtos.BatchResponse.class)))
    @APIResponse(responseCode = "413", description = "More than 1,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Limited(Limited.Kind.IMPORT)
    public RestResponse<WorkerUpsertDtos.BatchResponse> batchUpsert(
            @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") @Pattern(regexp = "ALL_OR_NOTHING|PER_ROW", message = "{xianan.enum.values}")
            @Parameter(description = "ALL_OR_NOTHING (default): a rejected row → nothing written, 422; PER_ROW: the good rows written",
                    schema = @Schema(enumeration = { "ALL_OR_NOTHING", "PER_ROW" })) String mode,
            @RequestBody(content = @Content(schema = @Schema(implementation = WorkerUpsertDtos.BatchRequest.class), examples = @ExampleObject(
                    name = "two workers", value = "{\"workers\": [" + UPSERT_EXAMPLE + ", " + UPSERT_EXAMPLE_2 + "]}")))
            WorkerUpsertDtos.BatchRequest request) {
        WorkerUpsertDtos.Mode m = WorkerUpsertDtos.Mode.valueOf(mode);
        WorkerUpsertDtos.BatchResponse result = upserts.batch(request == null ? null : request.workers(), m);
        boolean refused = m == WorkerUpsertDtos.Mode.ALL_OR_NOTHING && result.rejected() > 0;
        return RestResponse.ResponseBuilder.<WorkerUpsertDtos.BatchResponse>create(refused ? 422 : 200).entity(result).build();
    }

    static final String UPSERT_EXAMPLE = "{\"idNumber\": \"421202199001011232\", \"name\": \"王晓霞\", \"education\": \"SENIOR_HIGH\", "
            + "\"monthlyWage\": 4200.00, \"skillLevel\": \"INTERMEDIATE\", \"occupation\": \"钳工\", \"agriculturalHukou\": true, "
            + "\"fromOutside\": false, \"unionMember\": true, \"partyMember\": false, \"phone\": \"13800001234\", \"enterpriseId\": 1}";
    static final String UPSERT_EXAMPLE_2 = "{\"idNumber\": \"421202198506150022\", \"name\": \"李建国\", \"education\": \"JUNIOR_HIGH\", "
            + "\"monthlyWage\": 3600.00, \"skillLevel\": \"SENIOR\", \"agriculturalHukou\": false, \"fromOutside\": false, "
            + "\"unionMember\": true, \"partyMember\": true, \"enterpriseId\": 1}";

    @GET
    @Path("/{id}/employments")
    @Operation(summary = "Employment history / 任职经历", description = "Same scope as reading the worker (404 outside it).")
    public List<EmploymentResponse> employments(@PathParam("id") long id) {
        return service.employments(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Change history / 修改历史", description = "Who changed what, when; personal data masked unless pii-reader. Same scope as reading the worker (404 outside it).")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @GET
    @Path("/{id}/political-posts")
    @Operation(summary = "Political posts of a worker / 政治职务", description = "Same scope as reading the worker (404 outside it).")
    public List<PoliticalPostResponse> posts(@PathParam("id") long id) {
        return honours.posts(id);
    }
}
