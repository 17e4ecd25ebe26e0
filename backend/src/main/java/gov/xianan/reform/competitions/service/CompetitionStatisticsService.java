package gov.xianan.reform.competitions.service;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.security.CurrentUser;
import gov.xianan.reform.common.security.Roles;
import gov.xianan.reform.competitions.AwardGrade;
import gov.xianan.reform.competitions.CompetitionField;
import gov.xianan.reform.competitions.CompetitionKind;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionStatistics;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.Count;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.StatisticsRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Aggregates over competitions held (published or closed), by aggregate SQL. Counts of people
 * (participants, awards, skill raises) of 1–4 are suppressed for analysts; numbers of competitions
 * are not about people and stay.
 */
@ApplicationScoped
public class CompetitionStatisticsService {

    static final String HELD = "c.stage in ('PUBLICATION', 'CLOSED') and (cast(:year as integer) is null or c.year = cast(:year as integer))";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetitionStatistics statistics(Integer year) {
        boolean suppress = user.hasRole(Roles.ANALYST) && !user.hasRole(Roles.STAFF) && !user.hasRole(Roles.LEAD);
        Object[] totals = (Object[]) em.createNativeQuery("select count(distinct c.id), "
                + "(select count(*) from competition_participant p join competition c on c.id = p.competition_id where p.status = 'ACCEPTED' and " + HELD + "), "
                + "(select count(distinct p.worker_id) from competition_participant p join competition c on c.id = p.competition_id where p.status = 'ACCEPTED' and " + HELD + "), "
                + "(select count(*) from competition_award a join competition c on c.id = a.competition_id where not a.revoked and " + HELD + "), "
                + "(select count(*) from competition_award a join competition c on c.id = a.competition_id where not a.revoked and a.technical_expert and " + HELD + "), "
                + "(select count(*) from competition_award a join competition c on c.id = a.competition_id where a.skill_raised_to <> a.skill_raised_from and " + HELD + ") "
                + "from competition c where " + HELD)
                .setParameter("year", year).getSingleResult();
        List<StatisticsRow> byKind = new ArrayList<>();
        for (CompetitionKind k : CompetitionKind.values()) {
            byKind.add(row("kind", k.name(), kindLabel(k), year, suppress));
        }
        List<StatisticsRow> byField = new ArrayList<>();
        for (CompetitionField f : CompetitionField.values()) {
            byField.add(row("field", f.name(), fieldLabel(f), year, suppress));
        }
        List<StatisticsRow> byGrade = new ArrayList<>();
        for (AwardGrade g : AwardGrade.values()) {
            Number n = (Number) em.createNativeQuery("select count(*) from competition_award a join competition c on c.id = a.competition_id "
                    + "where not a.revoked and a.grade = :g and " + HELD).setParameter("g", g.name()).setParameter("year", year).getSingleResult();
            byGrade.add(new StatisticsRow(g.name(), g.label(), null, null, count(n, suppress)));
        }
        return new CompetitionStatistics(year, new Count(((Number) totals[0]).longValue(), false), count((Number) totals[1], suppress),
                count((Number) totals[2], suppress), count((Number) totals[3], suppress), count((Number) totals[4], suppress),
                count((Number) totals[5], suppress), byKind, byField, byGrade, suppress);
    }

    private StatisticsRow row(String column, String value, String label, Integer year, boolean suppress) {
        Object[] r = (Object[]) em.createNativeQuery("select count(distinct c.id), "
                + "(select count(*) from competition_participant p join competition c on c.id = p.competition_id where p.status = 'ACCEPTED' and c." + column + " = :v and " + HELD + "), "
                + "(select count(*) from competition_award a join competition c on c.id = a.competition_id where not a.revoked and c." + column + " = :v and " + HELD + ") "
                + "from competition c where c." + column + " = :v and " + HELD)
                .setParameter("v", value).setParameter("year", year).getSingleResult();
        return new StatisticsRow(value, label, new Count(((Number) r[0]).longValue(), false), count((Number) r[1], suppress), count((Number) r[2], suppress));
    }

    static Count count(Number n, boolean suppress) {
        long v = n.longValue();
        return suppress && v > 0 && v < 5 ? new Count(null, true) : new Count(v, false);
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
