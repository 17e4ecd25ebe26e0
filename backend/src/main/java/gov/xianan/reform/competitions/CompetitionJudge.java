package gov.xianan.reform.competitions;

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

import gov.xianan.reform.registry.Enterprise;

/**
 * A judge: a named person with an enterprise (a judge never scores a contestant of the same
 * enterprise) and optionally the username of a platform user who then enters their own sheets.
 */
@Entity
@Table(name = "competition_judge")
@Audited
public class CompetitionJudge extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    public Competition competition;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    public Enterprise enterprise;

    /** Where a judge not from a registered enterprise comes from (技工学校, 行业协会 …). */
    public String affiliation;

    public String username;

    /** The competition's judges, in the order they were named. */
    public static java.util.List<CompetitionJudge> of(Competition c) {
        return list("competition.id", io.quarkus.panache.common.Sort.ascending("id"), c.id);
    }
}
