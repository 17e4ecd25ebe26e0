package gov.xianan.reform.subsidies.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.subsidies.FundSource;
import gov.xianan.reform.subsidies.ProgrammeKind;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.Cell;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.StatisticsResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Subsidy aggregates by SQL: per year and source from the funds (budget, committed, disbursed) with
 * the approved and paid applications counted in; per programme kind and industry from those
 * applications. Callers holding only {@code analyst} see counts of 1–4 suppressed (null), and the
 * money of such a cell too, so no small group of trainees can be singled out.
 */
@ApplicationScoped
public class SubsidyStatisticsService {

    /** Counts from 1 to this are hidden from analysts. */
    static final int SMALL_CELL = 4;

    private static final String APPS = "from subsidy_application a join subsidy_programme p on p.id = a.programme_id "
            + "join subsidy_fund f on f.id = p.fund_id join enterprise e on e.id = a.enterprise_id "
            + "where a.state in ('APPROVED', 'DISBURSED') and (cast(:year as integer) is null or f.year = cast(:year as integer))";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    private record Figures(long applications, long trainees, BigDecimal committed, BigDecimal disbursed) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatisticsResponse statistics(Integer year) {
        boolean suppress = suppressesSmallCells();
        Map<String, String> industries = new HashMap<>();
        for (Object[] r : rows("select code, name from industry", null)) {
            industries.put((String) r[0], (String) r[1]);
        }
        Map<String, Figures> total = applicationFigures("'all'", year);
        Figures all = total.getOrDefault("all", new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO));
        Map<String, BigDecimal[]> fundsTotal = fundFigures("'all'", year);
        BigDecimal[] money = fundsTotal.getOrDefault("all", zeros());
        Cell totalCell = cell("all", "合计", money[0], all, money[1], money[2], suppress);

        List<Cell> byYear = fundCells("f.year::text", year, k -> k + "年", suppress);
        List<Cell> bySource = fundCells("f.source", year, k -> FundSource.valueOf(k).label(), suppress);
        List<Cell> byProgramme = appCells("p.kind", year, k -> ProgrammeKind.valueOf(k).label(), suppress);
        List<Cell> byIndustry = appCells("e.industry_code", year, k -> industries.getOrDefault(k, k), suppress);
        return new StatisticsResponse(year, suppress, totalCell, byYear, bySource, byProgramme, byIndustry);
    }

    /** Analysts without any department role get suppressed small cells. */
    boolean suppressesSmallCells() {
        return user.hasRole(Roles.ANALYST) && !user.hasRole(Roles.STAFF) && !user.hasRole(Roles.LEAD) && !user.hasRole(Roles.ADMIN)
                && !user.hasRole(Roles.SUBSIDY_REVIEWER) && !user.hasRole(Roles.SUBSIDY_APPROVER);
    }

    private List<Cell> fundCells(String key, Integer year, Function<String, String> label, boolean suppress) {
        Map<String, BigDecimal[]> funds = fundFigures(key, year);
        Map<String, Figures> apps = applicationFigures(key, year);
        List<Cell> cells = new ArrayList<>();
        for (String k : new TreeSet<>(funds.keySet())) {
            BigDecimal[] m = funds.get(k);
            cells.add(cell(k, label.apply(k), m[0], apps.getOrDefault(k, new Figures(0, 0, BigDecimal.ZERO, BigDecimal.ZERO)), m[1], m[2],
                    suppress));
        }
        return cells;
    }

    private List<Cell> appCells(String key, Integer year, Function<String, String> label, boolean suppress) {
        List<Cell> cells = new ArrayList<>();
        applicationFigures(key, year).forEach((k, f) -> {
            boolean small = suppress && (isSmall(f.applications) || isSmall(f.trainees));
            cells.add(new Cell(k, label.apply(k), null, small ? null : f.applications, small ? null : f.trainees,
                    small ? null : f.committed, small ? null : f.disbursed, small));
        });
        return cells;
    }

    /** Year and source cells: money from the funds (public within the programme), counts suppressible. */
    private static Cell cell(String key, String label, BigDecimal budget, Figures f, BigDecimal committed, BigDecimal disbursed, boolean suppress) {
        boolean small = suppress && (isSmall(f.applications) || isSmall(f.trainees));
        return new Cell(key, label, budget, small ? null : f.applications, small ? null : f.trainees, committed, disbursed, small);
    }

    private static boolean isSmall(long count) {
        return count >= 1 && count <= SMALL_CELL;
    }

    private Map<String, BigDecimal[]> fundFigures(String key, Integer year) {
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        for (Object[] r : rows("select " + key + " as k, sum(f.budget), sum(f.committed), sum(f.disbursed) from subsidy_fund f "
                + "where (cast(:year as integer) is null or f.year = cast(:year as integer)) group by 1 order by 1", year)) {
            out.put((String) r[0], new BigDecimal[] { (BigDecimal) r[1], (BigDecimal) r[2], (BigDecimal) r[3] });
        }
        return out;
    }

    private Map<String, Figures> applicationFigures(String key, Integer year) {
        Map<String, Figures> out = new LinkedHashMap<>();
        Map<String, Long> trainees = new HashMap<>();
        for (Object[] r : rows("select " + key + " as k, count(distinct t.worker_id) from subsidy_application_trainee t "
                + "join subsidy_application a on a.id = t.application_id join subsidy_programme p on p.id = a.programme_id "
                + "join subsidy_fund f on f.id = p.fund_id join enterprise e on e.id = a.enterprise_id "
                + "where a.state in ('APPROVED', 'DISBURSED') and (cast(:year as integer) is null or f.year = cast(:year as integer)) group by 1", year)) {
            trainees.put((String) r[0], ((Number) r[1]).longValue());
        }
        for (Object[] r : rows("select " + key + " as k, count(*), coalesce(sum(case when a.state = 'APPROVED' then a.committed_amount end), 0), "
                + "coalesce(sum(a.disbursed_amount), 0) " + APPS + " group by 1 order by 1", year)) {
            String k = (String) r[0];
            out.put(k, new Figures(((Number) r[1]).longValue(), trainees.getOrDefault(k, 0L), (BigDecimal) r[2], (BigDecimal) r[3]));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Integer year) {
        var q = em.createNativeQuery(sql);
        if (sql.contains(":year")) {
            q.setParameter("year", year);
        }
        return q.getResultList();
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
    }
}
