package gov.xianan.reform.integration.webhooks.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.integration.webhooks.WebhookDtos.DeliveryPage;
import gov.xianan.reform.integration.webhooks.WebhookDtos.DeliveryResponse;
import gov.xianan.reform.integration.webhooks.WebhookDtos.ReplayRequest;
import gov.xianan.reform.integration.webhooks.WebhookDtos.ReplayResult;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionPage;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionRequest;
import gov.xianan.reform.integration.webhooks.WebhookDtos.SubscriptionResponse;
import gov.xianan.reform.integration.webhooks.service.WebhookService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/webhooks")
@Tag(name = "integration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR, Roles.ADMIN })
public class WebhookResource {

    @Inject
    WebhookService service;

    @POST
    @Path("/subscriptions")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe to changes / 订阅变更推送",
            description = "Events of the given types that the caller may read are POSTed to the URL, signed with the secret (returned once, "
                    + "in this answer only). http(s) only; loopback and private addresses are refused unless configured.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response create(@jakarta.validation.Valid @jakarta.validation.constraints.NotNull SubscriptionRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        SubscriptionResponse created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("/subscriptions")
    @Operation(operationId = "listWebhookSubscriptions", summary = "Webhook subscriptions / 推送订阅列表", description = "The caller's own; admin: all.")
    public SubscriptionPage list() {
        return service.list();
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "A webhook subscription / 推送订阅详情")
    public SubscriptionResponse get(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/subscriptions/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
    @Operation(operationId = "updateWebhookSubscription", summary = "Change a subscription / 修改推送订阅",
            description = "The owner only; carries the version read. A new secret replaces the old one (not returned).")
    public SubscriptionResponse update(@PathParam("id") long id, @jakarta.validation.Valid @jakarta.validation.constraints.NotNull SubscriptionRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a subscription / 删除推送订阅", description = "With its deliveries.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("id") long id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("/subscriptions/{id}/pause")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "pauseWebhookSubscription", summary = "Pause a subscription / 暂停推送", description = "Deliveries wait (PAUSED) until it is resumed.")
    public SubscriptionResponse pause(@PathParam("id") long id) {
        return service.pause(id);
    }

    @POST
    @Path("/subscriptions/{id}/resume")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "resumeWebhookSubscription", summary = "Resume a subscription / 恢复推送",
            description = "Clears the failure count and sends every delivery that waited.")
    public SubscriptionResponse resume(@PathParam("id") long id) {
        return service.resume(id);
    }

    @POST
    @Path("/subscriptions/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replayWebhookSubscription", summary = "Replay from a cursor / 从游标重发",
            description = "Queues again every event after the feed cursor that the owner may read (up to 10,000 per call).")
    public ReplayResult replay(@PathParam("id") long id, ReplayRequest request) {
        return service.replayFrom(id, request == null ? null : request.after());
    }

    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Operation(operationId = "listWebhookSubscriptionDeliveries", summary = "Deliveries of a subscription / 投递记录",
            description = "Newest first, with status, attempts, last HTTP code and last error.")
    public DeliveryPage deliveries(@PathParam("id") long id,
            @QueryParam("status") @Parameter(description = "PENDING, DELIVERED, FAILED or PAUSED") String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.deliveries(id, status, page, size);
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again / 重发", description = "Same event id, so the receiver can de-duplicate.")
    public DeliveryResponse replayDelivery(@PathParam("id") long id) {
        return service.replayDelivery(id);
    }
}
