package gov.xianan.reform.registry.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import gov.xianan.reform.common.disclosure.CellSuppression;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;

/**
 * The workforce aggregate as the database gives it: one row of counts per industry and zone.
 * Every answer of the statistics endpoint is a slice of this table (an industry, a zone, both or
 * neither), so for protected callers the whole table — every slice, every breakdown, their
 * margins — is suppressed as one set of linked tables, and each answer is cut from the result:
 * no two answers, of any filters, disagree on a cell or let one be subtracted out of the others.
 */
final class WorkforceTable {

    /** Person counts as the SQL names them. */
    static final List<String> COUNTED = List.of("total", "male", "female", "college", "senior_high", "junior_high", "below_junior",
            "wage_under_2000", "wage_2000_3000", "wage_3000_5000", "wage_over_5000", "age_under_30", "age_30_40", "age_40_50", "age_over_50",
            "tier_general", "tier_junior_intermediate", "tier_senior", "migrant", "migrant_outside", "union_members", "party_members");

    /**
     * Complements the answer gives away (total minus a published count), kept as cells so that a
     * small complement is hidden like any small cell: 48 members of 50 say that 2 are not.
     */
    static final List<String> COMPLEMENTS = List.of("non_migrant", "migrant_local", "union_non_members", "party_non_members");

    /** Enterprise counts for the coverage percents; about enterprises, not persons. */
    static final List<String> ENTERPRISES = List.of("enterprises", "enterprises_with_union", "enterprises_with_party_org");

    /** Breakdowns that sum to the total. */
    private static final List<List<String>> BREAKDOWNS = List.of(List.of("male", "female"),
            List.of("college", "senior_high", "junior_high", "below_junior"),
            List.of("wage_under_2000", "wage_2000_3000", "wage_3000_5000", "wage_over_5000"),
            List.of("age_under_30", "age_30_40", "age_40_50", "age_over_50"),
            List.of("tier_general", "tier_junior_intermediate", "tier_senior"),
            List.of("non_migrant", "migrant"),
            List.of("union_members", "union_non_members"),
            List.of("party_members", "party_non_members"));

    private static final List<Boolean> ZONES = Arrays.asList(Boolean.TRUE, Boolean.FALSE);

    /** One slice: an industry (null for all) and a zone (null for both). */
    record Slice(String industry, Boolean inDevZone) {
    }

    /** A cell of the linked tables: a measure of a slice. */
    record Cell(Slice slice, String measure) {
    }

    /** One database row: an industry and zone with its counts. */
    record Group(String industry, boolean inDevZone, Map<String, Long> counts) {
    }

    private final List<Group> groups;
    private final List<String> industries;

    /** @param industries every industry code, in display order (those without workers included) */
    WorkforceTable(List<Group> groups, Collection<String> industries) {
        this.groups = List.copyOf(groups);
        Set<String> codes = new LinkedHashSet<>(industries);
        groups.forEach(g -> codes.add(g.industry()));
        this.industries = List.copyOf(codes);
    }

    List<String> industries() {
        return industries;
    }

    /** The measure summed over the slice; complements derived from their counts. */
    long value(Slice s, String measure) {
        return switch (measure) {
            case "non_migrant" -> value(s, "total") - value(s, "migrant");
            case "migrant_local" -> value(s, "migrant") - value(s, "migrant_outside");
            case "union_non_members" -> value(s, "total") - value(s, "union_members");
            case "party_non_members" -> value(s, "total") - value(s, "party_members");
            default -> groups.stream()
                    .filter(g -> (s.industry() == null || s.industry().equals(g.industry())) && (s.inDevZone() == null || s.inDevZone() == g.inDevZone()))
                    .mapToLong(g -> g.counts().getOrDefault(measure, 0L)).sum();
        };
    }

    /** Every slice a filter can ask for: each industry and all, each zone and both. */
    List<Slice> slices() {
        List<Slice> slices = new ArrayList<>();
        List<String> inds = new ArrayList<>(industries);
        inds.add(null);
        for (String i : inds) {
            for (Boolean z : Arrays.asList(Boolean.TRUE, Boolean.FALSE, null)) {
                slices.add(new Slice(i, z));
            }
        }
        return slices;
    }

    /**
     * The hidden cells for protected callers: slices under the minimum population hidden whole,
     * small cells and small complements hidden, then complementary suppression across breakdowns,
     * industries and zones until no hidden cell is derivable from any combination of answers.
     */
    Set<Cell> suppress() {
        return linkedTables().suppress(DisclosurePolicy.THRESHOLD);
    }

    /** Every cell any filter can publish, its primary suppressions and the relations between cells. */
    CellSuppression<Cell> linkedTables() {
        CellSuppression<Cell> sdc = new CellSuppression<>();
        List<String> measures = new ArrayList<>(COUNTED);
        measures.addAll(COMPLEMENTS);
        Map<Slice, Long> totals = new HashMap<>();
        for (Slice s : slices()) {
            for (String m : measures) {
                sdc.cell(new Cell(s, m), value(s, m));
            }
            totals.put(s, value(s, "total"));
        }
        for (Slice s : slices()) {
            if (!DisclosurePolicy.answerable(totals.get(s))) {
                measures.forEach(m -> sdc.hide(new Cell(s, m)));
            }
            for (List<String> breakdown : BREAKDOWNS) {
                sdc.relation(new Cell(s, "total"), breakdown.stream().map(m -> new Cell(s, m)).toList());
            }
            sdc.relation(new Cell(s, "migrant"), List.of(new Cell(s, "migrant_local"), new Cell(s, "migrant_outside")));
            for (String m : measures) {
                if (s.industry() == null) {
                    // all industries = the sum of the industries, in each zone and in both
                    sdc.relation(new Cell(s, m), industries.stream().map(i -> new Cell(new Slice(i, s.inDevZone()), m)).toList());
                }
                if (s.inDevZone() == null) {
                    // both zones = in the zone + outside it, for each industry and for all
                    sdc.relation(new Cell(s, m), ZONES.stream().map(z -> new Cell(new Slice(s.industry(), z), m)).toList());
                }
            }
        }
        return sdc;
    }
}
