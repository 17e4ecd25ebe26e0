package gov.xianan.reform.registry.statistics;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.export.AggregateCsvWriter;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.common.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/statistics")
@Tag(name = "statistics", description = "统计 / aggregate statistics (outside the lead unit: under the disclosure policy of docs/privacy.md)")
@Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
@Limited(Limited.Kind.STATISTICS)
public class StatisticsResource {

    @Inject
    StatisticsService service;

    @Inject
    WorkforceSeries series;

    @GET
    @Path("/workforce")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR, Roles.ANALYST })
    @Operation(summary = "Workforce profile / 产业工人队伍统计",
            description = "Gender, education, wage band, age band, skill tier, industry, migrant, union and party figures of the workers "
                    + "employed on asOf (default today), computed in the database. Filters: industry, enterpriseId, inDevZone. "
                    + "The lead unit gets exact figures. Every other caller (analysts, the data platform, other departments, hr-system) gets "
                    + "the protected answer (suppressionApplied=true): asOf becomes the last month end before it (the date used is in `asOf`), "
                    + "enterpriseId is refused (403 problem of type /problems/disclosure-control, logged), a population under 10 is hidden whole, counts of 1–4 are null with "
                    + "suppressed=true and further cells are hidden so that none can be derived from totals, other cells, percents or other filters.")
    @Extension(name = "x-rate-limit", value = "statistics")
    public WorkforceStatistics workforce(
            @QueryParam("industry") @Size(max = 32) @Parameter(description = "Industry code", example = "electromechanical") String industry,
            @QueryParam("enterpriseId") @Parameter(description = "One enterprise: lead unit only") @Pattern(regexp = "^\\d{1,18}$", message = "{xianan.id.pattern}") String enterpriseId,
            @QueryParam("inDevZone") @Pattern(regexp = "^(true|false)$", message = "{xianan.boolean.pattern}") String inDevZone,
            @QueryParam("asOf") @Parameter(description = "Reference date yyyy-MM-dd; outside the lead unit the last month end on or before it (never the running month)", example = "2020-12-31") String asOf) {
        return service.workforce(new StatisticsService.Filter(industry, enterpriseId, inDevZone, asOf));
    }

    @GET
    @Path("/workforce/series")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.REGISTRY_EDITOR, Roles.ANALYST })
    @Operation(summary = "Workforce profile per month end / 产业工人队伍月度序列",
            description = "One point per month end from `from` to `to` (yyyy-MM; default: the twelve months up to the running month), the total and "
                    + "its breakdown by `by` (total, gender, education, wageBand, ageBand, skillTier, industry) with the labels of the statistics. "
                    + "Each point is the answer of GET /statistics/workforce?asOf=<month end> for the same caller, read from the month-end "
                    + "snapshot when there is one: the lead unit gets exact figures (and the running month as of today); every other caller "
                    + "the protected answer of that month end, never the running month. Ask `Accept: text/csv` for a CSV (UTF-8 with BOM). "
                    + "A bad month, from after to, before the series start, after the running month or over 120 months: 400.")
    @Extension(name = "x-rate-limit", value = "statistics")
    public Series workforceSeries(
            @QueryParam("from") @Parameter(description = "First month yyyy-MM", example = "2019-01") String from,
            @QueryParam("to") @Parameter(description = "Last month yyyy-MM", example = "2020-12") String to,
            @QueryParam("by") @Parameter(description = "Dimension: total, gender, education, wageBand, ageBand, skillTier, industry", example = "gender") String by) {
        return series.series(from, to, by);
    }
}
