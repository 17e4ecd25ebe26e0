package gov.xianan.reform.tasks.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionDecision;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionRequestBody;
import gov.xianan.reform.tasks.mapping.TaskDtos.ExtensionResponse;
import gov.xianan.reform.tasks.service.ExtensionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/tasks/{taskId}/extension-requests")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExtensionRequestResource {

    @Inject
    ExtensionService service;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Extension requests of a task / 延期申请列表", description = "Newest first, with the lead unit's decisions. Same scope as the task.")
    public List<ExtensionResponse> list(@PathParam("taskId") long taskId) {
        return service.list(taskId);
    }

    @POST
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Request a deadline extension / 申请延期", description = "Staff of an assigned department only (403 otherwise), with a "
            + "reason and a deadline after the current one; one pending request per task (a second is 409), not for a completed, "
            + "signed-off-pending or suspended task (409). The lead unit is notified.")
    @APIResponse(responseCode = "201", description = "Requested", content = @Content(schema = @Schema(implementation = ExtensionResponse.class)))
    public RestResponse<ExtensionResponse> create(@PathParam("taskId") long taskId, @NotNull @Valid ExtensionRequestBody request, @Context UriInfo uri) {
        ExtensionResponse created = service.request(taskId, request);
        return RestResponse.ResponseBuilder.<ExtensionResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Approve an extension request / 批准延期", description = "The lead unit only; the task's deadline moves to the date asked "
            + "for (recorded on its timeline). A decided request is 409. The departments are notified.")
    public ExtensionResponse approve(@PathParam("taskId") long taskId, @PathParam("requestId") long requestId, @NotNull @Valid ExtensionDecision request) {
        return service.approve(taskId, requestId, request);
    }

    @POST
    @Path("/{requestId}/refuse")
    @RolesAllowed(Roles.LEAD)
    @Operation(operationId = "refuseTaskExtensionRequest", summary = "Refuse an extension request / 驳回延期", description = "The lead unit only, with a reason (400 without). A decided request "
            + "is 409. The departments are notified.")
    public ExtensionResponse refuse(@PathParam("taskId") long taskId, @PathParam("requestId") long requestId, @NotNull @Valid ExtensionDecision request) {
        return service.refuse(taskId, requestId, request);
    }
}
