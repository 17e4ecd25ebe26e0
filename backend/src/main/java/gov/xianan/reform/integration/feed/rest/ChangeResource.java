package gov.xianan.reform.integration.feed.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.integration.feed.ChangeDtos.ChangePage;
import gov.xianan.reform.integration.feed.service.ChangeFeedService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/changes")
@Tag(name = "integration", description = "变更订阅与 Webhook / change feed and webhooks for other systems")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
public class ChangeResource {

    @Inject
    ChangeFeedService service;

    @GET
    @Operation(operationId = "listChanges", summary = "Follow the change feed / 变更订阅",
            description = "Changes of workers, employments, enterprises, subsidy applications (and their workflow steps), competitions, awards, "
                    + "tasks and progress reports, in commit order and gap-free: an event never appears behind a cursor already handed out. "
                    + "Only records the caller may read (the same scope as the rest of the API); personal fields are masked unless the "
                    + "caller holds pii-reader (then the read is audited). Keep `nextCursor` and call again with `after`; `hasMore: false` "
                    + "means up to date. Staff, lead and systems with a registry role; analysts use the statistics instead.")
    public ChangePage list(
            @QueryParam("after") @Parameter(description = "A cursor from a previous answer (an event's `cursor` or `nextCursor`); absent: from the oldest event kept") String after,
            @QueryParam("types") @Parameter(description = "Comma-separated event types; absent: all", example = "worker,subsidy-application") String types,
            @QueryParam("limit") @Parameter(description = "Events per page, 1 to 1000 (default 100)", example = "100") Integer limit) {
        return service.page(after, types, limit);
    }
}
