package kz.dauys.petitions.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A territory as this service knows it: the kernel catalogue's structure, with a population an admin may correct. */
@Entity
@Table(name = "territory")
public class TerritoryEntry extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    public String kind;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public long population;

    @Column(name = "population_changed_at")
    public Instant populationChangedAt;

    @Column(name = "population_changed_by")
    public String populationChangedBy;

    public boolean isRegion() {
        return "OBLAST".equals(kind) || "CITY_REPUBLICAN".equals(kind);
    }
}
