package gov.xianan.reform.subsidies.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import gov.xianan.reform.common.error.ProblemException;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.ProgrammeResponse;
import gov.xianan.reform.subsidies.service.ProgrammeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

@Path("/api/v1/subsidy-programmes")
@Tag(name = "subsidies", description = "培训补贴 / training subsidies (职业培训补贴, 以工代训)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService service;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Subsidy programmes / 补贴项目", description = "Filters: year, fundId.")
    public List<ProgrammeResponse> list(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year,
            @QueryParam("fundId") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String fundId) {
        return service.list(year == null ? null : Integer.valueOf(year), fundId == null ? null : Long.valueOf(fundId));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Read a programme / 补贴项目详情")
    public ProgrammeResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("补贴项目不存在: " + id));
    }

    @POST
    @RolesAllowed({ Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Create a programme / 新建补贴项目", description = "An approver creates programmes on the own department's funds; admin on any.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProgrammeResponse.class)))
    public RestResponse<ProgrammeResponse> create(@NotNull @Valid ProgrammeRequest request, @Context UriInfo uri) {
        ProgrammeResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<ProgrammeResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }
}
