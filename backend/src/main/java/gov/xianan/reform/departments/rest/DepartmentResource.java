package gov.xianan.reform.departments.rest;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.api.PageResponse;
import gov.xianan.reform.common.api.Versions;
import gov.xianan.reform.common.audit.HistoryEntry;
import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentCreateRequest;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentResponse;
import gov.xianan.reform.departments.mapping.DepartmentDtos.DepartmentUpdateRequest;
import gov.xianan.reform.departments.service.DepartmentService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/departments")
@Tag(name = "departments", description = "成员单位 / member departments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    @Inject
    DepartmentService service;

    @GET
    @Operation(summary = "List the departments / 成员单位列表", description = "All member departments in display order; the lead unit is flagged. Any authenticated caller.")
    public PageResponse<DepartmentResponse> list() {
        List<DepartmentResponse> all = service.list();
        return new PageResponse<>(all, all.size(), 0, all.size());
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one department / 查看成员单位")
    public RestResponse<DepartmentResponse> get(@PathParam("code") String code) {
        DepartmentResponse d = service.find(code).orElseThrow(() -> ProblemException.notFound("部门不存在: " + code));
        return RestResponse.ResponseBuilder.ok(d).header(HttpHeaders.ETAG, Versions.etag(d.version())).build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a department / 新增成员单位", description = "Admin only. Departments are data: a new row needs no code change.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new department",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DepartmentResponse.class)))
    public RestResponse<DepartmentResponse> create(@NotNull @Valid DepartmentCreateRequest request, @Context UriInfo uri) {
        DepartmentResponse created = service.create(request);
        URI location = uri.getAbsolutePathBuilder().path(created.code()).build();
        return RestResponse.ResponseBuilder.<DepartmentResponse>created(location).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a department / 修改成员单位", description = "Admin only. Carries the version read; a stale version answers 409. An optional If-Match with the ETag of the GET answers 412 when it no longer matches.")
    public DepartmentResponse update(@PathParam("code") String code, @NotNull @Valid DepartmentUpdateRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.update(code, request, ifMatch);
    }

    @GET
    @Path("/{code}/history")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change history of a department / 修改历史", description = "Who changed what, when (Envers revisions).")
    public List<HistoryEntry> history(@PathParam("code") String code) {
        return service.history(code);
    }
}
