package gov.xianan.reform.tasks.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.tasks.mapping.TaskDtos.AcknowledgeRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.NoticeRequest;
import gov.xianan.reform.tasks.mapping.TaskDtos.NoticeResponse;
import gov.xianan.reform.tasks.service.SupervisionService;
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

@Path("/api/v1/tasks/{taskId}/supervision-notices")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionNoticeResource {

    @Inject
    SupervisionService service;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Supervision notices of a task / 督办列表", description = "Newest first, with the departments' answers.")
    public List<NoticeResponse> list(@PathParam("taskId") long taskId) {
        return service.list(taskId);
    }

    @POST
    @RolesAllowed(Roles.LEAD)
    @Operation(summary = "Issue a supervision notice / 发出督办", description = "The lead unit only; the assigned departments are notified.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = NoticeResponse.class)))
    public RestResponse<NoticeResponse> issue(@PathParam("taskId") long taskId, @NotNull @Valid NoticeRequest request, @Context UriInfo uri) {
        NoticeResponse created = service.issue(taskId, request);
        return RestResponse.ResponseBuilder.<NoticeResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/{noticeId}/acknowledge")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD })
    @Operation(summary = "Acknowledge and answer a notice / 签收并答复督办", description = "Staff of an assigned department only; once per notice "
            + "(a second answer is 409). The lead unit is notified.")
    public NoticeResponse acknowledge(@PathParam("taskId") long taskId, @PathParam("noticeId") long noticeId,
            @NotNull @Valid AcknowledgeRequest request) {
        return service.acknowledge(taskId, noticeId, request);
    }
}
