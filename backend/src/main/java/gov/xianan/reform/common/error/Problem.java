package gov.xianan.reform.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

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
        @Schema(description = "What went wrong in this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "Field errors, for validation problems") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the JSON field (dotted path) or query parameter, and what is wrong with it. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Field path in the request body, or the parameter name", examples = "name") String field,
            @Schema(description = "What is wrong, in the caller's language", examples = "不能为空") String message) {
    }
}
