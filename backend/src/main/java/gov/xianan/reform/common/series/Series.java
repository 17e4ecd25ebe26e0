package gov.xianan.reform.common.series;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monthly series of one aggregate broken down by one dimension: one point per month end. */
@Schema(name = "StatisticsSeries", description = "月度序列 / monthly series of an aggregate, one point per month end; "
        + "outside the lead unit under the disclosure policy (hidden values are null and suppressed=true)")
public record Series(
        @Schema(description = "Aggregate", examples = "workforce") String aggregate,
        @Schema(description = "Dimension the values break the total down by", examples = "gender") String by,
        @Schema(description = "What is counted", examples = "workers employed on the month end") String measure,
        @Schema(description = "First month, yyyy-MM", examples = "2019-01") String from,
        @Schema(description = "Last month, yyyy-MM (outside the lead unit never the running month)", examples = "2026-11") String to,
        @Schema(description = "True when the disclosure policy was applied (every caller outside the lead unit)") boolean suppressionApplied,
        List<Point> points) {

    @Schema(name = "StatisticsSeriesPoint", description = "The aggregate as of one month end (for the lead unit, the running month as of today)")
    public record Point(
            @Schema(description = "Month, yyyy-MM", examples = "2020-12") String month,
            @Schema(description = "Reference date of the figures: the month end, or today for the running month (lead unit only)", examples = "2020-12-31") LocalDate asOf,
            @Schema(description = "Total; null when hidden", examples = "22165") @Nullable Long total,
            @Schema(description = "True when the total is hidden") boolean totalSuppressed,
            List<Value> values) {
    }

    @Schema(name = "StatisticsSeriesValue", description = "One category of the dimension on one month end")
    public record Value(
            @Schema(examples = "FEMALE") String key,
            @Schema(description = "Label from the same lookups the statistics use", examples = "女") String label,
            @Schema(description = "null when hidden", examples = "8423") @Nullable Long value,
            @Schema(description = "Percent of the point's total, one decimal; null when either is hidden", examples = "38.0") @Nullable BigDecimal percent,
            boolean suppressed) {
    }
}
