package gov.xianan.reform.common.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.jboss.jandex.IndexView;

import gov.xianan.reform.common.error.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the problem+json answers on every API operation, so that callers (and the SPA's
 * generated types) know the error shape without reading prose: 400 where there is input,
 * 401 and 403 on secured operations, 404 where a path names a record, 409 on writes, 429 on the
 * rate-limited operations (extension {@code x-rate-limit}), 503 everywhere (database unreachable). It also
 * gives every operation its stable operationId ({@link OperationIds}) and applies the contract's
 * null rule to every schema ({@link ContractSchemas}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private final IndexView index;

    public ProblemResponsesFilter() {
        this(null);
    }

    /** SmallRye hands a filter with this constructor the application's Jandex index (build time). */
    public ProblemResponsesFilter(IndexView index) {
        this.index = index;
    }

    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("400", "请求无效 / invalid input (field errors in `errors`)"),
            Map.entry("401", "缺少或无效的访问令牌 / missing, invalid, expired or wrong-audience token"),
            Map.entry("403", "无权访问 / the caller lacks the role or the record is outside their scope"),
            Map.entry("404", "未找到 / no such record (or not visible to the caller)"),
            Map.entry("409", "冲突 / stale version, duplicate, or a rule of the domain refused the change"),
            Map.entry("410", "已过期删除 / past its retention and deleted (the extension x-expires names the setting)"),
            Map.entry("412", "版本不匹配 / the If-Match header names another version than the record's current one"),
            Map.entry("413", "请求体过大 / the body (an upload, a batch) is larger than the operation accepts"),
            Map.entry("415", "不支持的内容类型 / the body is not of a media type the operation accepts (Content-Type)"),
            Map.entry("429", "请求过于频繁 / this client's allowance for this kind of operation is used up; repeat after Retry-After seconds"),
            Map.entry("503", "服务暂不可用 / the database is unreachable (or every export slot is busy); repeat after Retry-After seconds"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            boolean namesARecord = path.getKey().contains("{");
            path.getValue().getOperations().forEach((method, op) -> {
                if (op.getOperationId() == null) {
                    op.setOperationId(OperationIds.of(method, path.getKey()));
                }
                CsvMediaType.document(op); // the text/csv answer of an aggregate is a file, not JSON
                boolean write = method != PathItem.HttpMethod.GET;
                add(op, "401");
                add(op, "403");
                if (write || op.getParameters() != null && !op.getParameters().isEmpty()) {
                    add(op, "400");
                }
                if (namesARecord) {
                    add(op, "404");
                }
                if (write) {
                    add(op, "409");
                }
                if (write && namesARecord) {
                    add(op, "412"); // common/api/Versions.checkIfMatch
                }
                if (op.getExtensions() != null && op.getExtensions().containsKey("x-expires")) {
                    add(op, "410"); // e.g. an import's error rows after xianan.imports.error-retention
                }
                if (op.getRequestBody() != null) {
                    add(op, "413"); // common/error: quarkus.http.limits.max-body-size, and the batch's row limit
                    add(op, "415"); // a body of another Content-Type (common/error: the framework's 415 as problem+json)
                }
                if (op.getExtensions() != null && op.getExtensions().containsKey("x-rate-limit")) {
                    add(op, "429"); // common/limits/Limited
                }
                add(op, "503");
            });
        }
        new ContractSchemas(index).apply(openAPI);
        ContractExamples.apply(openAPI);
    }

    private static void add(Operation op, String status) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.hasAPIResponse(status) && responses.getAPIResponse(status).getContent() != null) {
            return; // the operation documents this answer itself
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse()
                .description(TEXT.get(status))
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
    }
}
