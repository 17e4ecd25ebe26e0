package gov.xianan.reform.common.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.xianan.reform.common.error.Problem;

/**
 * Examples of the main requests and answers, kept in one reviewed file
 * ({@code META-INF/openapi-examples.json}: operationId → {@code request} or a status → the example)
 * rather than in Java strings, and attached to the document at build time. OpenApiContractTest
 * validates every example of the document against its schema, so an example cannot drift from the
 * contract. Every problem+json answer gets an example of its status.
 */
final class ContractExamples {

    static final String FILE = "META-INF/openapi-examples.json";

    private ContractExamples() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Map<String, Object>> examples = read();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Map<String, Object> mine = examples.get(op.getOperationId());
            if (mine != null) {
                mine.forEach((key, value) -> attach(op, key, value));
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((status, response) -> {
                    MediaType problem = media(response.getContent(), Problem.MEDIA_TYPE);
                    if (problem != null && problem.getExamples() == null && status.matches("\\d{3}")) {
                        problem.addExample("problem", OASFactory.createExample().value(problem(Integer.parseInt(status))));
                    }
                });
            }
        }));
    }

    private static void attach(Operation op, String key, Object value) {
        Content content;
        if (key.equals("request")) {
            content = op.getRequestBody() == null ? null : op.getRequestBody().getContent();
        } else {
            content = op.getResponses() == null || op.getResponses().getAPIResponse(key) == null ? null
                    : op.getResponses().getAPIResponse(key).getContent();
        }
        MediaType json = media(content, "application/json");
        if (json == null) {
            throw new IllegalStateException(FILE + ": " + op.getOperationId() + " has no JSON " + key + " to attach an example to");
        }
        json.addExample("example", OASFactory.createExample().value(value));
    }

    private static MediaType media(Content content, String type) {
        return content == null || content.getMediaTypes() == null ? null : content.getMediaTypes().get(type);
    }

    private static Map<String, Object> problem(int status) {
        return switch (status) {
            case 400 -> ordered("type", "/problems/validation", "title", "请求参数无效", "status", 400, "detail", "请求包含 1 处无效输入",
                    "instance", "/api/v1/workers", "errors", java.util.List.of(ordered("field", "idNumber", "message", "身份证号码校验位不正确")),
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 401 -> ordered("type", "/problems/unauthorized", "title", "未认证", "status", 401, "detail", "缺少或无效的访问令牌",
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 403 -> ordered("type", "/problems/forbidden", "title", "无权访问", "status", 403, "detail", "当前用户没有执行此操作所需的角色",
                    "instance", "/api/v1/workers", "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 404 -> ordered("type", "/problems/not-found", "title", "未找到", "status", 404, "detail", "记录不存在",
                    "instance", "/api/v1/workers/1024", "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 409 -> ordered("type", "/problems/stale-version", "title", "数据冲突", "status", 409,
                    "detail", "该记录已被他人修改(当前版本 1,提交版本 0),请刷新后重试", "instance", "/api/v1/workers/1024",
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 412 -> ordered("type", "/problems/precondition-failed", "title", "版本不匹配", "status", 412,
                    "detail", "If-Match 与当前版本 \"1\" 不符:记录已被修改,请重新读取后再提交", "instance", "/api/v1/workers/1024",
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 429 -> ordered("type", "/problems/rate-limited", "title", "请求过于频繁", "status", 429, "detail", "请在 30 秒后重试",
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            case 503 -> ordered("type", "/problems/unavailable", "title", "服务暂不可用", "status", 503, "detail", "数据库暂不可用,请稍后重试",
                    "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
            default -> ordered("type", "about:blank", "title", "错误", "status", status, "requestId", "4bf92f3577b34da6a3ce929d0e0e4736");
        };
    }

    /** A map in the order written, so that the generated document is the same on every build (Map.of's order is not). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Map<String, Object>> read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            Map<String, Object> all = new ObjectMapper().readValue(in, new TypeReference<>() {
            });
            all.remove("_comment");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> byOperation = (Map<String, Map<String, Object>>) (Map<String, ?>) all;
            return byOperation;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
