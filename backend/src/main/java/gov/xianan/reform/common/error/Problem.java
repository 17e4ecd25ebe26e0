package gov.xianan.reform.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import gov.xianan.reform.common.observability.RequestIds;
import jakarta.annotation.Nullable;

/**
 * RFC 9457 problem details: the one error body of this API, served as
 * {@code application/problem+json}. Never carries class names or stack traces.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details / 错误详情")
public record Problem(
        @Schema(description = "A URI reference naming the kind of problem", examples = "/problems/validation") String type,
        @Schema(description = "Short human-readable summary (Chinese or English per Accept-Language)", examples = "请求参数无效") String title,
        @Schema(description = "HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong in this request") @Nullable String detail,
        @Schema(description = "The request path") @Nullable String instance,
        @Schema(description = "Field errors, for validation problems") @Nullable List<FieldError> errors,
        @Schema(description = "This request's id (extension member): the same as the X-Request-Id header of the answer and the key of the server's log line; quote it when reporting a problem / 请求编号,与响应头 X-Request-Id 相同,反馈问题时请提供",
                examples = "4bf92f3577b34da6a3ce929d0e0e4736", pattern = "^[A-Za-z0-9._:-]{1,64}$") @Nullable String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of the request being served: its id comes from {@link RequestIds}. */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, RequestIds.current());
    }

    /** One invalid input: the JSON field (dotted path) or query parameter, and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Field path in the request body, or the parameter name", examples = "name") String field,
            @Schema(description = "What is wrong, in the caller's language", examples = "不能为空") String message) {
    }
}
