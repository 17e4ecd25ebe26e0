package gov.xianan.reform.departments;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member unit of the reform programme (区总工会, 区人社局 …). Departments are rows, not code: the
 * only things code may ask of a department are whether it is the lead unit and how much of the
 * workers' registry its staff read ({@link RegistryScope}).
 */
@Entity
@Table(name = "department")
@Audited
public class Department extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable code carried in tokens as the {@code department} claim. */
    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    /** Chinese name, e.g. 区总工会. */
    @Column(nullable = false)
    public String name;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** The lead unit (牵头单位) reads everything and assigns tasks. */
    @Column(name = "lead_unit", nullable = false)
    public boolean leadUnit;

    /** How much of the workers' registry the department's staff read; the lead unit reads all whatever this says. */
    @Enumerated(EnumType.STRING)
    @Column(name = "registry_scope", nullable = false)
    public RegistryScope registryScope = RegistryScope.LINKED;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Version
    public long version;

    /** The department with this code, if any (null: none). */
    public static java.util.Optional<Department> byCode(String code) {
        return code == null ? java.util.Optional.empty() : Department.<Department>find("code", code).firstResultOptional();
    }
}
