package gov.xianan.reform.tasks.service;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import gov.xianan.reform.tasks.TaskStatus;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.BoardRow;
import jakarta.enterprise.context.ApplicationScoped;

/** The department board as CSV: one row per department. */
@ApplicationScoped
public class TaskBoardCsv implements CsvForm<BoardResponse> {

    @Override
    public Class<BoardResponse> type() {
        return BoardResponse.class;
    }

    @Override
    public String name() {
        return "task-board";
    }

    @Override
    public List<String> headers() {
        List<String> h = new ArrayList<>(List.of("年度", "统计日期", "部门代码", "部门", "排名", "牵头任务数"));
        for (TaskStatus s : TaskStatus.values()) {
            h.add(s.label);
        }
        h.addAll(List.of("完成率(%)", "逾期", "配合任务数", "未签收督办", "已隐藏"));
        return h;
    }

    @Override
    public List<List<Object>> rows(BoardResponse b) {
        List<List<Object>> rows = new ArrayList<>();
        for (BoardRow d : b.departments()) {
            List<Object> r = new ArrayList<>();
            r.add(b.year() == null ? "全部" : b.year().toString());
            r.add(b.asOf() == null ? "" : b.asOf().toString());
            r.add(d.department().code());
            r.add(d.department().name());
            r.add(d.rank());
            r.add(d.total());
            for (TaskStatus s : TaskStatus.values()) {
                r.add(d.byStatus() == null ? null : d.byStatus().get(s));
            }
            r.add(d.completionRate());
            r.add(d.overdue());
            r.add(d.cooperating());
            r.add(d.openNotices());
            r.add(CsvForm.yesNo(d.suppressed()));
            rows.add(r);
        }
        return rows;
    }
}
