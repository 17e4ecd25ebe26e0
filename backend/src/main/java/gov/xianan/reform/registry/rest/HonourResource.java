package gov.xianan.reform.registry.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageQuery;
import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.registry.mapping.HonourDtos.HonourRequest;
import gov.xianan.reform.registry.mapping.HonourDtos.HonourResponse;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostRequest;
import gov.xianan.reform.registry.mapping.HonourDtos.PoliticalPostResponse;
import gov.xianan.reform.registry.service.HonourService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1")
@Tag(name = "registry", description = "工人名册 / workforce registry")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR })
public class HonourResource {

    @Inject
    HonourService service;

    @GET
    @Path("/honours")
    @Operation(summary = "List honours / 荣誉列表", description = "Filters: workerId (as honoured worker or team member), enterpriseId, year, kind.")
    public PageResponse<HonourResponse> list(@Valid @BeanParam PageQuery page,
            @QueryParam("workerId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String workerId,
            @QueryParam("enterpriseId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String enterpriseId,
            @QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year,
            @QueryParam("kind") String kind) {
        return service.list(page, workerId == null ? null : Long.valueOf(workerId), enterpriseId == null ? null : Long.valueOf(enterpriseId),
                year == null ? null : Integer.valueOf(year), kind);
    }

    @GET
    @Path("/honours/{id}")
    @Operation(summary = "Read an honour / 荣誉详情")
    public HonourResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("荣誉不存在: " + id));
    }

    @POST
    @Path("/honours")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Record an honour / 登记荣誉", description = "Registry editors of the lead unit only (403, logged, for others). INDIVIDUAL needs workerId; COLLECTIVE needs enterpriseId and teamName, with memberIds.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = HonourResponse.class)))
    public RestResponse<HonourResponse> create(@NotNull @Valid HonourRequest request, @Context UriInfo uri) {
        HonourResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<HonourResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("/honours/{id}")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Change an honour / 修改荣誉", description = "Registry editors of the lead unit only (403, logged, for others).")
    public HonourResponse update(@PathParam("id") long id, @NotNull @Valid HonourRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/political-posts")
    // registry editors of the lead unit only: decided (and a refusal logged) by RegistryAccess in the service
    @Operation(summary = "Record a political post / 登记政治职务", description = "Registry editors of the lead unit only (403, logged, for others).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PoliticalPostResponse.class)))
    public RestResponse<PoliticalPostResponse> createPost(@NotNull @Valid PoliticalPostRequest request, @Context UriInfo uri) {
        PoliticalPostResponse created = service.createPost(request);
        return RestResponse.ResponseBuilder.<PoliticalPostResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
