package gov.xianan.reform.integration.feed.service;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import gov.xianan.reform.competitions.Competition;
import gov.xianan.reform.competitions.service.CompetitionScope;
import gov.xianan.reform.departments.RegistryScope;
import gov.xianan.reform.registry.Worker;
import gov.xianan.reform.registry.scope.RegistryAccess;
import gov.xianan.reform.subsidies.SubsidyApplication;
import gov.xianan.reform.subsidies.service.SubsidyScope;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.service.TaskScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Whether the caller may read the record an event is about, decided by each feature's own scope
 * component (the same rules as its API): the registry by {@link RegistryAccess}, applications by
 * {@link SubsidyScope}, competitions by {@link CompetitionScope}, tasks by {@link TaskScope}. A
 * record that no longer exists (deleted) is shown only to callers who read all of its kind.
 * Decisions are remembered for the request, as one page names the same record often.
 */
@RequestScoped
public class ChangeVisibility {

    @Inject
    RegistryAccess registry;

    @Inject
    SubsidyScope subsidies;

    @Inject
    CompetitionScope competitions;

    @Inject
    TaskScope tasks;

    private final Map<String, Boolean> decided = new HashMap<>();

    public boolean visible(String type, String id, JsonNode data) {
        return switch (type) {
            case "worker" -> worker(id);
            case "employment" -> worker(ref(data, "workerId"));
            // enterprises are read by every caller of the registry (EnterpriseResource), without scope
            case "enterprise" -> true;
            case "subsidy-application" -> application(id);
            case "subsidy-application-transition" -> application(ref(data, "applicationId"));
            case "competition" -> competition(id);
            case "competition-award" -> competition(ref(data, "competitionId"));
            case "task" -> task(id);
            case "task-report" -> task(ref(data, "taskId"));
            default -> false;
        };
    }

    private static String ref(JsonNode data, String field) {
        return data == null || !data.hasNonNull(field) ? null : data.get(field).asText();
    }

    private boolean worker(String id) {
        return decide("worker", id, () -> {
            Worker w = Worker.findById(Long.parseLong(id));
            return w == null ? registry.scope() == RegistryScope.ALL : registry.canRead(w);
        });
    }

    private boolean application(String id) {
        return decide("subsidy-application", id, () -> {
            SubsidyApplication a = SubsidyApplication.findById(Long.parseLong(id));
            return a == null ? subsidies.readsAll() : subsidies.mayRead(a);
        });
    }

    private boolean competition(String id) {
        return decide("competition", id, () -> {
            Competition c = Competition.findById(Long.parseLong(id));
            return c == null ? competitions.readsAll() : competitions.reads(c);
        });
    }

    private boolean task(String id) {
        return decide("task", id, () -> {
            ReformTask t = ReformTask.findById(Long.parseLong(id));
            return t == null ? tasks.seesAll() : tasks.canSee(t);
        });
    }

    private boolean decide(String type, String id, java.util.function.BooleanSupplier rule) {
        if (id == null) {
            return false;
        }
        return decided.computeIfAbsent(type + ":" + id, k -> {
            try {
                return rule.getAsBoolean();
            } catch (NumberFormatException e) {
                return false;
            }
        });
    }
}
