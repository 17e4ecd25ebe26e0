package gov.xianan.reform.competitions.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import gov.xianan.reform.common.export.AggregateCsvWriter;
import gov.xianan.reform.common.limits.Limited;
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
}
