package gov.xianan.reform.records.indicators;

import java.math.BigDecimal;

import gov.xianan.reform.common.indicators.Indicator;
import gov.xianan.reform.records.RecordKinds;
import gov.xianan.reform.records.RecordTypes;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Live indicators from department records, so that a reform task tracks the records instead of
 * typed-in numbers: each counts (or sums a field of) the records of a type dated in the year.
 */
public final class RecordIndicators {

    private RecordIndicators() {
    }

    /** Count of records of the type in the year, or the sum of an integer field. */
    static BigDecimal value(String type, String sumField, int year) {
        String what = sumField == null ? "count(*)" : "coalesce(sum(cast(r.fields ->> '" + sumField + "' as bigint)), 0)";
        Number n = (Number) Panache.getEntityManager()
                .createNativeQuery("select " + what + " from department_record r where r.record_type = :type "
                        + "and r.record_date >= make_date(:year, 1, 1) and r.record_date < make_date(:year + 1, 1, 1)")
                .setParameter("type", type).setParameter("year", year).getSingleResult();
        return BigDecimal.valueOf(n.longValue());
    }

    /** Count of records of the type in the year whose kind field has this code. */
    static BigDecimal countWhere(String type, String field, String code, int year) {
        Number n = (Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from department_record r where r.record_type = :type and r.fields ->> :field = :code "
                        + "and r.record_date >= make_date(:year, 1, 1) and r.record_date < make_date(:year + 1, 1, 1)")
                .setParameter("type", type).setParameter("field", field).setParameter("code", code).setParameter("year", year)
                .getSingleResult();
        return BigDecimal.valueOf(n.longValue());
    }

    /** 双宣讲 sessions held in the year. */
    @ApplicationScoped
    public static class PublicitySessions implements Indicator {
        public String code() { return "records.publicity-sessions"; }
        public String label() { return "当年开展“双宣讲”场次"; }
        public String labelEn() { return "Publicity sessions held in the year"; }
        public String unit() { return "场"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.PUBLICITY_SESSIONS, null, year); }
    }

    /** People who heard the year's sessions. */
    @ApplicationScoped
    public static class PublicityAudience implements Indicator {
        public String code() { return "records.publicity-audience"; }
        public String label() { return "当年“双宣讲”听众人次"; }
        public String labelEn() { return "Audience of the year's publicity sessions"; }
        public String unit() { return "人次"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.PUBLICITY_SESSIONS, "audience", year); }
    }

    /** Workers enrolled on 学习强国 in the year. */
    @ApplicationScoped
    public static class LearningEnrolled implements Indicator {
        public String code() { return "records.learning-enrolled"; }
        public String label() { return "当年组织产业工人注册“学习强国”人数"; }
        public String labelEn() { return "Workers enrolled on the learning platform in the year"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.LEARNING_ENROLMENTS, "enrolled", year); }
    }

    /** Leaders' visits to enterprises (包保) in the year. */
    @ApplicationScoped
    public static class EnterpriseVisits implements Indicator {
        public String code() { return "records.enterprise-visits"; }
        public String label() { return "当年领导干部走访企业次数"; }
        public String labelEn() { return "Leaders' enterprise visits in the year"; }
        public String unit() { return "次"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.ENTERPRISE_VISITS, null, year); }
    }

    /** Issues settled on the year's visits. */
    @ApplicationScoped
    public static class IssuesSettled implements Indicator {
        public String code() { return "records.issues-settled"; }
        public String label() { return "当年走访企业解决问题数"; }
        public String labelEn() { return "Issues settled on the year's enterprise visits"; }
        public String unit() { return "个"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.ENTERPRISE_VISITS, "issuesSettled", year); }
    }

    /** Union demo sites started in the year. */
    @ApplicationScoped
    public static class DemoSites implements Indicator {
        public String code() { return "records.union-demo-sites"; }
        public String label() { return "当年创建工会规范化建设示范点数"; }
        public String labelEn() { return "Union demo sites started in the year"; }
        public String unit() { return "个"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.UNION_DEMO_SITES, null, year); }
    }

    /** Migrant workers' children placed in school in the school year starting in the year. */
    @ApplicationScoped
    public static class ChildrenPlaced implements Indicator {
        public String code() { return "records.children-placed"; }
        public String label() { return "当年秋季学期安排随迁子女入学人数"; }
        public String labelEn() { return "Migrant workers' children placed in school (school year starting in the year)"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.CHILD_SCHOOLING, "placed", year); }
    }

    /** Model-worker stories published in the year. */
    @ApplicationScoped
    public static class ModelWorkerStories implements Indicator {
        public String code() { return "records.model-worker-stories"; }
        public String label() { return "当年典型宣传报道篇数"; }
        public String labelEn() { return "Model-worker stories published in the year"; }
        public String unit() { return "篇"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.MODEL_WORKER_STORIES, null, year); }
    }

    /** Workers who became (probationary) party members in the year. */
    @ApplicationScoped
    public static class PartyMembersDeveloped implements Indicator {
        public String code() { return "records.party-members-developed"; }
        public String label() { return "当年在产业工人中发展党员数(预备党员)"; }
        public String labelEn() { return "Workers admitted to the party in the year (probationary members)"; }
        public String unit() { return "人"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) {
            return RecordIndicators.countWhere(RecordTypes.PARTY_MEMBER_DEVELOPMENT, "stage", RecordKinds.STAGE_PROBATIONARY, year);
        }
    }

    /** Labour-dispute cases received in the year. */
    @ApplicationScoped
    public static class LabourDisputes implements Indicator {
        public String code() { return "records.labour-disputes"; }
        public String label() { return "当年受理劳动争议案件数"; }
        public String labelEn() { return "Labour-dispute cases received in the year"; }
        public String unit() { return "件"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.LABOUR_DISPUTES, null, year); }
    }

    /** Safety inspections in the year. */
    @ApplicationScoped
    public static class SafetyInspections implements Indicator {
        public String code() { return "records.safety-inspections"; }
        public String label() { return "当年安全生产检查次数"; }
        public String labelEn() { return "Safety inspections in the year"; }
        public String unit() { return "次"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.SAFETY_INSPECTIONS, null, year); }
    }

    /** Hazards fixed after the year's safety inspections. */
    @ApplicationScoped
    public static class HazardsFixed implements Indicator {
        public String code() { return "records.hazards-fixed"; }
        public String label() { return "当年安全检查隐患整改数"; }
        public String labelEn() { return "Hazards fixed after the year's safety inspections"; }
        public String unit() { return "处"; }
        public boolean perYear() { return true; }
        public BigDecimal value(int year) { return RecordIndicators.value(RecordTypes.SAFETY_INSPECTIONS, "hazardsFixed", year); }
    }
}
