package gov.xianan.reform.dictionaries;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of coded value (行业, 性别…); an open kind takes new codes from the admin, a closed one mirrors an enum. */
@Entity
@Table(name = "dictionary_kind")
public class DictionaryKind extends PanacheEntityBase {

    @Id
    public String kind;

    @Column(name = "label_zh", nullable = false)
    public String labelZh;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(nullable = false)
    public boolean open;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
