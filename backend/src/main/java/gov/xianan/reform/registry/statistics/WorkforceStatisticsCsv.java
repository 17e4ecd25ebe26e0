package gov.xianan.reform.registry.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import gov.xianan.reform.registry.statistics.WorkforceStatistics.Share;
import jakarta.enterprise.context.ApplicationScoped;

/** The workforce profile as CSV: one row per published figure. */
@ApplicationScoped
public class WorkforceStatisticsCsv implements CsvForm<WorkforceStatistics> {

    @Override
    public Class<WorkforceStatistics> type() {
        return WorkforceStatistics.class;
    }

    @Override
    public String name() {
        return "workforce-statistics";
    }

    @Override
    public List<String> headers() {
        return List.of("统计日期", "维度", "代码", "类别", "人数", "百分比", "已隐藏");
    }

    @Override
    public List<List<Object>> rows(WorkforceStatistics s) {
        List<List<Object>> rows = new ArrayList<>();
        String asOf = s.asOf().toString();
        rows.add(row(asOf, "合计", "total", "工人总数", s.total(), null, s.total() == null));
        add(rows, asOf, "性别", s.gender());
        add(rows, asOf, "文化程度", s.education());
        add(rows, asOf, "月工资", s.wageBand());
        add(rows, asOf, "年龄", s.ageBand());
        add(rows, asOf, "技能等级", s.skillTier());
        add(rows, asOf, "行业", s.industry());
        rows.add(row(asOf, "农民工", "migrant", "农民工", s.migrant().count(), s.migrant().percent(), s.migrant().count() == null));
        rows.add(row(asOf, "农民工", "migrant_outside", "其中区外农民工", s.migrant().outsideCount(), s.migrant().outsidePercentOfMigrants(),
                s.migrant().outsideCount() == null));
        rows.add(row(asOf, "工会", "union_enterprise_coverage", "企业建会率", null, s.union().enterpriseCoveragePercent(),
                s.union().enterpriseCoveragePercent() == null));
        rows.add(row(asOf, "工会", "union_membership", "工人入会率", null, s.union().membershipPercent(), s.union().membershipPercent() == null));
        rows.add(row(asOf, "党建", "party_org_coverage", "企业党组织覆盖率", null, s.party().orgCoveragePercent(), s.party().orgCoveragePercent() == null));
        rows.add(row(asOf, "党建", "party_members", "党员", s.party().members(), null, s.party().suppressed()));
        return rows;
    }

    private static void add(List<List<Object>> rows, String asOf, String dimension, List<Share> shares) {
        for (Share x : shares) {
            rows.add(row(asOf, dimension, x.key(), x.label(), x.count(), x.percent(), x.suppressed()));
        }
    }

    private static List<Object> row(String asOf, String dimension, String key, String label, Long count, BigDecimal percent, boolean hidden) {
        List<Object> r = new ArrayList<>();
        r.add(asOf);
        r.add(dimension);
        r.add(key);
        r.add(label);
        r.add(count);
        r.add(percent);
        r.add(CsvForm.yesNo(hidden));
        return r;
    }
}
