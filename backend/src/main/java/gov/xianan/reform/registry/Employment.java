package gov.xianan.reform.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import gov.xianan.reform.common.changes.ChangeListener;
import gov.xianan.reform.common.changes.ChangeTracked;
import jakarta.persistence.EntityListeners;

import java.time.LocalDate;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A worker's employment at an enterprise from a date; an open one (no end) is the current job. */
@Entity
@EntityListeners(ChangeListener.class)
@Table(name = "employment")
@Audited
public class Employment extends PanacheEntityBase implements ChangeTracked {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    public Worker worker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The worker's open employment (no end date): the current job, if any. */
    public static Optional<Employment> openOf(Worker worker) {
        return Employment.<Employment>find("worker.id = ?1 and endDate is null", worker.id).firstResultOptional();
    }

    /** Whether the worker was employed by the enterprise on every day from {@code start} to {@code end}. */
    public static boolean employedThroughout(Worker worker, Enterprise enterprise, LocalDate start, LocalDate end) {
        return count("worker.id = ?1 and enterprise.id = ?2 and startDate <= ?3 and (endDate is null or endDate >= ?4)",
                worker.id, enterprise.id, start, end) > 0;
    }

    @Override
    public String changeType() {
        return "employment";
    }

    @Override
    public Object changeId() {
        return id;
    }

    @Override
    public Map<String, Object> changeData() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workerId", worker.id);
        m.put("enterpriseId", enterprise.id);
        m.put("startDate", startDate);
        m.put("endDate", endDate);
        return m;
    }
}
