package gov.xianan.reform.testsupport;

import gov.xianan.reform.integration.feed.ChangeCursor;
import gov.xianan.reform.integration.feed.service.ChangeLog;

/**
 * The feed's head once every event committed so far is handed out. {@link ChangeLog#head()} stops
 * below the oldest transaction running on the server (so that a follower loses nothing), so a head
 * taken while an unrelated transaction is open (a background job's lease renewal, another test's
 * writer) lies before events that are already committed, and a test starting there would read them
 * as its own. The clean-clone run of 364afae failed on exactly that.
 */
public final class FeedHead {

    private FeedHead() {
    }

    /** Waits (up to 30 s) until the head has passed the newest committed event, and answers it. */
    public static ChangeCursor settled(ChangeLog log, Db db) {
        long until = System.currentTimeMillis() + 30_000;
        while (true) {
            // the newest committed event, horizon or not (an uncommitted one is invisible here)
            String newest = db.string("select tx_id::text || ':' || id from change_event order by tx_id desc, id desc limit 1");
            ChangeCursor head = log.head();
            if (newest == null || newest.equals(head.txId() + ":" + head.eventId())) {
                return head;
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the feed's horizon stayed below event " + newest + " for 30 s: a transaction was left open");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
