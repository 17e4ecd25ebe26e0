package gov.xianan.reform.common.series;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/** An aggregate whose input table is kept per month end in {@code statistics_snapshot}. */
public interface SnapshotSource {

    /** Its name in {@code statistics_snapshot.aggregate}. */
    String aggregate();

    /** The input table as of the month end, computed from the records as they are now. */
    JsonNode table(LocalDate monthEnd);
}
