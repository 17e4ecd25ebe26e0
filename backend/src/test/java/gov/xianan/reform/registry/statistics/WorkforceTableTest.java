package gov.xianan.reform.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.xianan.reform.registry.statistics.WorkforceTable.Cell;
import gov.xianan.reform.registry.statistics.WorkforceTable.Group;
import gov.xianan.reform.registry.statistics.WorkforceTable.Slice;

/** The workforce's linked tables under the disclosure policy, as plain rules. */
class WorkforceTableTest {

    private static final List<String> INDUSTRIES = List.of("electromechanical", "forestry", "building-materials", "moulds", "printing",
            "biomedicine", "electronics", "textiles", "garments", "logistics", "construction", "mining", "agriculture", "transport");

    /** A group of {@code n} workers: a third women, a tenth migrants from outside, one in five union members… */
    private static Group group(String industry, boolean zone, long n, long women) {
        Map<String, Long> c = new HashMap<>();
        WorkforceTable.COUNTED.forEach(m -> c.put(m, 0L));
        c.put("total", n);
        c.put("female", women);
        c.put("male", n - women);
        c.put("senior_high", n);
        c.put("wage_2000_3000", n - n / 2);
        c.put("wage_3000_5000", n / 2);
        c.put("age_30_40", n);
        c.put("tier_general", n);
        c.put("migrant", n);
        c.put("migrant_outside", n / 10);
        c.put("union_members", n - n / 5);
        c.put("party_members", n / 7);
        c.put("enterprises", Math.max(1, n / 20));
        return new Group(industry, zone, c);
    }

    private static WorkforceTable district(Group... special) {
        List<Group> groups = new ArrayList<>();
        Random random = new Random(7);
        for (String i : INDUSTRIES) {
            for (boolean z : new boolean[] { true, false }) {
                boolean replaced = false;
                for (Group g : special) {
                    replaced |= g.industry().equals(i) && g.inDevZone() == z;
                }
                if (!replaced) {
                    long n = 100 + random.nextInt(900);
                    groups.add(group(i, z, n, n / 3));
                }
            }
        }
        groups.addAll(List.of(special));
        return new WorkforceTable(groups, INDUSTRIES);
    }

    private static Cell cell(String industry, Boolean zone, String measure) {
        return new Cell(new Slice(industry, zone), measure);
    }

    @Test
    void aSliceUnderTheMinimumPopulationIsHiddenWholeAndCannotBeSubtractedOut() {
        WorkforceTable t = district(group("printing", true, 3, 1), group("printing", false, 40, 13));
        Set<Cell> hidden = t.suppress();
        for (String m : List.of("total", "male", "female", "migrant", "union_members", "party_members")) {
            assertThat(hidden).contains(cell("printing", true, m));
        }
        // printing (both zones) minus printing outside the zone would give the three back
        assertThat(hidden).containsAnyOf(cell("printing", null, "total"), cell("printing", false, "total"));
        // and so would the zone's total minus the other industries in the zone
        assertThat(INDUSTRIES.stream().filter(i -> !i.equals("printing")).anyMatch(i -> hidden.contains(cell(i, true, "total")))
                || hidden.contains(cell(null, true, "total"))).isTrue();
        assertThat(t.linkedTables().derivable(hidden)).isEmpty();
    }

    @Test
    void aSmallComplementIsHiddenToo() {
        // 48 of 50 union members: the 2 who are not are a small cell, and so the 48 are hidden
        Group g = group("mining", true, 50, 20);
        g.counts().put("union_members", 48L);
        Set<Cell> hidden = district(g).suppress();
        assertThat(hidden).contains(cell("mining", true, "union_non_members"), cell("mining", true, "union_members"));
    }

    @Test
    void noHiddenCellIsDerivableThroughAnyFilterAndTheAuditIsQuick() {
        WorkforceTable t = district(group("printing", true, 3, 1), group("transport", true, 12, 2), group("mining", false, 7, 0));
        long start = System.nanoTime();
        Set<Cell> hidden = t.suppress();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(t.linkedTables().derivable(hidden)).isEmpty();
        // every hidden non-zero cell is hidden with company in each of its tables
        assertThat(hidden).contains(cell("transport", true, "female"), cell("mining", false, "total"));
        assertThat(millis).as("one suppression of the whole district, kept per registry generation").isLessThan(10_000);
    }

    @Test
    void aDistrictWithoutSmallCellsHidesNothing() {
        assertThat(district().suppress()).isEmpty();
    }
}
