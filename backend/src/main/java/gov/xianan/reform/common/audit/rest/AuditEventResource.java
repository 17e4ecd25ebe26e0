package gov.xianan.reform.common.audit.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.audit.service.AuditEventService;
import gov.xianan.reform.common.audit.service.AuditEventService.AuditEventResponse;
import gov.xianan.reform.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/audit-events")
@Tag(name = "audit", description = "审计日志 / audit log")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventResource {

    @Inject
    AuditEventService service;

    @GET
    @Operation(summary = "Audit events / 审计事件", description = "Unmasked personal-data reads, refused cross-department access, exports. Admin only; newest first.")
    public PageResponse<AuditEventResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("action") String action, @QueryParam("actor") String actor) {
        return service.list(page, action, actor);
    }
}
