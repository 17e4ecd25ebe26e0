package gov.xianan.reform.subsidies.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.export.AggregateCsvWriter;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.subsidies.service.SubsidySeries;
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
@Tag(name = "statistics", description = "统计 / aggregate statistics (outside the lead unit: under the disclosure policy of docs/privacy.md)")
@Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
@Limited(Limited.Kind.STATISTICS)
public class SubsidyStatisticsResource {

    @Inject
    SubsidyStatisticsService service;

    @GET
    @Path("/subsidies")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Subsidy aggregates / 培训补贴统计", description = "Per year and source (fund budget, committed, disbursed; approved or paid applications and "
            + "distinct trainees), per programme kind and per industry. The lead unit gets exact figures; every other caller the protected answer "
            + "(suppressionApplied=true): a group of 1–4 applications or trainees is hidden with its money, a year of fewer than 10 trainees "
            + "whole, and further groups so that none can be derived from the totals or the other years. Fund budgets are public. "
            + "`Accept: text/csv` gives the same answer as CSV (UTF-8 with BOM, audited as an export).")
    @Extension(name = "x-rate-limit", value = "statistics")
    public StatisticsResponse statistics(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return service.statistics(year == null ? null : Integer.valueOf(year));
    }

    @Inject
    SubsidySeries series;

    @GET
    @Path("/subsidies/series")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.SUBSIDY_REVIEWER, Roles.SUBSIDY_APPROVER, Roles.ADMIN, Roles.ANALYST })
    @Operation(summary = "Subsidy aggregates per month end / 培训补贴月度序列", description = "One point per month end from `from` to `to` (yyyy-MM; default: the twelve months up to the running month): the all-years answer "
                    + "of that month end cut to one breakdown `by` (total, year, source, programme, industry; values are distinct trainees), with the same labels. Each point is the month end's snapshot "
                    + "(exact for the lead unit, the protected answer for every other caller, computed by the same suppression as the current figures); "
                    + "the lead unit also gets the running month as of today (= the current figures), other callers never. "
                    + "`Accept: text/csv` gives a CSV (UTF-8 with BOM). A bad month or range: 400.")
    @Extension(name = "x-rate-limit", value = "statistics")
    public Series subsidySeries(
            @QueryParam("from") @Parameter(description = "First month yyyy-MM", example = "2019-01") String from,
            @QueryParam("to") @Parameter(description = "Last month yyyy-MM", example = "2020-12") String to,
            @QueryParam("by") @Parameter(description = "Dimension: total, year, source, programme, industry; values are distinct trainees", example = "programme") String by) {
        return series.series(from, to, by);
    }
}
