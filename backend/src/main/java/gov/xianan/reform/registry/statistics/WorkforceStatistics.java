package gov.xianan.reform.registry.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.annotation.Nullable;

/** The district review's workforce profile, computed from the registry. */
@Schema(name = "WorkforceStatistics", description = "产业工人队伍统计 / workforce profile; outside the lead unit under the disclosure policy (hidden counts are null)")
public record WorkforceStatistics(
        @Schema(description = "Workers employed on asOf (null when suppressed)", examples = "22165") @Nullable Long total,
        @Schema(description = "Reference date used: employment and age are taken on this day (a month end for protected callers)") LocalDate asOf,
        @Schema(description = "True when the disclosure policy was applied to this answer (every caller outside the lead unit)") boolean suppressionApplied,
        List<Share> gender,
        List<Share> education,
        List<Share> wageBand,
        List<Share> ageBand,
        List<Share> skillTier,
        List<Share> industry,
        Migrant migrant,
        Union union,
        Party party) {

    @Schema(name = "StatisticsShare", description = "One category: count and percent of the total (one decimal); both null when hidden")
    public record Share(
            @Schema(examples = "MALE") String key,
            @Schema(examples = "男") String label,
            @Schema(description = "null when suppressed", examples = "13742") @Nullable Long count,
            @Schema(description = "Percent of total, one decimal; null when suppressed", examples = "62.0") @Nullable BigDecimal percent,
            boolean suppressed) {
    }

    @Schema(name = "StatisticsMigrant", description = "农民工 (agricultural hukou) and the share from outside the district among them")
    public record Migrant(@Nullable Long count, @Nullable BigDecimal percent, @Nullable Long outsideCount, @Nullable BigDecimal outsidePercentOfMigrants, boolean suppressed) {
    }

    @Schema(name = "StatisticsUnion", description = "Union coverage of enterprises employing counted workers, and membership of workers")
    public record Union(@Nullable BigDecimal enterpriseCoveragePercent, @Nullable BigDecimal membershipPercent) {
    }

    @Schema(name = "StatisticsParty", description = "Party organisation coverage of enterprises, and party members among workers")
    public record Party(@Nullable BigDecimal orgCoveragePercent, @Nullable Long members, boolean suppressed) {
    }
}
