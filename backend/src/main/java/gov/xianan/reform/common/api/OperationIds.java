package gov.xianan.reform.common.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * The operationId of every API operation, from its method and path by one rule, so that clients
 * generated from the document get stable, readable method names ({@code listWorkers},
 * {@code getWorker}, {@code approveSubsidyApplication}, {@code listWorkerEmployments}):
 * <ul>
 * <li>a path ending in a collection: GET {@code list…}, POST {@code create…} (of one);</li>
 * <li>a path ending in a record ({@code /{id}}): GET {@code get…}, PUT {@code update…}, DELETE
 * {@code delete…};</li>
 * <li>a path ending in a verb after a record ({@code /{id}/approve}): the verb and the record;</li>
 * <li>nouns before the last one are singular (the record they name): {@code /tasks/{id}/history}
 * is {@code getTaskHistory}.</li>
 * </ul>
 * The few paths the rule would name badly are named in {@link #NAMED}. The ids are pinned by a
 * committed list ({@code OperationIdsTest}), so a rename is always deliberate.
 */
public final class OperationIds {

    /** Paths whose names the rule gets wrong. */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("GET /api/v1/statistics/workforce", "getWorkforceStatistics"),
            Map.entry("GET /api/v1/statistics/workforce/series", "getWorkforceSeries"),
            Map.entry("GET /api/v1/statistics/subsidies/series", "getSubsidySeries"),
            Map.entry("GET /api/v1/statistics/competitions/series", "getCompetitionSeries"),
            Map.entry("GET /api/v1/tasks/board/series", "getTaskBoardSeries"),
            Map.entry("GET /api/v1/statistics/subsidies", "getSubsidyStatistics"),
            Map.entry("GET /api/v1/statistics/competitions", "getCompetitionStatistics"),
            Map.entry("GET /api/v1/tasks/board", "getTaskBoard"),
            Map.entry("POST /api/v1/tasks/daily-check", "runDailyTaskCheck"),
            Map.entry("GET /api/v1/me", "getMe"),
            Map.entry("GET /api/v1/workers/export", "exportWorkers"),
            Map.entry("GET /api/v1/audit-events/export", "exportAuditEvents"),
            Map.entry("POST /api/v1/dictionaries/{kind}/items/{code}/deactivate", "deactivateDictionaryItem"),
            Map.entry("GET /api/v1/workers/lookup", "lookUpWorkers"),
            Map.entry("GET /api/v1/imports/workers/template", "getWorkerImportTemplate"),
            Map.entry("POST /api/v1/imports/workers", "importWorkers"),
            Map.entry("GET /api/v1/imports/{id}/errors.xlsx", "getImportErrorWorkbook"),
            Map.entry("POST /api/v1/imports/{id}/retry", "retryImport"),
            Map.entry("GET /api/v1/reports/annual-review", "getAnnualReview"),
            Map.entry("POST /api/v1/notifications/read-all", "markAllNotificationsRead"),
            Map.entry("POST /api/v1/notifications/{id}/read", "markNotificationRead"),
            Map.entry("POST /api/v1/competitions/{id}/awards/registry-write", "writeCompetitionAwardsToRegistry"),
            Map.entry("POST /api/v1/competitions/{id}/participants/batch", "registerCompetitionParticipants"),
            Map.entry("POST /api/v1/competitions/{id}/participants", "registerCompetitionParticipant"),
            Map.entry("POST /api/v1/competitions/{id}/stage", "changeCompetitionStage"),
            Map.entry("POST /api/v1/competitions/{id}/advance", "advanceCompetition"),
            Map.entry("PUT /api/v1/competitions/{id}/scores/{judgeId}/{participantId}", "updateCompetitionScore"),
            Map.entry("POST /api/v1/subsidy-applications/{id}/return", "returnSubsidyApplication"),
            Map.entry("POST /api/v1/subsidy-applications/{id}/attachments", "uploadSubsidyApplicationAttachment"),
            Map.entry("POST /api/v1/tasks/{taskId}/progress-reports/{reportId}/attachments", "uploadProgressReportAttachment"),
            Map.entry("GET /api/v1/tasks/{taskId}/progress-reports/{reportId}/attachments/{attachmentId}", "getProgressReportAttachment"),
            Map.entry("POST /api/v1/funds/{id}/budget-adjustments", "adjustFundBudget"),
            // department records: one set of operations for every record type ({type})
            Map.entry("GET /api/v1/records/types", "listRecordTypes"),
            Map.entry("GET /api/v1/records/{type}", "listRecords"),
            Map.entry("POST /api/v1/records/{type}", "createRecord"),
            Map.entry("GET /api/v1/records/{type}/{id}", "getRecord"),
            Map.entry("PUT /api/v1/records/{type}/{id}", "updateRecord"),
            Map.entry("GET /api/v1/records/{type}/{id}/history", "getRecordHistory"),
            Map.entry("GET /api/v1/records/{type}/export", "exportRecords"),
            Map.entry("GET /api/v1/records/{type}/import-template", "getRecordImportTemplate"),
            Map.entry("POST /api/v1/records/{type}/imports", "importRecords"));

    private OperationIds() {
    }

    /** The id of the operation {@code method path} (path as in the document, under {@code /api/v1}). */
    public static String of(PathItem.HttpMethod method, String path) {
        String named = NAMED.get(method + " " + path);
        if (named != null) {
            return named;
        }
        List<String> segments = new ArrayList<>(List.of(path.replaceFirst("^/api/v1/?", "").split("/")));
        boolean endsWithRecord = segments.get(segments.size() - 1).startsWith("{");
        List<String> nouns = new ArrayList<>();
        String verb = null;
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            if (s.startsWith("{")) {
                continue;
            }
            boolean last = i == segments.size() - 1;
            boolean namesRecord = i + 1 < segments.size() && segments.get(i + 1).startsWith("{");
            if (last && i > 0 && segments.get(i - 1).startsWith("{") && isVerb(s)) {
                verb = camel(s);
            } else {
                // a POST to a collection creates one of it
                boolean createsOne = last && method == PathItem.HttpMethod.POST;
                nouns.add(namesRecord || createsOne || !last ? singular(s) : s);
            }
        }
        if (verb == null) {
            verb = switch (method) {
                case GET -> endsWithRecord || !isCollection(segments) ? "get" : "list";
                case POST -> "create";
                case PUT -> "update";
                case DELETE -> "delete";
                case PATCH -> "patch";
                default -> method.name().toLowerCase(Locale.ROOT);
            };
        }
        StringBuilder id = new StringBuilder(verb);
        nouns.forEach(n -> id.append(pascal(n)));
        return id.toString();
    }

    private static final List<String> VERBS = List.of("approve", "reject", "review", "submit", "disburse", "suspend", "reopen", "resolve",
            "acknowledge");

    private static boolean isVerb(String segment) {
        return VERBS.contains(segment);
    }

    /** A path whose last segment is plural (a list), as opposed to a singular resource like history. */
    private static boolean isCollection(List<String> segments) {
        String last = segments.get(segments.size() - 1);
        return last.endsWith("s") && !last.equals("history");
    }

    private static String singular(String noun) {
        if (noun.endsWith("ies")) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.endsWith("s") && !noun.endsWith("ss")) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    private static String camel(String kebab) {
        String p = pascal(kebab);
        return Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    private static String pascal(String kebab) {
        StringBuilder sb = new StringBuilder();
        for (String part : kebab.split("[-.]")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }
}
