package gov.xianan.reform.tasks.service;

import java.util.ArrayList;
import java.util.List;

import gov.xianan.reform.common.export.CsvForm;
import gov.xianan.reform.tasks.EscalationLevel;
import gov.xianan.reform.tasks.mapping.TaskDtos.AssessmentResponse;
import gov.xianan.reform.tasks.mapping.TaskDtos.AssessmentRow;
import jakarta.enterprise.context.ApplicationScoped;

/** The annual assessment as CSV: one row per department. */
@ApplicationScoped
public class TaskAssessmentCsv implements CsvForm<AssessmentResponse> {

    @Override
    public Class<AssessmentResponse> type() {
        return AssessmentResponse.class;
    }

    @Override
    public String name() {
        return "task-assessment";
    }

    @Override
    public List<String> headers() {
        List<String> h = new ArrayList<>(List.of("年度", "统计日期", "部门代码", "部门", "排名", "得分", "牵头任务数", "已完成", "按期完成", "完成率(%)", "按期完成率(%)"));
        for (EscalationLevel l : EscalationLevel.values()) {
            h.add(l.label + "次数");
        }
        h.addAll(List.of("延期申请", "批准延期"));
        return h;
    }

    @Override
    public List<List<Object>> rows(AssessmentResponse a) {
        List<List<Object>> rows = new ArrayList<>();
        for (AssessmentRow d : a.departments()) {
            List<Object> r = new ArrayList<>();
            r.add(a.year());
            r.add(a.asOf().toString());
            r.add(d.department().code());
            r.add(d.department().name());
            r.add(d.rank());
            r.add(d.score());
            r.add(d.tasks());
            r.add(d.completed());
            r.add(d.completedOnTime());
            r.add(d.completionRate());
            r.add(d.onTimeRate());
            for (EscalationLevel l : EscalationLevel.values()) {
                r.add(d.escalations().get(l));
            }
            r.add(d.extensionsRequested());
            r.add(d.extensionsApproved());
            rows.add(r);
        }
        return rows;
    }
}
