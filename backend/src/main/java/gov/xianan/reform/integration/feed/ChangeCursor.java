package gov.xianan.reform.integration.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import gov.xianan.reform.common.error.ProblemException;

/**
 * A position in the change feed: the writing transaction and the row after which to continue,
 * i.e. the feed's (tx_id, id) order. Opaque to clients (base64url of {@code c1:<tx>:<id>}), so the
 * encoding can change; it lives in the database's order, so it survives restarts and replicas.
 */
public record ChangeCursor(long txId, long eventId) {

    /** Before every event. */
    public static final ChangeCursor START = new ChangeCursor(0, 0);

    private static final String PREFIX = "c1:";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + txId + ":" + eventId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent; null or blank is the start; anything else unreadable is a 400. */
    public static ChangeCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return START;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = text.substring(PREFIX.length()).split(":");
            if (parts.length != 2) {
                throw new IllegalArgumentException(text);
            }
            long tx = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            if (tx < 0 || id < 0) {
                throw new IllegalArgumentException(text);
            }
            return new ChangeCursor(tx, id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", "不是有效的变更游标(请使用上一页返回的 cursor 或 nextCursor)");
        }
    }
}
