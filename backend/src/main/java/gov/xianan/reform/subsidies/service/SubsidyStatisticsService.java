package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Objects;

import gov.xianan.reform.common.db.ReadDatabase;
import gov.xianan.reform.common.db.ReadDatabase.Snapshot;
import gov.xianan.reform.common.disclosure.CellSuppression;
import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.subsidies.FundSource;
import gov.xianan.reform.subsidies.ProgrammeKind;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.Cell;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.StatisticsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Subsidy aggregates by SQL: per year and source from the funds (budget, committed, disbursed) with
 * the approved and paid applications counted in; per programme kind and industry from those
 * applications. The lead unit gets exact figures; every other caller gets them under the
 * disclosure policy (docs/privacy.md): a group of 1–4 applications or trainees is hidden with its
 * money, a year of fewer than 10 trainees is hidden whole, and complementary suppression runs
 * over every year and the all-years answer at once, so that no hidden group is the difference of
 * a total and the visible groups (in counts or in money) in one answer or across the year filter.
 * Fund budgets are public and stay.
 * <p>
 * Every query of an answer runs in one snapshot of the read datasource (a replica when
 * {@code DB_READ_URL} is set), so the linked tables that the suppression works on add up.
 */
@ApplicationScoped
public class SubsidyStatisticsService {

    /** An application's programme, fund and enterprise; counted once approved or paid. */
    private static final String JOINS = "join subsidy_programme p on p.id = a.programme_id join subsidy_fund f on f.id = p.fund_id "
            + "join enterprise e on e.id = a.enterprise_id where a.state in ('APPROVED', 'DISBURSED')";

    /** The breakdowns: name and SQL expression. */
    private static final Map<String, String> DIMENSIONS = Map.of("source", "f.source", "programme", "p.kind", "industry", "e.industry_code");

    @Inject
    ReadDatabase readDatabase;

    @Inject
    DisclosureControl disclosure;

