package kz.dauys.ombudsman.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dauys.contract.LocalizedText;

import java.util.List;

/** A category of rights (reference data). */
@Entity
@Table(name = "rights_category")
public class RightsCategory extends PanacheEntityBase {

    @Id
    public String code;

    public int position;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public LocalizedText name() {
        return new LocalizedText(nameKk, nameRu, nameEn);
    }

    public static List<RightsCategory> ordered() {
        return list("order by position");
    }
}
