package gov.xianan.reform.common.audit.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.service.AuditEventService;
import gov.xianan.reform.common.audit.service.AuditEventService.AuditEventResponse;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.common.time.ClockProducer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/audit-events")
@Tag(name = "audit", description = "审计日志 / audit log")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    @Inject
    AuditEventService service;

    @GET
    @Operation(summary = "Audit events / 审计事件", description = "Unmasked personal-data reads, refused cross-department access, exports, "
            + "lookups, refusals by separation of duties; with the actor's name and department and the record named (a worker's name masked "
            + "unless pii-reader). Filters: person (login or part of the name), department, action, record kind, date range. Admin only; newest first.")
    public PageResponse<AuditEventResponse> list(@Valid @BeanParam PageQuery page, @Valid @BeanParam AuditEventFilter filter) {
        return service.list(page, filter);
    }

    @GET
    @Path("/export")
    @Produces({ "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/problem+json" })
    @Operation(summary = "Export the filtered audit log / 导出审计日志", description = "CSV (UTF-8 with BOM) or XLSX with the same filters as "
            + "the list, newest first, at most 100,000 rows, in words (names, labels). Admin only; the export is itself audited (start and end).")
    @Extension(name = "x-rate-limit", value = "export")
    @Limited(value = Limited.Kind.EXPORT, exportSlot = true)
    public Response export(@Valid @BeanParam AuditEventFilter filter,
            @QueryParam("format") @DefaultValue("xlsx") @Pattern(regexp = "csv|xlsx", message = "{xianan.enum.values}") String format) {
        String ext = format.toLowerCase();
        String name = "审计日志-" + LocalDate.now(ClockProducer.ZONE) + "." + ext;
        return Response.ok(service.export(filter, ext))
                .type("csv".equals(ext) ? "text/csv; charset=UTF-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"audit-events-" + LocalDate.now(ClockProducer.ZONE) + "." + ext
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
