package gov.xianan.reform.registry.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.xianan.reform.common.db.ReadDatabase;
import gov.xianan.reform.common.series.StatisticsSnapshots;
import gov.xianan.reform.common.disclosure.DisclosureControl;
import gov.xianan.reform.common.disclosure.DisclosurePolicy;
import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.time.ClockProducer;
import gov.xianan.reform.registry.Bands.AgeBand;
import gov.xianan.reform.registry.Bands.WageBand;
import gov.xianan.reform.registry.service.Industries;
import gov.xianan.reform.registry.service.RegistryGeneration;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Migrant;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Party;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Share;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Union;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The workforce profile by aggregate SQL in the database (one pass, never rows in Java), per
 * industry and zone. The lead unit gets exact figures for any filter; every other caller gets the
 * answer under the disclosure policy (docs/privacy.md): month-end reference dates only, no
 * single-enterprise filter, slices under the minimum population hidden whole, small cells hidden
 * with complementary suppression over every slice a filter can ask for.
 */
@ApplicationScoped
public class StatisticsService {

    /** Distinct filter combinations whose answers are kept (an LRU; each entry is one small table). */
    private static final int CACHE_ENTRIES = 256;

    static final String SQL = load("/sql/workforce-statistics.sql");

    /**
     * The same answer from the maintained per-enterprise rows (migration V14_2), valid when the
     * summary's reference date is the one asked for: a sum over ~13,500 rows instead of a pass over
     * every worker. Only the first step differs; filters and sums are the file's own.
     */
    static final String MAINTAINED_SQL = "with per_enterprise as (select * from workforce_summary),\n"
            + SQL.substring(SQL.indexOf("counted as ("));

    /** The reference date the maintained summary holds (null while it is being rebuilt). */
    private static final String SUMMARY_AS_OF = "select as_of from workforce_summary_state where id = 1";

    /** The aggregate runs on the read datasource (a replica when DB_READ_URL is set). */
    @Inject
    ReadDatabase readDatabase;

    @Inject
    DisclosureControl disclosure;

    @Inject
    Industries industries;

    /** Filters as the caller sent them (strings); wrong values become field errors. */
    public record Filter(String industry, String enterpriseId, String inDevZone, String asOf) {
    }

    public WorkforceStatistics workforce(Filter f) {
        Violations v = new Violations();
        LocalDate today = LocalDate.now(ClockProducer.ZONE);
        LocalDate requested = null;
        if (f.asOf() != null && !f.asOf().isBlank()) {
            try {
                requested = LocalDate.parse(f.asOf().strip());
            } catch (DateTimeParseException e) {
                v.add("asOf", "日期格式应为 yyyy-MM-dd");
            }
        }
        Map<String, String> industryNames = industries.names();
        String industry = f.industry() == null || f.industry().isBlank() ? null : f.industry();
        if (industry != null && !industryNames.containsKey(industry)) {
            v.add("industry", "未知行业: " + industry);
        }
        v.throwIfAny();

        boolean protect = disclosure.protects();
        if (protect && f.enterpriseId() != null) {
            throw disclosure.refuseFilter("workforce", "enterpriseId", f.enterpriseId(),
                    "为保护个人信息,统计查询不能按单个企业筛选(单个企业的人数过少,前后两次查询相减即可推出个人信息);请按行业或开发区筛选。");
        }
        LocalDate asOf = protect ? DisclosurePolicy.referenceDate(requested, today) : requested == null ? today : requested;
        Long enterpriseId = f.enterpriseId() == null ? null : Long.valueOf(f.enterpriseId());
        Boolean inDevZone = f.inDevZone() == null ? null : Boolean.valueOf(f.inDevZone());
        return compute(asOf, enterpriseId, new WorkforceTable.Slice(industry, inDevZone), industryNames, protect);
    }

    /**
     * The whole district's answer for a reference date, as the caller of this request may see it:
     * one point of the monthly series. For a protected caller the date must be a month end (the
     * series only asks for those); it is the same answer as {@code GET /statistics/workforce?asOf=}.
     */
    public WorkforceStatistics at(LocalDate asOf) {
        return compute(asOf, null, new WorkforceTable.Slice(null, null), industries.names(), disclosure.protects());
    }

    /**
     * The input table of a month end as the registry gives it now (industry x zone rows of counts),
     * for the month-end snapshot.
     */
    public JsonNode monthEndTable(LocalDate monthEnd) {
        List<WorkforceTable.Group> groups = readDatabase.snapshot(db -> {
            try {
                return groups(db.connection(), new Query(monthEnd, null));
            } catch (SQLException e) {
                throw new IllegalStateException("workforce statistics failed", e);
            }
        });
        return toJson(groups);
    }

