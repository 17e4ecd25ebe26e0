package gov.xianan.reform.tasks.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.tasks.mapping.TaskDtos.IndicatorResponse;
import gov.xianan.reform.tasks.service.IndicatorService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/indicators")
@Tag(name = "tasks", description = "改革任务与督办 / reform tasks and supervision")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.STAFF, Roles.LEAD })
public class IndicatorResource {

    @Inject
    IndicatorService service;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Live indicators / 可用指标", description = "Every indicator the platform offers for task progress, with its value "
            + "for the year (this year unless told): within the year for per-year indicators, the current figure otherwise.")
    public List<IndicatorResponse> list(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return service.list(year == null ? LocalDate.now(clock).getYear() : Integer.parseInt(year));
    }
}
