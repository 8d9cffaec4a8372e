package kz.dauys.petitions.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A petition topic; {@code humanRights} topics are taken up by the ombudsman when a petition reaches its threshold. */
@Entity
@Table(name = "topic")
public class Topic extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "human_rights")
    public boolean humanRights;

    public int position;
}
