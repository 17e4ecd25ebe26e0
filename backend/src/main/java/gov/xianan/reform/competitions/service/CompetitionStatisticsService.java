package gov.xianan.reform.competitions.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import gov.xianan.reform.common.db.ReadDatabase;
import gov.xianan.reform.common.db.ReadDatabase.Snapshot;
import gov.xianan.reform.common.disclosure.CellSuppression;
import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.competitions.AwardGrade;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionKind;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionStatistics;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.Count;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.StatisticsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Aggregates over competitions held (published or closed), by aggregate SQL. The lead unit gets
 * exact figures; every other caller gets counts of people (participants, awards, experts, skill
 * raises) under the disclosure policy (docs/privacy.md): 1–4 hidden, a year of fewer than 10
 * participants hidden whole, complementary suppression over the kind, field and grade breakdowns
 * of every year and of all years at once. Numbers of competitions are not about people and stay.
 * <p>
 * Every query of an answer runs in one snapshot of the read datasource (a replica when
 * {@code DB_READ_URL} is set), so the linked tables that the suppression works on add up.
 */
@ApplicationScoped
public class CompetitionStatisticsService {

    static final String HELD = "c.stage in ('PUBLICATION', 'CLOSED')";

    /** Category of the competitions without a field: not published, but total minus the fields gives it. */
    static final String NO_FIELD = "(none)";

    private static final String PARTICIPANTS = "from competition_participant p join competition c on c.id = p.competition_id where p.status = 'ACCEPTED' and "
            + HELD;
    private static final String AWARDS = "from competition_award a join competition c on c.id = a.competition_id where not a.revoked and " + HELD;

    @Inject
    ReadDatabase readDatabase;

    @Inject
    DisclosureControl disclosure;

    /** A figure: a year (null for all years), a measure, a breakdown (null for the measure's total) and its category. */
    record Key(Integer year, String measure, String dimension, String category) {
    }

    public CompetitionStatistics statistics(Integer year) {
        boolean protect = disclosure.protects();
        return readDatabase.snapshot(db -> statistics(db, year, protect, null));
    }

    /**
     * The all-years answer as of a past day (null: now), exact or protected, for the month-end
     * snapshots: the competitions held that had ended by then (end date), with their participants
     * and awards as they are now.
     */
    public CompetitionStatistics statisticsAsOf(LocalDate asOf, boolean protect) {
        return readDatabase.snapshot(db -> statistics(db, null, protect, asOf));
    }

    private static CompetitionStatistics statistics(Snapshot db, Integer year, boolean protect, LocalDate asOf) {
        // as of a day: only competitions that had ended by then (a literal ISO date, never caller text)
        java.util.function.UnaryOperator<String> heldBy = sql -> asOf == null ? sql : sql.replace(HELD, HELD + " and c.end_date <= date '" + asOf + "'");
        Map<Key, Long> people = new HashMap<>();
        Map<Key, Long> competitions = new HashMap<>();
        for (String d : List.of("kind", "field")) {
            collect(db, competitions, "competitions", d, "c." + d, heldBy.apply("count(*) from competition c where " + HELD));
            collect(db, people, "participants", d, "c." + d, heldBy.apply("count(*) " + PARTICIPANTS));
            collect(db, people, "awards", d, "c." + d, heldBy.apply("count(*) " + AWARDS));
        }
        collect(db, people, "awards", "grade", "a.grade", heldBy.apply("count(*) " + AWARDS));
        collect(db, people, "workers", null, null, heldBy.apply("count(distinct p.worker_id) " + PARTICIPANTS));
        collect(db, people, "technicalExperts", null, null, heldBy.apply("count(*) " + AWARDS + " and a.technical_expert"));
        collect(db, people, "skillRaises", null, null,
                heldBy.apply("count(*) from competition_award a join competition c on c.id = a.competition_id where a.skill_raised_to <> a.skill_raised_from and " + HELD));
        Set<Key> hidden = protect ? suppress(people) : Set.of();

        Figures f = new Figures(year, people, hidden);
        List<StatisticsRow> byKind = new ArrayList<>();
        for (CompetitionKind k : CompetitionKind.values()) {
            byKind.add(new StatisticsRow(k.name(), kindLabel(k), new Count(competitions.getOrDefault(new Key(year, "competitions", "kind", k.name()), 0L), false),
                    f.count("participants", "kind", k.name()), f.count("awards", "kind", k.name())));
        }
        List<StatisticsRow> byField = new ArrayList<>();
        for (CompetitionField d : CompetitionField.values()) {
            byField.add(new StatisticsRow(d.name(), fieldLabel(d), new Count(competitions.getOrDefault(new Key(year, "competitions", "field", d.name()), 0L), false),
                    f.count("participants", "field", d.name()), f.count("awards", "field", d.name())));
        }
        List<StatisticsRow> byGrade = new ArrayList<>();
        for (AwardGrade g : AwardGrade.values()) {
            byGrade.add(new StatisticsRow(g.name(), g.label(), null, null, f.count("awards", "grade", g.name())));
        }
        long held = competitions.getOrDefault(new Key(year, "competitions", null, null), 0L);
        return new CompetitionStatistics(year, new Count(held, false), f.count("participants", null, null), f.count("workers", null, null),
                f.count("awards", null, null), f.count("technicalExperts", null, null), f.count("skillRaises", null, null), byKind, byField, byGrade,
                protect);
    }

