package gov.xianan.reform.registry.statistics;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

import gov.xianan.reform.common.series.SnapshotSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The workforce table of a month end: the industry x zone counts of the workers employed on that
 * day. Exact for who was employed where (employment start and end dates); a worker's attributes
 * (wage, skill level, union and party membership, education) are the registry's current values,
 * and age is taken on the month end from the birth date.
 */
@ApplicationScoped
public class WorkforceSnapshotSource implements SnapshotSource {

    @Inject
    StatisticsService statistics;

    @Override
    public String aggregate() {
        return StatisticsService.AGGREGATE;
    }

    @Override
    public JsonNode table(LocalDate monthEnd, boolean justEnded) {
        return statistics.monthEndTable(monthEnd);
    }
}
