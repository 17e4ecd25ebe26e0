package gov.xianan.reform.common.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

/** Titles and fixed texts of problems in Chinese (default) and English, chosen by Accept-Language. */
final class ProblemTitles {

    private static final Map<Integer, String[]> TITLES = Map.ofEntries(
            Map.entry(400, new String[] { "请求无效", "Bad request" }),
            Map.entry(401, new String[] { "未登录或令牌无效", "Not authenticated" }),
            Map.entry(403, new String[] { "无权访问", "Forbidden" }),
            Map.entry(404, new String[] { "未找到", "Not found" }),
            Map.entry(405, new String[] { "不支持该请求方法", "Method not allowed" }),
            Map.entry(406, new String[] { "无法提供所需的响应格式", "Not acceptable" }),
            Map.entry(409, new String[] { "数据冲突", "Conflict" }),
            Map.entry(412, new String[] { "版本不匹配", "Precondition failed" }),
            Map.entry(413, new String[] { "请求内容过大", "Payload too large" }),
            Map.entry(415, new String[] { "不支持的内容类型", "Unsupported media type" }),
            Map.entry(429, new String[] { "请求过于频繁", "Too many requests" }),
            Map.entry(500, new String[] { "服务器内部错误", "Internal server error" }),
            Map.entry(503, new String[] { "服务暂不可用", "Service unavailable" }));

    static final String[] VALIDATION = { "请求参数无效", "Invalid request" };
    static final String[] MALFORMED_JSON = { "请求体不是有效的 JSON", "The request body is not valid JSON" };
    static final String[] WRONG_TYPE = { "类型不正确", "wrong type" };
    static final String[] UNKNOWN_FIELD = { "未知字段", "unknown field" };
    static final String[] MISSING_TOKEN = { "缺少访问令牌或令牌无效、已过期", "The access token is missing, invalid or expired" };
    static final String[] MISSING_ROLE = { "当前用户没有执行此操作所需的角色", "The caller lacks the role this operation needs" };
    static final String[] NO_RESOURCE = { "请求的地址不存在", "No resource at this path" };
    static final String[] INTERNAL = { "服务器处理请求时出错,请稍后重试或联系管理员", "The server failed to process the request; try again later or contact the administrator" };
    static final String[] DATABASE_UNAVAILABLE = { "数据库暂不可用,请稍后重试", "The database is temporarily unavailable; try again shortly" };
    static final String[] CONCURRENT_CHANGE = { "该记录已被他人修改,请刷新后重试", "The record was changed by someone else; reload and try again" };

    private ProblemTitles() {
    }

    static boolean english(HttpHeaders headers) {
        if (headers == null) {
            return false;
        }
        List<Locale> langs = headers.getAcceptableLanguages();
        return !langs.isEmpty() && "en".equals(langs.get(0).getLanguage());
    }

    static String title(int status, boolean english) {
        String[] t = TITLES.getOrDefault(status, TITLES.get(status >= 500 ? 500 : 400));
        return t[english ? 1 : 0];
    }

    static String text(String[] pair, boolean english) {
        return pair[english ? 1 : 0];
    }
}
