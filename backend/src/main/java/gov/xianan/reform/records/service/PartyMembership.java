package gov.xianan.reform.records.service;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import gov.xianan.reform.records.RecordKinds;
import gov.xianan.reform.records.RecordTypes;
import gov.xianan.reform.registry.Worker;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What a party-member development record (发展党员) does to the registry, in the transaction that
 * writes the record (an Envers revision of the worker, by the record's author, so the worker's
 * history shows it):
 * <ul>
 * <li>A worker with a record at a joining stage (预备党员 or 正式党员, the behavioural items of
 * {@code party_stage}) is a party member; {@code partyJoinedOn} is the earliest date of those
 * records.</li>
 * <li>An edit that takes the joining back (another stage, another worker) leaves the worker a
 * party member with the earliest remaining joining date; when none remains, it undoes what it
 * had set — {@code partyMember=false}, {@code partyJoinedOn=null} — but only if the worker still
 * carries the date the record gave (a membership entered in the registry otherwise stays).</li>
 * <li>Records are never deleted (no operation deletes a department record), so there is no
 * deletion to undo.</li>
 * </ul>
 */
public final class PartyMembership {

    /** The stages whose reaching makes a worker a party member (behavioural in the dictionary). */
    public static final List<String> JOINING = List.of(RecordKinds.STAGE_PROBATIONARY, RecordKinds.STAGE_FULL);

    private PartyMembership() {
    }

    /** After a party record was written: {@code before} its fields before (null for a new one), {@code after} now. */
    public static void afterWrite(Map<String, Object> before, Map<String, Object> after) {
        Set<Long> workers = new LinkedHashSet<>();
        if (before != null && before.get("workerId") instanceof Number n) {
            workers.add(n.longValue());
        }
        if (after.get("workerId") instanceof Number n) {
            workers.add(n.longValue());
        }
        for (Long id : workers) {
            recompute(id, before);
        }
    }

    static boolean joining(Map<String, Object> fields) {
        return fields != null && JOINING.contains(fields.get("stage"));
    }

    private static void recompute(long workerId, Map<String, Object> before) {
        Worker w = Worker.findById(workerId);
        if (w == null) {
            return;
        }
        Object min = Panache.getEntityManager().createNativeQuery("select min(r.record_date) from department_record r "
                + "where r.record_type = :type and r.fields ->> 'workerId' = :worker and r.fields ->> 'stage' in (:stages)")
                .setParameter("type", RecordTypes.PARTY_MEMBER_DEVELOPMENT).setParameter("worker", Long.toString(workerId))
                .setParameter("stages", JOINING).getSingleResult();
        LocalDate joined = min == null ? null : min instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) min;
        if (joined != null) {
            if (!w.partyMember || !joined.equals(w.partyJoinedOn)) {
                w.partyMember = true;
                w.partyJoinedOn = joined;
                w.persist();
            }
            return;
        }
        boolean gaveIt = joining(before) && before.get("workerId") instanceof Number n && n.longValue() == workerId
                && before.get("date") != null && Objects.equals(LocalDate.parse((String) before.get("date")), w.partyJoinedOn);
        if (gaveIt && w.partyMember) {
            w.partyMember = false;
            w.partyJoinedOn = null;
            w.persist();
        }
    }
}
