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
