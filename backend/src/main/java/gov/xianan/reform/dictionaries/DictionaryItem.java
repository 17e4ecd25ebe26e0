package gov.xianan.reform.dictionaries;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One coded value with its labels (字典项): kind {@code industry}, code {@code biomedicine}, 生物医药 /
 * Biomedicine. Behavioural items are codes the code switches on (enum constants, workflow states):
 * their labels may change, they are never deactivated.
 */
@Entity
@Table(name = "dictionary_item")
@Audited
public class DictionaryItem extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String code;

    @Column(name = "label_zh", nullable = false)
    public String labelZh;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(nullable = false)
    public boolean active = true;

    @Column(nullable = false)
    public boolean behavioural;

    @Version
    public long version;
}