    private WorkforceStatistics compute(LocalDate asOf, Long enterpriseId, WorkforceTable.Slice slice, Map<String, String> industryNames, boolean protect) {
        // The generation is read in the same snapshot as the aggregate, on the same server: on a
        // replica behind the primary both are equally behind, so an answer is never kept under a
        // generation newer than its data (it is recomputed once the replica has replayed the write).
        return readDatabase.snapshot(db -> {
            Connection c = db.connection();
            if (protect && enterpriseId == null) {
                // a month end with a snapshot is answered from it (the release of that month, frozen):
                // the current figures, the series and their CSV all cut from one table
                var frozen = snapshots.find(c, AGGREGATE, asOf);
                if (frozen.isPresent()) {
                    WorkforceTable table = new WorkforceTable(fromJson(frozen.get()), industryNames.keySet());
                    Set<WorkforceTable.Cell> hidden = frozenSuppressions.get(FROZEN, asOf, table::suppress);
                    return answer(table, slice, asOf, industryNames, true, m -> !hidden.contains(m));
                }
            }
            long generation;
            try {
                generation = RegistryGeneration.current(c);
            } catch (SQLException e) {
                throw new IllegalStateException("workforce statistics failed", e);
            }
            Query query = new Query(asOf, enterpriseId);
            List<WorkforceTable.Group> groups = cache.get(generation, query, () -> {
                try {
                    return groups(c, query);
                } catch (SQLException e) {
                    throw new IllegalStateException("workforce statistics failed", e);
                }
            });
            WorkforceTable table = new WorkforceTable(groups, industryNames.keySet());
            if (!protect) {
                return answer(table, slice, asOf, industryNames, false, m -> true);
            }
            Set<WorkforceTable.Cell> hidden = suppressions.get(generation, asOf, table::suppress);
            return answer(table, slice, asOf, industryNames, true, m -> !hidden.contains(m));
        });
    }

    /** The snapshot's name in {@code statistics_snapshot}. */
    public static final String AGGREGATE = "workforce";

    /** The "generation" of frozen tables: a snapshot never changes. */
    private static final long FROZEN = -1L;

    /** The hidden cells of the month-end snapshots, per month end. */
    private final RegistryGeneration.Cache<LocalDate, Set<WorkforceTable.Cell>> frozenSuppressions = new RegistryGeneration.Cache<>(CACHE_ENTRIES);

    @Inject
    StatisticsSnapshots snapshots;

    @Inject
    ObjectMapper json;

    private JsonNode toJson(List<WorkforceTable.Group> groups) {
        ArrayNode out = json.createArrayNode();
        for (WorkforceTable.Group g : groups) {
            ObjectNode row = out.addObject();
            row.put("industry", g.industry());
            row.put("inDevZone", g.inDevZone());
            ObjectNode counts = row.putObject("counts");
            new java.util.TreeMap<>(g.counts()).forEach(counts::put);
        }
        return out;
    }

    private static List<WorkforceTable.Group> fromJson(JsonNode rows) {
        List<WorkforceTable.Group> groups = new ArrayList<>();
        for (JsonNode row : rows) {
            Map<String, Long> counts = new HashMap<>();
            row.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
            groups.add(new WorkforceTable.Group(row.get("industry").asText(), row.get("inDevZone").asBoolean(), Map.copyOf(counts)));
        }
        return List.copyOf(groups);
    }

    /** Parameters of the full pass before the filters' (age bounds, the party-joining date and the reference date). */
    private static final int FULL_PASS_PARAMS = 9;

