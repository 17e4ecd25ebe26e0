package gov.xianan.reform.subsidies.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.StatisticsResponse;
import gov.xianan.reform.subsidies.service.SubsidyStatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/statistics")
@Tag(name = "statistics", description = "统计 / aggregate statistics (analysts: small cells suppressed)")
@Produces(MediaType.APPLICATION_JSON)
public class SubsidyStatisticsResource {

    @Inject
    SubsidyStatisticsService service;

    @GET
    @Path("/subsidies")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Subsidy aggregates / 培训补贴统计", description = "Per year and source (fund budget, committed, disbursed; approved or paid applications and "
            + "distinct trainees), per programme kind and per industry. For a caller holding only `analyst`, counts from 1 to 4 are null with suppressed=true.")
    public StatisticsResponse statistics(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return service.statistics(year == null ? null : Integer.valueOf(year));
    }
}
