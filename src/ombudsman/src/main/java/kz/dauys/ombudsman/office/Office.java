package kz.dauys.ombudsman.office;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import kz.dauys.contract.LocalizedText;

import java.util.List;

/** The central office or a regional representative of the Human Rights Ombudsman. */
@Entity
public class Office extends PanacheEntityBase {

    public static final String CENTRAL = "central";

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    public OfficeKind kind;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "name_kk")
    public String nameKk;

    @Column(name = "name_ru")
    public String nameRu;

    @Column(name = "name_en")
    public String nameEn;

    public LocalizedText name() {
        return new LocalizedText(nameKk, nameRu, nameEn);
    }

    public boolean isCentral() {
        return kind == OfficeKind.CENTRAL;
    }

    public static List<Office> listOrdered() {
        return list("order by case when kind = 'CENTRAL' then 0 else 1 end, code");
    }
}
