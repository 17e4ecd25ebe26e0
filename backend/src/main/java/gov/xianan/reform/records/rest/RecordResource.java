package gov.xianan.reform.records.rest;

import java.net.URI;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.records.FieldDef;
import gov.xianan.reform.records.RecordType;
import gov.xianan.reform.records.importing.RecordImports;
import gov.xianan.reform.records.service.RecordDtos.RecordRequest;
import gov.xianan.reform.records.service.RecordDtos.RecordResponse;
import gov.xianan.reform.records.service.RecordDtos.RecordTypeResponse;
import gov.xianan.reform.records.service.RecordExportService;
import gov.xianan.reform.records.service.RecordService;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportService.JobResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

/**
 * Department records (部门工作记录) of every type under {@code /api/v1/records/{type}}: one set of
 * operations for all types, each type defined in records/RecordTypes. The owner department
 * writes, the lead unit reads all, other departments read the records linked to tasks assigned
 * to them (see {@link gov.xianan.reform.records.service.RecordScope}).
 */
@Path("/api/v1/records")
@Tag(name = "records", description = "部门工作记录 / department records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD })
public class RecordResource {

    static final String TYPE = "^[a-z][a-z-]{1,39}$";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    RecordService service;

    @Inject
    RecordExportService exports;

    @Inject
    RecordImports imports;

    @GET
    @Path("/types")
    @Operation(summary = "Record types / 记录类型", description = "Every record type with its fields (Chinese and English labels, type, "
            + "required, limits), the dictionary items of its kind fields, its owner departments and whether the caller may create one.")
    public List<RecordTypeResponse> types() {
        return service.types();
    }

    @GET
    @Path("/{type}")
    @Operation(summary = "List records / 记录列表", description = "The records of a type the caller reads (own department's; the lead unit all; "
            + "others those linked to a task assigned to them), newest first. Filters: from, to, year, enterpriseId, kind, department, taskId, q.")
    public PageResponse<RecordResponse> list(@PathParam("type") @Parameter(example = "publicity-sessions") @Pattern(regexp = TYPE) String type,
            @Valid @BeanParam RecordFilterParams filter, @Valid @BeanParam PageQuery page) {
        return service.list(type, filter.toFilter(), page);
    }

    @GET
    @Path("/{type}/{id: \\d+}")
    @Operation(summary = "Read a record / 记录详情", description = "404 when it does not exist or is outside the caller's scope (logged).")
    public RecordResponse get(@PathParam("type") @Pattern(regexp = TYPE) String type, @PathParam("id") long id) {
        return service.get(type, id);
    }

    @POST
    @Path("/{type}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a record / 登记记录", description = "Staff of an owner department of the type (403, logged, for others); "
            + "the caller's department owns it. Fields as in GET /api/v1/records/types; 400 lists every bad field.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RecordResponse.class)))
    public RestResponse<RecordResponse> create(@PathParam("type") @Pattern(regexp = TYPE) String type, @NotNull @Valid RecordRequest request,
            @Context UriInfo uri) {
        RecordResponse created = service.create(type, request);
        return RestResponse.ResponseBuilder.<RecordResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{type}/{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a record / 修改记录", description = "Staff of the owner department only (403, logged); version required, "
            + "409 when another change came first.")
    public RecordResponse update(@PathParam("type") @Pattern(regexp = TYPE) String type, @PathParam("id") long id,
            @NotNull @Valid RecordRequest request) {
        return service.update(type, id, request);
    }

    @GET
    @Path("/{type}/{id: \\d+}/history")
    @Operation(summary = "History of a record / 修改历史", description = "Who changed what, when; fields by label (kinds and enterprises by name).")
    public List<HistoryEntry> history(@PathParam("type") @Pattern(regexp = TYPE) String type, @PathParam("id") long id) {
        return service.history(type, id);
    }

    @GET
    @Path("/{type}/export")
    @Produces({ "text/csv", XLSX, "application/problem+json" })
    @Operation(summary = "Export records / 导出记录", description = "CSV (UTF-8 with BOM) or XLSX of the records the caller reads, with the "
            + "list's filters; audited (EXPORT_STARTED, then EXPORT_FINISHED with the row count or EXPORT_ABORTED).")
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(value = Limited.Kind.EXPORT, exportSlot = true)
    public Response export(@PathParam("type") @Pattern(regexp = TYPE) String type, @Valid @BeanParam RecordFilterParams filter,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx", message = "{xianan.enum.values}") String format) {
        RecordType t = RecordService.type(type);
        RecordExportService.Format f = RecordExportService.Format.valueOf(format.toUpperCase());
        StreamingOutput body = exports.export(type, filter.toFilter(), f);
        String date = LocalDate.now(ClockProducer.ZONE).toString();
        return Response.ok(body).type(f == RecordExportService.Format.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + t.code() + "-" + date + "." + format + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(t.label() + "-" + date + "." + format, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @GET
    @Path("/{type}/import-template")
    @Produces({ XLSX, "text/csv", "application/problem+json" })
    @Operation(summary = "Import template / 下载导入模板", description = "The type's fields as Chinese column headers (* = required); the XLSX "
            + "has drop-downs for kinds and a 填写说明 sheet. Without pii-reader the optional worker columns are left out.")
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(Limited.Kind.EXPORT)
    public Response template(@PathParam("type") @Pattern(regexp = TYPE) String type,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx", message = "{xianan.enum.values}") String format) {
        RecordType t = RecordService.type(type);
        FileFormat f = FileFormat.valueOf(format.toUpperCase());
        List<FieldDef> fields = imports.templateFields(t);
        StreamingOutput body = out -> {
            try {
                RecordImports.template(t, fields, f, out);
            } catch (java.io.IOException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.ok(body).type(f == FileFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + t.code() + "-import-template." + format + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(t.label() + "导入模板." + format, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @POST
    @Path("/{type}/imports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import records / 批量导入记录", description = "CSV (UTF-8) or XLSX in form field `file`, through the same import jobs "
            + "as workers: answers 202 with the job (follow it at /api/v1/imports/{id}, errors and the marked workbook there). dryRun=true "
            + "checks every row and writes nothing; a real run creates all rows in one transaction or none when any row is bad. Staff of an "
            + "owner department only (403, logged); the importing department owns the records. A column naming workers (by ID number) "
            + "needs pii-reader: without it the upload is a 400 on `file`, logged as a scope denial.")
    @Extension(name = "x-rate-limit", value = "import")
    @Limited(Limited.Kind.IMPORT)
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued (Location: /api/v1/imports/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobResponse.class)))
    public Response importRecords(@PathParam("type") @Pattern(regexp = TYPE) String type, @RestForm("file") FileUpload file,
            @QueryParam("dryRun") @DefaultValue("true") @Pattern(regexp = "true|false", message = "{xianan.boolean.pattern}") String dryRun) {
        JobResponse job = imports.submit(type, file, Boolean.parseBoolean(dryRun)); // scope first, then the file
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }
}
