package gov.xianan.reform.competitions.indicators;

import java.math.BigDecimal;

import gov.xianan.reform.common.indicators.Indicator;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** The competitions' live indicators for reform tasks; a competition counts once it is published (公示) or closed. */
public final class CompetitionIndicators {

    private static final String HELD = "c.stage in ('PUBLICATION', 'CLOSED') and c.year = :year";

    private CompetitionIndicators() {
    }

    private static BigDecimal count(String sql, int year) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(sql).setParameter("year", year).getSingleResult();
        return BigDecimal.valueOf(n.longValue());
    }

    /** Competitions held in the year. */
    @ApplicationScoped
    public static class Held implements Indicator {
        public String code() { return "competitions.held"; }
        public String label() { return "当年举办劳动竞赛和技能竞赛场次"; }
        public String labelEn() { return "Competitions held in the year"; }
        public String unit() { return "场"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(*) from competition c where " + HELD, year);
        }
    }

    /** Workers taking part (accepted) in competitions of the year, each counted once. */
    @ApplicationScoped
    public static class Participants implements Indicator {
        public String code() { return "competitions.participants"; }
        public String label() { return "当年参加竞赛的工人数"; }
        public String labelEn() { return "Workers taking part in competitions in the year"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(distinct p.worker_id) from competition_participant p join competition c on c.id = p.competition_id "
                    + "where p.status = 'ACCEPTED' and " + HELD, year);
        }
    }

    /** Awards (not withdrawn) of the year's competitions. */
    @ApplicationScoped
    public static class Awards implements Indicator {
        public String code() { return "competitions.awards"; }
        public String label() { return "当年竞赛获奖数"; }
        public String labelEn() { return "Competition awards in the year"; }
        public String unit() { return "项"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(*) from competition_award a join competition c on c.id = a.competition_id where not a.revoked and " + HELD, year);
        }
    }

    /** Workers whose skill level a competition award raised in the year. */
    @ApplicationScoped
    public static class SkillRaises implements Indicator {
        public String code() { return "competitions.skill-raises"; }
        public String label() { return "当年通过竞赛晋升技能等级人数"; }
        public String labelEn() { return "Skill levels raised through competitions in the year"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(*) from competition_award a join competition c on c.id = a.competition_id "
                    + "where a.skill_raised_to <> a.skill_raised_from and " + HELD, year);
        }
    }
}
