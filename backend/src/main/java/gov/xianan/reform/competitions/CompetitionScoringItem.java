package gov.xianan.reform.competitions;

import java.math.BigDecimal;

import org.hibernate.envers.Audited;

import gov.xianan.reform.common.audit.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What judges score (理论, 实操 …) and its weight. */
@Entity
@Table(name = "competition_scoring_item")
@Audited
public class CompetitionScoringItem extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, precision = 6, scale = 2)
    public BigDecimal weight;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** The competition's scoring items in their order (then by id). */
    public static java.util.List<CompetitionScoringItem> of(Competition c) {
        return list("competition.id", io.quarkus.panache.common.Sort.ascending("sortOrder", "id"), c.id);
    }
}
