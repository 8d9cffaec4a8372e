package kz.dauys.ombudsman.triage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dauys.contract.LocalizedText;

import java.util.List;

/** One question of the admissibility checklist; "yes" supports admission. */
@Entity
@Table(name = "admissibility_question")
public class AdmissibilityQuestion extends PanacheEntityBase {

    @Id
    public String code;

    public int position;

    @Column(name = "question_kk")
    public String questionKk;

    @Column(name = "question_ru")
    public String questionRu;

    @Column(name = "question_en")
    public String questionEn;

    public LocalizedText question() {
        return new LocalizedText(questionKk, questionRu, questionEn);
    }

    public static List<AdmissibilityQuestion> ordered() {
        return list("order by position");
    }
}
