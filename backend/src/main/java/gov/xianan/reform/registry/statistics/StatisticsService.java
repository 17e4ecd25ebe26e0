package gov.xianan.reform.registry.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.error.Violations;
import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
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
 * The workforce profile by aggregate SQL in the database (one pass, never rows in Java). Analysts
 * without a department role see counts of 1–4 suppressed, so no small group can be singled out.
 */
@ApplicationScoped
public class StatisticsService {

    /** Counts from 1 to this are hidden from analysts. */
    static final int SMALL_CELL = 4;

    /** Distinct filter combinations whose answers are kept (an LRU; each entry is one row). */
    private static final int CACHE_ENTRIES = 256;

    private static final String SQL = load("/sql/workforce-statistics.sql");

    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    Industries industries;

    @Inject
    ObjectMapper json;

    /** Filters as the caller sent them (strings); wrong values become field errors. */
    public record Filter(String industry, String enterpriseId, String inDevZone, String asOf) {
    }

    public WorkforceStatistics workforce(Filter f) {
        Violations v = new Violations();
        LocalDate asOf = LocalDate.now(ClockProducer.ZONE);
        if (f.asOf() != null && !f.asOf().isBlank()) {
            try {
                asOf = LocalDate.parse(f.asOf().strip());
            } catch (DateTimeParseException e) {
                v.add("asOf", "日期格式应为 yyyy-MM-dd");
            }
        }
        Map<String, String> industryNames = industries.names();
        if (f.industry() != null && !f.industry().isBlank() && !industryNames.containsKey(f.industry())) {
            v.add("industry", "未知行业: " + f.industry());
        }
        v.throwIfAny();

        StringBuilder filters = new StringBuilder();
        List<Object> filterParams = new ArrayList<>();
        if (f.industry() != null && !f.industry().isBlank()) {
            filters.append(" and e.industry_code = ?");
            filterParams.add(f.industry());
        }
        if (f.enterpriseId() != null) {
            filters.append(" and e.id = ?");
            filterParams.add(Long.parseLong(f.enterpriseId()));
        }
        if (f.inDevZone() != null) {
            filters.append(" and e.in_dev_zone = ?");
            filterParams.add(Boolean.parseBoolean(f.inDevZone()));
        }
        LocalDate b30 = asOf.minusYears(30);
        LocalDate b40 = asOf.minusYears(40);
        LocalDate b50 = asOf.minusYears(50);
        List<Object> params = new ArrayList<>(List.of(b30, b30, b40, b40, b50, b50, asOf, asOf));
        params.addAll(filterParams);

        String sql = SQL.replace("/*filters*/", filters);
        try (Connection c = dataSource.getConnection()) {
            Query query = new Query(sql, params);
            Map<String, Object> row = cache.get(RegistryGeneration.current(c), query, () -> {
                try {
                    return query(c, sql, params);
                } catch (SQLException e) {
                    throw new IllegalStateException("workforce statistics failed", e);
                }
            });
            return toStatistics(new Row(row), asOf, industryNames);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("workforce statistics failed", e);
        }
    }

