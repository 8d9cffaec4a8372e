package kz.dauys.petitions.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ground on which moderation may reject a petition; {@code excludedByLaw} marks the subjects the law excludes. */
@Entity
@Table(name = "exclusion_reason")
public class ExclusionReason extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "excluded_by_law")
    public boolean excludedByLaw;

    @Column(name = "title_kk")
    public String titleKk;

    @Column(name = "title_ru")
    public String titleRu;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_kk")
    public String descriptionKk;

    @Column(name = "description_ru")
    public String descriptionRu;

    @Column(name = "description_en")
    public String descriptionEn;

    public int position;
}
