package gov.xianan.reform.registry.importing.rest;

import java.net.URI;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.files.FileDownloads;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.importing.ImportJob.FileFormat;
import gov.xianan.reform.registry.importing.ImportService;
import gov.xianan.reform.registry.importing.ImportService.ErrorResponse;
import gov.xianan.reform.registry.importing.ImportService.JobResponse;
import gov.xianan.reform.registry.importing.ImportWorkbooks;
import gov.xianan.reform.registry.scope.RegistryAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

@Path("/api/v1/imports")
@Tag(name = "registry", description = "工人名册 / workforce registry")
@RolesAllowed(Roles.REGISTRY_EDITOR)
public class ImportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ImportService service;

    @Inject
    RegistryAccess access;

    @Inject
    jakarta.enterprise.inject.Instance<gov.xianan.reform.registry.importing.ImportRetryGuard> guards;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @GET
    @Path("/workers/template")
    @Produces({ XLSX, "text/csv", "application/problem+json" })
    @Operation(summary = "Import template / 下载导入模板", description = "Chinese headers, an example row; the XLSX has drop-downs and a 填写说明 sheet.")
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(Limited.Kind.EXPORT)
    public Response template(@QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx", message = "{xianan.enum.values}") String format) {
        FileFormat f = FileFormat.valueOf(format.toUpperCase());
        StreamingOutput body = out -> {
            try {
                ImportWorkbooks.template(f, out);
            } catch (java.io.IOException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException(e);
            }
        };
        return Response.ok(body).type(f == FileFormat.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"worker-import-template." + format + "\"; filename*=UTF-8''"
                        + java.net.URLEncoder.encode("工人导入模板." + format, java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    @POST
    @Path("/workers")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import workers / 批量导入工人", description = "CSV (UTF-8) or XLSX in form field `file`, recognised by the whole "
            + "content (415 otherwise); answers 202 with the job. The uploaded file is deleted when the job ends. "
            + "dryRun=true validates every row and writes nothing; a real run writes all rows in one transaction or none when any row is bad. "
            + "A person already registered (same ID number) is updated, never duplicated.")
    @Extension(name = "x-rate-limit", value = "import")
    @Limited(Limited.Kind.IMPORT)
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued (Location: /api/v1/imports/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobResponse.class)))
    public Response submit(@RestForm("file") FileUpload file,
            @QueryParam("dryRun") @DefaultValue("true") @Pattern(regexp = "true|false", message = "{xianan.boolean.pattern}") String dryRun) {
        access.requireWrite("import", null); // the registry changes only within the caller's scope (lead unit), logged otherwise
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalid("file", "请选择要导入的文件(表单字段 file)");
        }
        JobResponse job = service.submit(file.uploadedFile(), file.fileName(), Boolean.parseBoolean(dryRun));
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REGISTRY_EDITOR, Roles.STAFF, Roles.LEAD }) // any import's job (workers or department records), scoped by ImportService.visible
    @Operation(summary = "Import jobs / 导入记录", description = "The caller's and their department's jobs of every kind (workers, department records); the lead unit sees all.")
    public PageResponse<JobResponse> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REGISTRY_EDITOR, Roles.STAFF, Roles.LEAD }) // any import's job (workers or department records), scoped by ImportService.visible
    @Operation(summary = "Import job and progress / 导入进度", description = "Status, rows read, rows valid, created/updated/unchanged, error count.")
    public JobResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/retry")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retry a failed import / 重试导入", description = "Runs an import again from its kept upload when it failed for a "
            + "system reason (its server stopped part-way, an error) within xianan.jobs.retry-window; answers 202 with the job, queued. "
            + "409 when it did not fail, failed on its data (fix the file and upload it again) or its upload is no longer kept.")
    @APIResponse(responseCode = "202", description = "Accepted: the job, queued (Location: /api/v1/imports/{id})",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobResponse.class)))
    @RolesAllowed({ Roles.REGISTRY_EDITOR, Roles.STAFF }) // workers: registry editors; department records: the type's owner staff
    public Response retry(@PathParam("id") long id) {
        JobResponse visible = service.get(id); // 404 for a job the caller does not see
        var guard = guards.stream().filter(g -> g.handles(visible.kind())).findFirst();
        if (guard.isPresent()) {
            guard.get().requireRetry(visible); // as for a new record import: staff of an owner department of the type
        } else {
            if (!identity.hasRole(Roles.REGISTRY_EDITOR)) {
                throw gov.xianan.reform.common.error.ProblemException.forbidden("重试工人导入需要名册编辑权限");
            }
            access.requireWrite("import", id); // as for a new import: the registry changes only within the caller's scope
        }
        JobResponse job = service.retry(id);
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}/errors")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REGISTRY_EDITOR, Roles.STAFF, Roles.LEAD }) // any import's job (workers or department records), scoped by ImportService.visible
    @Operation(summary = "Bad cells of an import / 错误明细", description = "Row (as in the file, header = 1), column and message; "
            + "an ID number or phone quoted in a message is masked unless the caller holds pii-reader. 410 once past the retention.",
            extensions = @Extension(name = "x-expires", value = "xianan.imports.error-retention"))
    public PageResponse<ErrorResponse> errors(@PathParam("id") long id, @Valid @BeanParam PageQuery page) {
        return service.errors(id, page);
    }

    @GET
    @Path("/{id}/errors.xlsx")
    @Produces({ XLSX, "application/problem+json" })
    @RolesAllowed({ Roles.REGISTRY_EDITOR, Roles.STAFF, Roles.LEAD }) // any import's job (workers or department records), scoped by ImportService.visible
    @Operation(summary = "The rows with errors, marked / 错误标注表", description = "The header and every uploaded row that has errors, "
            + "with its row number in the file (原行号), each bad cell filled and a last column 错误说明. ID numbers and phones are masked "
            + "unless the caller holds pii-reader. Every download is audited as an export (EXPORT_STARTED, then EXPORT_FINISHED with the row "
            + "count or EXPORT_ABORTED); an unmasked one also as PII_READ. 410 once the error rows are past their retention.",
            extensions = @Extension(name = "x-expires", value = "xianan.imports.error-retention"))
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(value = Limited.Kind.EXPORT, exportSlot = true)
    public Response errorWorkbook(@PathParam("id") long id) {
        StreamingOutput body = service.errorWorkbook(id); // scope, retention and the audit start before any byte
        return Response.ok(body).type(XLSX)
                .header("Content-Disposition", FileDownloads.contentDisposition("import-" + id + "-errors-" + LocalDate.now(ClockProducer.ZONE) + ".xlsx"))
                .header("X-Content-Type-Options", FileDownloads.NOSNIFF)
                .build();
    }
}
