package gov.xianan.reform.registry;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
import jakarta.persistence.Version;

/** A political post held by a worker (党代会代表, 人大代表, 政协委员 …). */
@Entity
@Table(name = "political_post")
@Audited
public class PoliticalPost extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "worker_id")
    public Worker worker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PostType post;

    /** E.g. 中国共产党咸安区第五次代表大会代表. */
    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AwardLevel level;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String issuer;

    @NotAudited
    @Column(nullable = false)
    public boolean demo;

    @Version
    public long version;
}
