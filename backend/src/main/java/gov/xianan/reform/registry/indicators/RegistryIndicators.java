package gov.xianan.reform.registry.indicators;

import java.math.BigDecimal;

import gov.xianan.reform.common.indicators.Indicator;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** The registry's live indicators for reform tasks: counted by SQL, never by loading rows. */
public final class RegistryIndicators {

    private RegistryIndicators() {
    }

    private static BigDecimal count(String sql, int year) {
        var query = Panache.getEntityManager().createNativeQuery(sql);
        if (sql.contains(":year")) {
            query.setParameter("year", year);
        }
        Number n = (Number) query.getSingleResult();
        return BigDecimal.valueOf(n.longValue());
    }

    /** Workers in the registry who are party members. */
    @ApplicationScoped
    public static class PartyMembers implements Indicator {
        public String code() { return "registry.party-members"; }
        public String label() { return "名册中的党员人数"; }
        public String labelEn() { return "Party members in the registry"; }
        public String unit() { return "人"; }
        public boolean perYear() { return false; }
        public BigDecimal value(int year) {
            return count("select count(*) from worker where party_member", year);
        }
    }

    /** Workers in the registry (the size of the industrial workforce). */
    @ApplicationScoped
    public static class Workers implements Indicator {
        public String code() { return "registry.workers"; }
        public String label() { return "产业工人总数"; }
        public String labelEn() { return "Industrial workers in the registry"; }
        public String unit() { return "人"; }
        public boolean perYear() { return false; }
        public BigDecimal value(int year) {
            return count("select count(*) from worker ", year);
        }
    }

    /** Individual and collective honours awarded in the year. */
    @ApplicationScoped
    public static class HonoursAwarded implements Indicator {
        public String code() { return "registry.honours-awarded"; }
        public String label() { return "当年获得荣誉数"; }
        public String labelEn() { return "Honours awarded in the year"; }
        public String unit() { return "项"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(*) from honour where year = :year", year);
        }
    }

    /** Workers holding a political post (delegate, deputy, CPPCC member) given in the year. */
    @ApplicationScoped
    public static class PoliticalPosts implements Indicator {
        public String code() { return "registry.political-posts"; }
        public String label() { return "当年推荐为代表、委员的工人数"; }
        public String labelEn() { return "Workers given a political post in the year"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return count("select count(distinct worker_id) from political_post where year = :year", year);
        }
    }
}
