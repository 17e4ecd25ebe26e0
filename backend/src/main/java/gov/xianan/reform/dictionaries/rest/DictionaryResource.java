package gov.xianan.reform.dictionaries.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionariesResponse;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemCreateRequest;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemResponse;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryItemUpdateRequest;
import gov.xianan.reform.dictionaries.DictionaryDtos.DictionaryResponse;
import gov.xianan.reform.dictionaries.service.DictionaryService;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/dictionaries")
@Tag(name = "dictionaries", description = "数据字典 / reference data: every coded value with its Chinese and English label")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DictionaryResource {

    @Inject
    DictionaryService service;

    @GET
    @Operation(summary = "All dictionaries / 全部数据字典",
            description = "Every kind with its items (inactive ones included, flagged) in display order. Any authenticated caller. "
                    + "Answers an ETag; a request with a matching If-None-Match answers 304 with no body.")
    @APIResponse(responseCode = "200", description = "The dictionaries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DictionariesResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent")
    public RestResponse<DictionariesResponse> all(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        String etag = service.etag();
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true); // revalidate each time: cheap with the ETag
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag))) {
            return RestResponse.ResponseBuilder.<DictionariesResponse>notModified().header(HttpHeaders.ETAG, etag)
                    .cacheControl(cache).build();
        }
        return RestResponse.ResponseBuilder.ok(service.all()).header(HttpHeaders.ETAG, etag).cacheControl(cache).build();
    }

    @GET
    @Path("/{kind}")
    @Operation(summary = "One dictionary / 查看字典", description = "The items of one kind in display order. Any authenticated caller.")
    public DictionaryResponse kind(@PathParam("kind") String kind) {
        return service.kind(kind);
    }

    @POST
    @Path("/{kind}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an item / 新增字典项",
            description = "Admin only; only open kinds (industries, client systems…) take new codes: a closed kind answers 409.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DictionaryItemResponse.class)))
    public RestResponse<DictionaryItemResponse> create(@PathParam("kind") String kind, @NotNull @Valid DictionaryItemCreateRequest request,
            @Context UriInfo uri) {
        DictionaryItemResponse created = service.create(kind, request);
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return RestResponse.ResponseBuilder.<DictionaryItemResponse>created(location).entity(created).build();
    }

    @PUT
    @Path("/{kind}/items/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change an item / 修改字典项",
            description = "Admin only: labels, order, active. Carries the version read (stale: 409). A behavioural item cannot be deactivated (409).")
    public DictionaryItemResponse update(@PathParam("kind") String kind, @PathParam("code") String code,
            @NotNull @Valid DictionaryItemUpdateRequest request) {
        return service.update(kind, code, request);
    }

    @POST
    @Path("/{kind}/items/{code}/deactivate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Deactivate an item / 停用字典项",
            description = "Admin only. The item keeps naming the records that carry it but is no longer offered or accepted. Behavioural items: 409.")
    public DictionaryItemResponse deactivate(@PathParam("kind") String kind, @PathParam("code") String code) {
        return service.deactivate(kind, code);
    }

    @GET
    @Path("/{kind}/items/{code}/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change history of an item / 字典项修改历史", description = "Admin only. Who changed what, when.")
    public List<HistoryEntry> history(@PathParam("kind") String kind, @PathParam("code") String code) {
        return service.history(kind, code);
    }
}
