package gov.xianan.reform.common.api;

import gov.xianan.reform.common.error.ProblemException;

/**
 * Optimistic concurrency for updates. The body's {@code version} is the rule (stale → 409); a
 * caller that prefers HTTP preconditions may also send {@code If-Match: "<version>"} (the ETag of
 * the GET), and a mismatch answers 412.
 */
public final class Versions {

    private Versions() {
    }

    /**
     * The version the caller read must be sent (400, field {@code version}) and be the current one
     * (409 {@code /problems/stale-version}, {@code detail} in the user's words). Every write that
     * changes an existing record asks this, so that no change is made on a stale view.
     */
    public static void require(Long sent, long current, String staleDetail) {
        if (sent == null) {
            throw ProblemException.invalid("version", "必须提供读取到的版本号(version)");
        }
        if (sent != current) {
            throw ProblemException.staleVersion(staleDetail + "(当前版本 " + current + ",提交版本 " + sent + "),请刷新后重试");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 412 when an If-Match header is present and names another version. */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String expected = etag(current);
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(expected)) {
                return;
            }
        }
        throw new ProblemException(412, "/problems/precondition-failed",
                "If-Match 与当前版本 " + expected + " 不符:记录已被修改,请重新读取后再提交");
    }
}
