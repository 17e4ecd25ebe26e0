package gov.xianan.reform.common.changes;

import java.util.Map;

/**
 * A record other systems follow through the change feed. An entity implementing this and listing
 * {@link ChangeListener} in {@code @EntityListeners} writes a {@code change_event} row in the same
 * transaction as each insert, update and delete (see {@link ChangeOutbox}).
 */
public interface ChangeTracked {

    /** The feed's type of this record, kebab-case: {@code worker}, {@code subsidy-application}… */
    String changeType();

    /** The record's id as the API names it. */
    Object changeId();

    /** The optimistic-lock version after the change; null for records without one. */
    default Long changeVersion() {
        return null;
    }

    /**
     * The record after the change as the feed shows it (unmasked: the feed masks the personal
     * fields named in {@link ChangeOutbox#PERSONAL_FIELDS} per caller). Ids of the records it
     * belongs to (worker, competition, task…) are included, for the readers' scope decisions.
     */
    Map<String, Object> changeData();
}
