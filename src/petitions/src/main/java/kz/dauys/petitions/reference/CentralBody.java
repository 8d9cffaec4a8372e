package kz.dauys.petitions.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Government or a central state body a petition may be addressed to. */
@Entity
@Table(name = "central_body")
public class CentralBody extends PanacheEntityBase {

    @Id
    public String code;

    /** {@code GOVERNMENT} or {@code CENTRAL_BODY}. */
    public String body;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public int position;
}
