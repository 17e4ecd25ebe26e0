package gov.xianan.reform.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the tasks API. */
final class TaskRequests {

    private TaskRequests() {
    }

    static Map<String, Object> valid(String lead) {
        Map<String, Object> m = new HashMap<>();
        m.put("title", "开展“双宣讲”活动");
        m.put("description", "理论宣讲、百姓宣讲,做到产业工人全覆盖");
        m.put("area", "IDEOLOGY");
        m.put("targetValue", 200);
        m.put("targetUnit", "场");
        m.put("startDate", "2026-01-01");
        m.put("deadline", "2099-12-31");
        m.put("priority", "HIGH");
        m.put("year", 2026);
        m.put("leadDepartment", lead);
        m.put("cooperatingDepartments", List.of());
        return m;
    }
}
