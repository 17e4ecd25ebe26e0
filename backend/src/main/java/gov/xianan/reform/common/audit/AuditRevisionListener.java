package gov.xianan.reform.common.audit;

import java.time.Instant;

import org.hibernate.envers.RevisionListener;

/** Stamps each Envers revision with the caller. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.changedAt = Instant.now();
        Actor actor = Actor.current();
        revision.actor = actor.username();
        revision.actorName = actor.name();
        revision.department = actor.department();
        revision.clientId = actor.clientId();
    }
}
