package gov.xianan.reform.common.series;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import jakarta.enterprise.context.ApplicationScoped;

/** A series as CSV: one row per month and category, the month's total first. */
@ApplicationScoped
public class SeriesCsv implements CsvForm<Series> {

    @Override
    public Class<Series> type() {
        return Series.class;
    }

    @Override
    public String name() {
        return "statistics-series";
    }

    @Override
    public List<String> headers() {
        return List.of("统计对象", "月份", "统计日期", "维度", "代码", "类别", "数值", "百分比", "已隐藏");
    }

    @Override
    public List<List<Object>> rows(Series s) {
        List<List<Object>> rows = new ArrayList<>();
        for (Series.Point p : s.points()) {
            rows.add(row(s, p, "total", "合计", p.total(), null, p.totalSuppressed()));
            for (Series.Value v : p.values()) {
                rows.add(row(s, p, v.key(), v.label(), v.value(), v.percent(), v.suppressed()));
            }
        }
        return rows;
    }

    private static List<Object> row(Series s, Series.Point p, String key, String label, Object value, Object percent, boolean hidden) {
        List<Object> r = new ArrayList<>();
        r.add(s.aggregate());
        r.add(p.month());
        r.add(p.asOf().toString());
        r.add(s.by());
        r.add(key);
        r.add(label);
        r.add(value);
        r.add(percent);
        r.add(CsvForm.yesNo(hidden));
        return r;
    }
}
