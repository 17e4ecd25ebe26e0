package gov.xianan.reform.competitions.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.export.AggregateCsvWriter;
import gov.xianan.reform.common.limits.Limited;
import gov.xianan.reform.common.series.Series;
import gov.xianan.reform.competitions.service.CompetitionSeries;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionStatistics;
import gov.xianan.reform.competitions.service.CompetitionStatisticsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Aggregates over competitions; the only competitions data analysts get. */
@Path("/api/v1/statistics")
@Tag(name = "competitions", description = "劳动竞赛与技能竞赛 / labour competitions and skill contests")
@Produces({ MediaType.APPLICATION_JSON, AggregateCsvWriter.TEXT_CSV })
@Limited(Limited.Kind.STATISTICS)
public class CompetitionStatisticsResource {

    @Inject
    CompetitionStatisticsService statistics;

    @GET
    @Path("/competitions")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER, Roles.ANALYST })
    @Operation(summary = "Competition statistics / 竞赛统计", description = "Competitions held (published or closed), participants, awards, skill raises; "
            + "by kind, field and grade. The lead unit gets exact figures; for every other caller counts of people of 1–4 are null and "
            + "`suppressed`, a year of fewer than 10 participants is hidden whole, and further counts so that none can be derived. "
            + "`Accept: text/csv` gives the same answer as CSV (UTF-8 with BOM, audited as an export).")
    @Extension(name = "x-rate-limit", value = "statistics")
    public CompetitionStatistics statistics(@QueryParam("year") @Pattern(regexp = "^\\d{4}$", message = "{xianan.year.pattern}") String year) {
        return statistics.statistics(year == null ? null : Integer.valueOf(year));
    }

    @Inject
    CompetitionSeries series;

    @GET
    @Path("/competitions/series")
    @RolesAllowed({ Roles.STAFF, Roles.LEAD, Roles.COMPETITION_ORGANIZER, Roles.ANALYST })
    @Operation(summary = "Competition statistics per month end / 竞赛统计月度序列", description = "One point per month end from `from` to `to` (yyyy-MM; default: the twelve months up to the running month): the all-years answer "
                    + "of that month end cut to one breakdown `by` (total, kind, field (participants), grade (awards)), with the same labels. Each point is the month end's snapshot "
                    + "(exact for the lead unit, the protected answer for every other caller, computed by the same suppression as the current figures); "
                    + "the lead unit also gets the running month as of today (= the current figures), other callers never. "
                    + "`Accept: text/csv` gives a CSV (UTF-8 with BOM). A bad month or range: 400.")
    @Extension(name = "x-rate-limit", value = "statistics")
    public Series competitionSeries(
            @QueryParam("from") @Parameter(description = "First month yyyy-MM", example = "2019-01") String from,
            @QueryParam("to") @Parameter(description = "Last month yyyy-MM", example = "2020-12") String to,
            @QueryParam("by") @Parameter(description = "Dimension: total, kind, field (participants), grade (awards)", example = "kind") String by) {
        return series.series(from, to, by);
    }
}
