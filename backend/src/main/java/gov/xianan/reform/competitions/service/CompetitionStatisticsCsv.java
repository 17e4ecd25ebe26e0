package gov.xianan.reform.competitions.service;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.CompetitionStatistics;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.Count;
import gov.xianan.reform.competitions.mapping.CompetitionDtos.StatisticsRow;
import jakarta.enterprise.context.ApplicationScoped;

/** Competition statistics as CSV: the totals, then one row per kind, field and grade. */
@ApplicationScoped
public class CompetitionStatisticsCsv implements CsvForm<CompetitionStatistics> {

    @Override
    public Class<CompetitionStatistics> type() {
        return CompetitionStatistics.class;
    }

    @Override
    public String name() {
        return "competition-statistics";
    }

    @Override
    public List<String> headers() {
        return List.of("年度", "维度", "代码", "类别", "竞赛场次", "参赛人次", "获奖人次", "已隐藏");
    }

    @Override
    public List<List<Object>> rows(CompetitionStatistics s) {
        List<List<Object>> rows = new ArrayList<>();
        String year = s.year() == null ? "全部" : s.year().toString();
        rows.add(row(year, "合计", "total", "合计", s.competitions(), s.participants(), s.awards()));
        rows.add(List.of(year, "合计", "workers", "参赛工人(去重)", "", value(s.workers()), "", CsvForm.yesNo(s.workers().suppressed())));
        rows.add(List.of(year, "合计", "technicalExperts", "技术能手", "", "", value(s.technicalExperts()), CsvForm.yesNo(s.technicalExperts().suppressed())));
        rows.add(List.of(year, "合计", "skillRaises", "晋升技能等级", "", "", value(s.skillRaises()), CsvForm.yesNo(s.skillRaises().suppressed())));
        add(rows, year, "竞赛类型", s.byKind());
        add(rows, year, "领域", s.byField());
        add(rows, year, "奖项等级", s.byGrade());
        return rows;
    }

    private static void add(List<List<Object>> rows, String year, String dimension, List<StatisticsRow> list) {
        list.forEach(r -> rows.add(row(year, dimension, r.key(), r.label(), r.competitions(), r.participants(), r.awards())));
    }

    private static List<Object> row(String year, String dimension, String key, String label, Count competitions, Count participants, Count awards) {
        List<Object> r = new ArrayList<>();
        r.add(year);
        r.add(dimension);
        r.add(key);
        r.add(label);
        r.add(value(competitions));
        r.add(value(participants));
        r.add(value(awards));
        r.add(CsvForm.yesNo(hidden(competitions) || hidden(participants) || hidden(awards)));
        return r;
    }

    private static Object value(Count c) {
        return c == null || c.value() == null ? "" : c.value();
    }

    private static boolean hidden(Count c) {
        return c != null && c.suppressed();
    }
}