    private static Map<String, Object> query(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Map<String, Object> row = new HashMap<>();
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                return Collections.unmodifiableMap(row);
            }
        }
    }

    /** One aggregate row as read from the database, before suppression (which depends on the caller). */
    private record Row(Map<String, Object> values) {
        long getLong(String column) {
            Object v = values.get(column);
            return v == null ? 0 : ((Number) v).longValue();
        }

        String getString(String column) {
            Object v = values.get(column);
            return v == null ? null : v.toString();
        }
    }

    /** A filter and reference date: the SQL with its parameters. */
    private record Query(String sql, List<Object> params) {
    }

    /**
     * Answers of the aggregate per filter, kept until the registry changes: the dashboard is read
     * far more often than the registry is written, and a million-worker pass costs about a second.
     */
    private final RegistryGeneration.Cache<Query, Map<String, Object>> cache = new RegistryGeneration.Cache<>(CACHE_ENTRIES);

    private WorkforceStatistics toStatistics(Row rs, LocalDate asOf, Map<String, String> industryNames) throws IOException {
        boolean suppress = suppressesSmallCells();
        long total = rs.getLong("total");
        Cells cells = new Cells(total, suppress);
        List<Share> gender = List.of(cells.share("MALE", "男", rs.getLong("male")), cells.share("FEMALE", "女", rs.getLong("female")));
        List<Share> education = List.of(cells.share("COLLEGE_OR_ABOVE", "大专以上", rs.getLong("college")),
                cells.share("SENIOR_HIGH", "高中及中专", rs.getLong("senior_high")),
                cells.share("JUNIOR_HIGH", "初中", rs.getLong("junior_high")),
                cells.share("BELOW_JUNIOR_HIGH", "初中以下", rs.getLong("below_junior")));
        List<Share> wage = List.of(cells.share(WageBand.UNDER_2000.name(), WageBand.UNDER_2000.label, rs.getLong("wage_under_2000")),
                cells.share(WageBand.FROM_2000_TO_3000.name(), WageBand.FROM_2000_TO_3000.label, rs.getLong("wage_2000_3000")),
                cells.share(WageBand.FROM_3000_TO_5000.name(), WageBand.FROM_3000_TO_5000.label, rs.getLong("wage_3000_5000")),
                cells.share(WageBand.OVER_5000.name(), WageBand.OVER_5000.label, rs.getLong("wage_over_5000")));
        List<Share> age = List.of(cells.share(AgeBand.UNDER_30.name(), AgeBand.UNDER_30.label, rs.getLong("age_under_30")),
                cells.share(AgeBand.FROM_30_TO_40.name(), AgeBand.FROM_30_TO_40.label, rs.getLong("age_30_40")),
                cells.share(AgeBand.FROM_40_TO_50.name(), AgeBand.FROM_40_TO_50.label, rs.getLong("age_40_50")),
                cells.share(AgeBand.OVER_50.name(), AgeBand.OVER_50.label, rs.getLong("age_over_50")));
        List<Share> tiers = List.of(cells.share("GENERAL", "普工", rs.getLong("tier_general")),
                cells.share("JUNIOR_INTERMEDIATE", "初中级技工", rs.getLong("tier_junior_intermediate")),
                cells.share("SENIOR_TECHNICIAN", "高级技工和技师", rs.getLong("tier_senior")));
        Map<String, Long> byIndustry = json.readValue(rs.getString("by_industry"), new TypeReference<Map<String, Long>>() {
        });
        List<Share> industry = new ArrayList<>();
        industryNames.forEach((code, name) -> industry.add(cells.share(code, name, byIndustry.getOrDefault(code, 0L))));

        long migrants = rs.getLong("migrant");
        long outside = rs.getLong("migrant_outside");
        boolean migrantHidden = cells.hidden(migrants) || cells.hidden(outside);
        Migrant migrant = new Migrant(cells.count(migrants), cells.percent(migrants), cells.count(outside),
                cells.hidden(outside) || cells.hidden(migrants) ? null : percent(outside, migrants), migrantHidden);
        long enterprises = rs.getLong("enterprises");
        Union union = new Union(percent(rs.getLong("enterprises_with_union"), enterprises), percent(rs.getLong("union_members"), total));
        long partyMembers = rs.getLong("party_members");
        Party party = new Party(percent(rs.getLong("enterprises_with_party_org"), enterprises), cells.count(partyMembers), cells.hidden(partyMembers));
        return new WorkforceStatistics(cells.count(total), asOf, suppress, gender, education, wage, age, tiers, industry, migrant, union, party);
    }

    /** Analysts without any department role get suppressed small cells. */
    boolean suppressesSmallCells() {
        return user.hasRole(Roles.ANALYST) && !user.hasRole(Roles.STAFF) && !user.hasRole(Roles.LEAD) && !user.hasRole(Roles.REGISTRY_EDITOR);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Counts and percents of one answer, hiding small cells when asked to. */
    private record Cells(long total, boolean suppress) {
        boolean hidden(long count) {
            return suppress && count >= 1 && count <= SMALL_CELL;
        }

        Long count(long count) {
            return hidden(count) ? null : count;
        }

        BigDecimal percent(long count) {
            return hidden(count) || hidden(total) ? null : StatisticsService.percent(count, total);
        }

        Share share(String key, String label, long count) {
            return new Share(key, label, count(count), percent(count), hidden(count));
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
