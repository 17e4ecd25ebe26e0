package gov.xianan.reform.subsidies.indicators;

import java.math.BigDecimal;

import gov.xianan.reform.common.indicators.Indicator;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/** The subsidies' live indicators for reform tasks, by SQL over the funds and applications of a year. */
public final class SubsidyIndicators {

    private SubsidyIndicators() {
    }

    private static BigDecimal value(String sql, int year) {
        Number n = (Number) Panache.getEntityManager().createNativeQuery(sql).setParameter("year", year).getSingleResult();
        return n == null ? BigDecimal.ZERO : new BigDecimal(n.toString());
    }

    /** Yuan paid out of the year's funds (recorded disbursements plus any opening total taken over). */
    @ApplicationScoped
    public static class Disbursed implements Indicator {
        public String code() { return "subsidies.disbursed"; }
        public String label() { return "当年发放培训补贴资金"; }
        public String labelEn() { return "Training subsidies disbursed in the year"; }
        public String unit() { return "元"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return SubsidyIndicators.value("select coalesce(sum(disbursed), 0) from subsidy_fund where year = :year", year);
        }
    }

    /** Distinct workers in the year's disbursed applications. */
    @ApplicationScoped
    public static class TraineesFunded implements Indicator {
        public String code() { return "subsidies.trainees-funded"; }
        public String label() { return "当年获得培训补贴的职工人数"; }
        public String labelEn() { return "Trainees funded in the year"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return SubsidyIndicators.value("select count(distinct t.worker_id) from subsidy_application_trainee t "
                    + "join subsidy_application a on a.id = t.application_id join subsidy_programme p on p.id = a.programme_id "
                    + "where a.state = 'DISBURSED' and p.year = :year", year);
        }
    }
}