    private static List<WorkforceTable.Group> groups(Connection c, Query q) throws SQLException {
        LocalDate summarised = null;
        try (PreparedStatement ps = c.prepareStatement(SUMMARY_AS_OF); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                summarised = rs.getObject(1, LocalDate.class);
            }
        }
        boolean maintained = q.asOf().equals(summarised);
        List<Object> params = maintained ? q.params().subList(FULL_PASS_PARAMS, q.params().size()) : q.params();
        try (PreparedStatement ps = c.prepareStatement(maintained ? MAINTAINED_SQL.replace("/*filters*/", q.filters()) : q.sql())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<WorkforceTable.Group> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Long> counts = new HashMap<>();
                    for (String m : WorkforceTable.COUNTED) {
                        counts.put(m, rs.getLong(m));
                    }
                    for (String m : WorkforceTable.ENTERPRISES) {
                        counts.put(m, rs.getLong(m));
                    }
                    groups.add(new WorkforceTable.Group(rs.getString("industry_code"), rs.getBoolean("in_dev_zone"), Map.copyOf(counts)));
                }
            }
            return List.copyOf(groups);
        }
    }

    /** A reference date and enterprise filter: the SQL with its parameters. */
    /**
     * What an answer is computed for, and the cache's key: only the reference date and the enterprise
     * filter, so that a cached answer costs no SQL text (a key holding the SQL built and hashed a 4 kB
     * string on every request; issue 13).
     */
    private record Query(LocalDate asOf, Long enterpriseId) {

        String filters() {
            return enterpriseId == null ? "" : " and e.id = ?";
        }

        String sql() {
            return SQL.replace("/*filters*/", filters());
        }

        List<Object> params() {
            LocalDate b30 = asOf.minusYears(30);
            LocalDate b40 = asOf.minusYears(40);
            LocalDate b50 = asOf.minusYears(50);
            List<Object> params = new ArrayList<>(List.of(b30, b30, b40, b40, b50, b50, asOf, asOf, asOf));
            if (enterpriseId != null) {
                params.add(enterpriseId);
            }
            return params;
        }
    }

    /**
     * Answers of the aggregate per date and enterprise filter, kept until the registry changes: the
     * dashboard is read far more often than the registry is written, and a million-worker pass
     * costs about a second. Industry and zone filters are cut from the same answer.
     */
    private final RegistryGeneration.Cache<Query, List<WorkforceTable.Group>> cache = new RegistryGeneration.Cache<>(CACHE_ENTRIES);

    /** The hidden cells of protected answers per reference date, kept like the answers. */
    private final RegistryGeneration.Cache<LocalDate, Set<WorkforceTable.Cell>> suppressions = new RegistryGeneration.Cache<>(CACHE_ENTRIES);

    /** The slice's answer; {@code visible} says which cells may be shown (all of them for exact figures). */
    private static WorkforceStatistics answer(WorkforceTable table, WorkforceTable.Slice slice, LocalDate asOf, Map<String, String> industryNames,
            boolean protect, Predicate<WorkforceTable.Cell> visible) {
        View v = new View(table, slice, visible);
        List<Share> gender = List.of(v.share("MALE", "男", "male"), v.share("FEMALE", "女", "female"));
        List<Share> education = List.of(v.share("COLLEGE_OR_ABOVE", "大专以上", "college"), v.share("SENIOR_HIGH", "高中及中专", "senior_high"),
                v.share("JUNIOR_HIGH", "初中", "junior_high"), v.share("BELOW_JUNIOR_HIGH", "初中以下", "below_junior"));
        List<Share> wage = List.of(v.share(WageBand.UNDER_2000, "wage_under_2000"), v.share(WageBand.FROM_2000_TO_3000, "wage_2000_3000"),
                v.share(WageBand.FROM_3000_TO_5000, "wage_3000_5000"), v.share(WageBand.OVER_5000, "wage_over_5000"));
        List<Share> age = List.of(v.share(AgeBand.UNDER_30, "age_under_30"), v.share(AgeBand.FROM_30_TO_40, "age_30_40"),
                v.share(AgeBand.FROM_40_TO_50, "age_40_50"), v.share(AgeBand.OVER_50, "age_over_50"));
        List<Share> tiers = List.of(v.share("GENERAL", "普工", "tier_general"), v.share("JUNIOR_INTERMEDIATE", "初中级技工", "tier_junior_intermediate"),
                v.share("SENIOR_TECHNICIAN", "高级技工和技师", "tier_senior"));
        Long total = v.count("total");
        List<Share> industry = new ArrayList<>();
        industryNames.forEach((code, name) -> {
            if (slice.industry() != null && !slice.industry().equals(code)) {
                // filtered out: nobody of this industry is in the answer
                industry.add(new Share(code, name, 0L, DisclosurePolicy.percent(0L, total), false));
                return;
            }
            Long n = new View(table, new WorkforceTable.Slice(code, slice.inDevZone()), visible).count("total");
            industry.add(new Share(code, name, n, DisclosurePolicy.percent(n, total), n == null));
        });

        Long migrants = v.count("migrant");
        Long outside = v.count("migrant_outside");
        Migrant migrant = new Migrant(migrants, DisclosurePolicy.percent(migrants, total), outside, DisclosurePolicy.percent(outside, migrants),
                migrants == null || outside == null);
        // coverage of enterprises: shown with the slice, over enough enterprises not to single one out
        long enterprises = table.value(slice, "enterprises");
        boolean coverage = total != null && (!protect || enterprises >= DisclosurePolicy.THRESHOLD);
        Union union = new Union(coverage ? DisclosurePolicy.percent(table.value(slice, "enterprises_with_union"), enterprises) : null,
                DisclosurePolicy.percent(v.count("union_members"), total));
        Long partyMembers = v.count("party_members");
        Party party = new Party(coverage ? DisclosurePolicy.percent(table.value(slice, "enterprises_with_party_org"), enterprises) : null,
                partyMembers, partyMembers == null);
        return new WorkforceStatistics(total, asOf, protect, gender, education, wage, age, tiers, industry, migrant, union, party);
    }

    /** The cells of one slice as the caller may see them: a count, or null when hidden. */
    private record View(WorkforceTable table, WorkforceTable.Slice slice, Predicate<WorkforceTable.Cell> visible) {
        Long count(String measure) {
            return visible.test(new WorkforceTable.Cell(slice, measure)) ? table.value(slice, measure) : null;
        }

        Share share(String key, String label, String measure) {
            Long n = count(measure);
            return new Share(key, label, n, DisclosurePolicy.percent(n, count("total")), n == null);
        }

        Share share(WageBand band, String measure) {
            return share(band.name(), band.label, measure);
        }

        Share share(AgeBand band, String measure) {
            return share(band.name(), band.label, measure);
        }
    }

    private static String load(String resource) {
        try (InputStream in = StatisticsService.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
