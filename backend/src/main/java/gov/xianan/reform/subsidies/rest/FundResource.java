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
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.BudgetAdjustmentRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.BudgetAdjustmentResponse;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundRequest;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.FundResponse;
import gov.xianan.reform.subsidies.service.FundService;
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

@Path("/api/v1/funds")
@Tag(name = "subsidies", description = "培训补贴 / training subsidies (职业培训补贴, 以工代训)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    @Inject
    FundService service;

    @GET
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Funds with live figures / 补贴资金及实时数字", description = "Budget, committed, disbursed and remaining per fund; every department's staff may read the summaries.")
    public List<FundResponse> list(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return service.list(year == null ? null : Integer.valueOf(year));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Read a fund / 资金详情")
    public FundResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("资金不存在: " + id));
    }

    @POST
    @RolesAllowed({ Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Create a fund / 新建补贴资金", description = "An approver creates funds of the own department; admin may name any department.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FundResponse.class)))
    public RestResponse<FundResponse> create(@NotNull @Valid FundRequest request, @Context UriInfo uri) {
        FundResponse created = service.create(request);
        return RestResponse.ResponseBuilder.<FundResponse>created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/budget-adjustments")
    @RolesAllowed(Roles.SUBSIDY_APPROVER)
    @Operation(summary = "Adjust a fund's budget / 调整预算", description = "With a reason; refused (409) below committed + disbursed. Answers the fund with its new figures.")
    public FundResponse adjust(@PathParam("id") long id, @NotNull @Valid BudgetAdjustmentRequest request) {
        return service.adjustBudget(id, request);
    }

    @GET
    @Path("/{id}/budget-adjustments")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN })
    @Operation(summary = "Budget changes of a fund / 预算调整记录", description = "Who, when, old and new budget, why; newest first.")
    public List<BudgetAdjustmentResponse> adjustments(@PathParam("id") long id) {
        return service.adjustments(id);
    }
}
