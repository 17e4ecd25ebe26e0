package gov.xianan.reform.tasks.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.tasks.mapping.TaskDtos.NotificationPage;
import gov.xianan.reform.tasks.service.NotificationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/api/v1/notifications")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD })
public class NotificationResource {

    @Inject
    NotificationService service;

    @GET
    @Operation(summary = "My notifications / 我的通知", description = "Reminders, notices and assignments for the caller's department (and the caller), "
            + "newest first, with the caller's unread count.")
    public NotificationPage list(@Valid @BeanParam PageQuery page,
            @QueryParam("unreadOnly") @DefaultValue("false") @Pattern(regexp = "true|false", message = "{xianan.boolean.pattern}") String unreadOnly) {
        return service.list(page, Boolean.parseBoolean(unreadOnly));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read / 标记已读", description = "For the caller only; another department's notification is 404.")
    @APIResponse(responseCode = "204", description = "Read")
    public Response markRead(@PathParam("id") long id) {
        service.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read / 全部标记已读")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", service.markAllRead());
    }
}
