package gov.xianan.reform.tasks.service;

import java.time.Clock;
import java.time.Instant;

import gov.xianan.reform.common.audit.Actor;
import gov.xianan.reform.tasks.ReformTask;
import gov.xianan.reform.tasks.TaskEvent;
import gov.xianan.reform.tasks.TaskEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes the task timeline; entries join the caller's transaction. */
@ApplicationScoped
public class TaskEvents {

    @Inject
    Clock clock;

    public TaskEvent record(ReformTask task, TaskEventKind kind, String text, Long refId) {
        Actor actor = Actor.current();
        TaskEvent e = new TaskEvent();
        e.taskId = task.id;
        e.occurredAt = Instant.now(clock);
        e.kind = kind;
        e.actor = actor.username();
        e.actorName = actor.name();
        e.department = actor.department();
        e.text = text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
        e.refId = refId;
        e.demo = task.demo;
        e.persist();
        return e;
    }
}
