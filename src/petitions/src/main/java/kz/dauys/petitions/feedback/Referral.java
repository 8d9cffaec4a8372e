package kz.dauys.petitions.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import kz.dauys.petitions.petition.PetitionPageEviction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The public status of an ombudsman case opened from a petition (no personal data). */
@Entity
@EntityListeners(PetitionPageEviction.class)
@Table(name = "petition_referral")
public class Referral extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "petition_id")
    public UUID petitionId;
    @Column(name = "case_number")
    public String caseNumber;
    public String status;
    public String office;
    @Column(name = "changed_at")
    public Instant changedAt;

    public static List<Referral> of(UUID petitionId) {
        return list("petitionId = ?1 order by changedAt", petitionId);
    }
}
