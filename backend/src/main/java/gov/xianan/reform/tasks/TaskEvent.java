package gov.xianan.reform.tasks;

import java.time.Instant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a task's timeline (append-only). */
@Entity
@Table(name = "task_event")
public class TaskEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "task_id", nullable = false)
    public Long taskId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskEventKind kind;

    @Column(nullable = false)
    public String actor;

    /** The name at the time of the act (张明华; a system by its name). */
    @jakarta.persistence.Column(name = "actor_name")
    public String actorName;

    public String department;

    public String text;

    /** The report, notice or attachment the entry is about. */
    @Column(name = "ref_id")
    public Long refId;

    @Column(nullable = false)
    public boolean demo;
}
