package gov.xianan.reform.common.series;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/** An aggregate whose input table is kept per month end in {@code statistics_snapshot}. */
public interface SnapshotSource {

    /** Its name in {@code statistics_snapshot.aggregate}. */
    String aggregate();

    /**
     * The table as of the month end. {@code justEnded}: the month ended just now (the job's
     * regular run), so the records as they are now are the month end's; otherwise (back-fill) it
     * is recomputed from the dated records.
     */
    JsonNode table(LocalDate monthEnd, boolean justEnded);
}