    /** The people counts of the year asked, as the caller may see them. */
    private record Figures(Integer year, Map<Key, Long> people, Set<Key> hidden) {
        Count count(String measure, String dimension, String category) {
            Key k = new Key(year, measure, dimension, category);
            return hidden.contains(k) ? new Count(null, true) : new Count(people.getOrDefault(k, 0L), false);
        }
    }

    /**
     * Counts per year and category with every margin (grouping sets); {@code column} null for a
     * measure without breakdown. Competitions without a field count under {@link #NO_FIELD}.
     */
    private static void collect(Snapshot db, Map<Key, Long> into, String measure, String dimension, String column, String countFrom) {
        String select = column == null ? "select c.year, null, grouping(c.year), 1, " : "select c.year, " + column + ", grouping(c.year), grouping(" + column + "), ";
        String sets = column == null ? " group by grouping sets ((c.year), ())" : " group by grouping sets ((c.year, " + column + "), (" + column + "), (c.year), ())";
        for (Object[] r : db.rows(select + countFrom + sets)) {
            Integer y = ((Number) r[2]).intValue() == 1 ? null : ((Number) r[0]).intValue();
            boolean total = ((Number) r[3]).intValue() == 1;
            String category = total ? null : r[1] == null ? NO_FIELD : (String) r[1];
            into.put(new Key(y, measure, total ? null : dimension, category), ((Number) r[4]).longValue());
        }
    }

    /**
     * The hidden figures of every answer (each year and all years) as one set of linked tables:
     * per year, participants by kind and by field, awards by kind, field and grade, experts and the
     * other awards, each summing to its total; every figure summing over the years.
     */
    private static Set<Key> suppress(Map<Key, Long> people) {
        Set<Integer> years = new TreeSet<>();
        people.keySet().forEach(k -> {
            if (k.year() != null) {
                years.add(k.year());
            }
        });
        List<Integer> slices = new ArrayList<>(years);
        slices.add(null);
        Map<String, List<String>> categories = Map.of("kind", names(CompetitionKind.values(), false), "field", names(CompetitionField.values(), true),
                "grade", names(AwardGrade.values(), false));
        Map<String, List<String>> breakdowns = Map.of("participants", List.of("kind", "field"), "awards", List.of("kind", "field", "grade"),
                "workers", List.of(), "technicalExperts", List.of(), "skillRaises", List.of(), "otherAwards", List.of());
        CellSuppression<Key> sdc = new CellSuppression<>();
        List<Key> all = new ArrayList<>();
        for (Integer y : slices) {
            breakdowns.forEach((m, ds) -> {
                all.add(new Key(y, m, null, null));
                ds.forEach(d -> categories.get(d).forEach(c -> all.add(new Key(y, m, d, c))));
            });
        }
        for (Key k : all) {
            long v = "otherAwards".equals(k.measure())
                    ? people.getOrDefault(new Key(k.year(), "awards", null, null), 0L) - people.getOrDefault(new Key(k.year(), "technicalExperts", null, null), 0L)
                    : people.getOrDefault(k, 0L);
            sdc.cell(k, v);
        }
        for (Integer y : slices) {
            if (!DisclosurePolicy.answerable(sdc.value(new Key(y, "participants", null, null)))) {
                all.stream().filter(k -> Objects.equals(k.year(), y)).forEach(sdc::hide);
            }
            breakdowns.forEach((m, ds) -> ds.forEach(d -> sdc.relation(new Key(y, m, null, null),
                    categories.get(d).stream().map(c -> new Key(y, m, d, c)).toList())));
            // the awards that are not experts are the awards minus the experts
            sdc.relation(new Key(y, "awards", null, null), List.of(new Key(y, "technicalExperts", null, null), new Key(y, "otherAwards", null, null)));
        }
        for (Key k : all) {
            if (k.year() == null && !"workers".equals(k.measure())) {
                // every year's figures sum to all years' (distinct workers do not add up)
                sdc.relation(k, years.stream().map(y -> new Key(y, k.measure(), k.dimension(), k.category())).toList());
            }
        }
        return sdc.suppress(DisclosurePolicy.THRESHOLD);
    }

    private static List<String> names(Enum<?>[] values, boolean withNone) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        if (withNone) {
            names.add(NO_FIELD);
        }
        return names;
    }

    static String kindLabel(CompetitionKind k) {
        return switch (k) {
            case LABOUR_COMPETITION -> "劳动竞赛";
            case SKILL_CONTEST -> "技能大赛";
            case JOB_DRILL -> "岗位练兵";
        };
    }

    static String fieldLabel(CompetitionField f) {
        return switch (f) {
            case KEY_PROJECTS -> "重点项目";
            case EMERGING_INDUSTRIES -> "新兴产业";
            case NON_PUBLIC -> "非公企业";
            case SMALL_MICRO -> "小微企业";
            case ENERGY_SAVING -> "节能减排降耗";
        };
    }
}