    private record Figures(long applications, long trainees, BigDecimal committed, BigDecimal disbursed) {
        static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private record Money(BigDecimal budget, BigDecimal committed, BigDecimal disbursed) {
        static final Money NONE = new Money(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** A group: a year (null for all years), a breakdown (null for the total) and its category. */
    record Key(Integer year, String dimension, String category) {
    }

    public StatisticsResponse statistics(Integer year) {
        boolean protect = disclosure.protects();
        return readDatabase.snapshot(db -> statistics(db, year, protect, null));
    }

    /**
     * The all-years answer as of a past day (null: now), exact or protected, for the month-end
     * snapshots. Approximated from the dated records: an application approved or paid now counts
     * from the end of its training (the day it could first be approved); its money counts as
     * disbursed from its disbursement date and as committed before; funds of the years up to then
     * count with their budgets, their committed and disbursed sums from those applications.
     */
    public StatisticsResponse statisticsAsOf(java.time.LocalDate asOf, boolean protect) {
        return readDatabase.snapshot(db -> statistics(db, null, protect, asOf));
    }

    private static StatisticsResponse statistics(Snapshot db, Integer year, boolean protect, java.time.LocalDate asOf) {
        Map<String, String> industries = new HashMap<>();
        for (Object[] r : db.rows("select code, name from industry")) {
            industries.put((String) r[0], (String) r[1]);
        }
        Map<Key, Figures> apps = applicationFigures(db, asOf);
        Map<Key, Money> funds = asOf == null ? fundFigures(db) : fundFiguresAsOf(db, asOf);
        Set<Key> hidden = protect ? suppress(apps, funds) : Set.of();
        Answer answer = new Answer(apps, funds, hidden);
        Cell total = answer.fundCell(new Key(year, null, null), "all", "合计");
        List<Cell> byYear = new TreeSet<>(years(funds.keySet())).stream().filter(y -> year == null || y.equals(year))
                .map(y -> answer.fundCell(new Key(y, null, null), y.toString(), y + "年")).toList();
        List<Cell> bySource = categories(funds.keySet(), year, "source").stream()
                .map(s -> answer.fundCell(new Key(year, "source", s), s, FundSource.valueOf(s).label())).toList();
        List<Cell> byProgramme = categories(apps.keySet(), year, "programme").stream()
                .map(s -> answer.appCell(new Key(year, "programme", s), ProgrammeKind.valueOf(s).label())).toList();
        List<Cell> byIndustry = categories(apps.keySet(), year, "industry").stream()
                .map(s -> answer.appCell(new Key(year, "industry", s), industries.getOrDefault(s, s))).toList();
        return new StatisticsResponse(year, protect, total, byYear, bySource, byProgramme, byIndustry);
    }

    /** The groups as the caller may see them: a hidden group shows its budget only. */
    private record Answer(Map<Key, Figures> apps, Map<Key, Money> funds, Set<Key> hidden) {
        /** Year, source and total groups: money from the funds. */
        Cell fundCell(Key k, String key, String label) {
            Money m = funds.getOrDefault(k, Money.NONE);
            Figures f = apps.getOrDefault(k, Figures.NONE);
            boolean h = hidden.contains(k);
            return new Cell(key, label, m.budget(), h ? null : f.applications(), h ? null : f.trainees(), h ? null : m.committed(),
                    h ? null : m.disbursed(), h);
        }

        /** Programme and industry groups: money from the applications. */
        Cell appCell(Key k, String label) {
            Figures f = apps.getOrDefault(k, Figures.NONE);
            boolean h = hidden.contains(k);
            return new Cell(k.category(), label, null, h ? null : f.applications(), h ? null : f.trainees(), h ? null : f.committed(),
                    h ? null : f.disbursed(), h);
        }
    }

    /**
     * The hidden groups of every answer (each year and all years): the year × breakdown tables with
     * their margins, linked through the year totals, suppressed as one set. A group's value is its
     * trainees; a group of 1–4 applications is hidden too (its money would be one enterprise's).
     */
    private static Set<Key> suppress(Map<Key, Figures> apps, Map<Key, Money> funds) {
        Set<Integer> years = new TreeSet<>(years(apps.keySet()));
        years.addAll(years(funds.keySet()));
        List<Integer> slices = new ArrayList<>(years);
        slices.add(null);
        Map<String, Set<String>> categories = new HashMap<>();
        for (String d : DIMENSIONS.keySet()) {
            Set<String> c = new TreeSet<>(categories(apps.keySet(), null, d));
            c.addAll(categories(funds.keySet(), null, d));
            categories.put(d, c);
        }
        CellSuppression<Key> sdc = new CellSuppression<>();
        List<Key> all = new ArrayList<>();
        for (Integer y : slices) {
            all.add(new Key(y, null, null));
            categories.forEach((d, cs) -> cs.forEach(c -> all.add(new Key(y, d, c))));
        }
        for (Key k : all) {
            Figures f = apps.getOrDefault(k, Figures.NONE);
            sdc.cell(k, f.trainees());
            if (f.applications() >= 1 && f.applications() < DisclosurePolicy.THRESHOLD) {
                sdc.hide(k);
            }
        }
        for (Integer y : slices) {
            Key total = new Key(y, null, null);
            if (!DisclosurePolicy.answerable(sdc.value(total))) {
                all.stream().filter(k -> Objects.equals(k.year(), y)).forEach(sdc::hide);
            }
            categories.forEach((d, cs) -> sdc.relation(total, cs.stream().map(c -> new Key(y, d, c)).toList()));
        }
        // every year's figures sum to the all-years figures
        for (Key k : all) {
            if (k.year() == null) {
                sdc.relation(k, years.stream().map(y -> new Key(y, k.dimension(), k.category())).toList());
            }
        }
        return sdc.suppress(DisclosurePolicy.THRESHOLD);
    }

    private static Set<Integer> years(Set<Key> keys) {
        Set<Integer> years = new LinkedHashSet<>();
        keys.forEach(k -> {
            if (k.year() != null) {
                years.add(k.year());
            }
        });
        return years;
    }

    private static List<String> categories(Set<Key> keys, Integer year, String dimension) {
        return keys.stream().filter(k -> dimension.equals(k.dimension()) && Objects.equals(k.year(), year)).map(Key::category)
                .distinct().sorted().toList();
    }

    /** Applications, distinct trainees and money per year and breakdown, with every margin (grouping sets). */
    private static Map<Key, Figures> applicationFigures(Snapshot db, java.time.LocalDate asOf) {
        // as of a day: a literal ISO date, never caller text
        String joins = asOf == null ? JOINS : JOINS + " and a.training_end <= date '" + asOf + "'";
        String apps = "from subsidy_application a " + joins;
        String committed = asOf == null ? "a.state = 'APPROVED'" : "(a.state = 'APPROVED' or a.disbursed_on > date '" + asOf + "')";
        String disbursed = asOf == null ? "a.disbursed_amount" : "case when a.disbursed_on <= date '" + asOf + "' then a.disbursed_amount end";
        Map<Key, Figures> out = new HashMap<>();
        Map<Key, Long> trainees = new HashMap<>();
        for (var d : DIMENSIONS.entrySet()) {
            String sets = " group by grouping sets ((f.year, " + d.getValue() + "), (" + d.getValue() + "), (f.year), ())";
            for (Object[] r : db.rows("select f.year, " + d.getValue() + ", grouping(f.year), grouping(" + d.getValue() + "), count(distinct t.worker_id) "
                    + "from subsidy_application_trainee t join subsidy_application a on a.id = t.application_id " + joins + sets)) {
                trainees.put(key(d.getKey(), r), ((Number) r[4]).longValue());
            }
            for (Object[] r : db.rows("select f.year, " + d.getValue() + ", grouping(f.year), grouping(" + d.getValue() + "), count(*), "
                    + "coalesce(sum(case when " + committed + " then " + (asOf == null ? "a.committed_amount" : "coalesce(a.committed_amount, a.amount)") + " end), 0), coalesce(sum(" + disbursed + "), 0) " + apps + sets)) {
                Key k = key(d.getKey(), r);
                out.put(k, new Figures(((Number) r[4]).longValue(), 0, (BigDecimal) r[5], (BigDecimal) r[6]));
            }
        }
        out.replaceAll((k, f) -> new Figures(f.applications(), trainees.getOrDefault(k, 0L), f.committed(), f.disbursed()));
        return out;
    }

    /** Fund money per year and source, with every margin. */
    private static Map<Key, Money> fundFigures(Snapshot db) {
        Map<Key, Money> out = new HashMap<>();
        for (Object[] r : db.rows("select f.year, f.source, grouping(f.year), grouping(f.source), sum(f.budget), sum(f.committed), sum(f.disbursed) "
                + "from subsidy_fund f group by grouping sets ((f.year, f.source), (f.source), (f.year), ())")) {
            if (r[4] == null) {
                continue; // no fund at all
            }
            out.put(key("source", r), new Money((BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6]));
        }
        return out;
    }

    /** Fund money as of a day: the funds of the years up to then, committed and disbursed from the applications counted then. */
    private static Map<Key, Money> fundFiguresAsOf(Snapshot db, java.time.LocalDate asOf) {
        Map<Key, Money> out = new HashMap<>();
        String d = "date '" + asOf + "'";
        for (Object[] r : db.rows("with money as (select p.fund_id, "
                + "sum(case when a.state = 'APPROVED' or a.disbursed_on > " + d + " then coalesce(a.committed_amount, a.amount) end) as committed, "
                + "sum(case when a.disbursed_on <= " + d + " then a.disbursed_amount end) as disbursed "
                + "from subsidy_application a join subsidy_programme p on p.id = a.programme_id "
                + "where a.state in ('APPROVED', 'DISBURSED') and a.training_end <= " + d + " group by p.fund_id) "
                + "select f.year, f.source, grouping(f.year), grouping(f.source), sum(f.budget), coalesce(sum(m.committed), 0), coalesce(sum(m.disbursed), 0) "
                + "from subsidy_fund f left join money m on m.fund_id = f.id where f.year <= " + asOf.getYear()
                + " group by grouping sets ((f.year, f.source), (f.source), (f.year), ())")) {
            if (r[4] == null) {
                continue;
            }
            out.put(key("source", r), new Money((BigDecimal) r[4], (BigDecimal) r[5], (BigDecimal) r[6]));
        }
        return out;
    }

    private static Key key(String dimension, Object[] r) {
        Integer year = ((Number) r[2]).intValue() == 1 ? null : ((Number) r[0]).intValue();
        boolean total = ((Number) r[3]).intValue() == 1;
        return new Key(year, total ? null : dimension, total ? null : (String) r[1]);
    }
}
