package gov.xianan.reform.subsidies.service;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.Cell;
import gov.xianan.reform.subsidies.mapping.SubsidyDtos.StatisticsResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Subsidy aggregates as CSV: one row per group. */
@ApplicationScoped
public class SubsidyStatisticsCsv implements CsvForm<StatisticsResponse> {

    @Override
    public Class<StatisticsResponse> type() {
        return StatisticsResponse.class;
    }

    @Override
    public String name() {
        return "subsidy-statistics";
    }

    @Override
    public List<String> headers() {
        return List.of("年度", "维度", "代码", "类别", "预算(元)", "申请数", "培训人数", "已承诺(元)", "已拨付(元)", "已隐藏");
    }

    @Override
    public List<List<Object>> rows(StatisticsResponse s) {
        List<List<Object>> rows = new ArrayList<>();
        String year = s.year() == null ? "全部" : s.year().toString();
        rows.add(row(year, "合计", s.total()));
        s.byYear().forEach(c -> rows.add(row(year, "年度", c)));
        s.bySource().forEach(c -> rows.add(row(year, "资金来源", c)));
        s.byProgramme().forEach(c -> rows.add(row(year, "培训项目", c)));
        s.byIndustry().forEach(c -> rows.add(row(year, "行业", c)));
        return rows;
    }

    private static List<Object> row(String year, String dimension, Cell c) {
        List<Object> r = new ArrayList<>();
        r.add(year);
        r.add(dimension);
        r.add(c.key());
        r.add(c.label());
        r.add(c.budget());
        r.add(c.applications());
        r.add(c.trainees());
        r.add(c.committed());
        r.add(c.disbursed());
        r.add(CsvForm.yesNo(c.suppressed()));
        return r;
    }
}
