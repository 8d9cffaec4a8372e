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

/** A local assembly's decision on an agenda item made from a petition, as the assembly service reported it. */
@Entity
@EntityListeners(PetitionPageEviction.class)
@Table(name = "petition_assembly_decision")
public class AssemblyDecision extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "petition_id")
    public UUID petitionId;
    @Column(name = "body_id")
    public String bodyId;
    @Column(name = "body_name")
    public String bodyName;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "item_id")
    public String itemId;
    public String result;
    @Column(name = "decision_text")
    public String decisionText;
    @Column(name = "votes_for")
    public int votesFor;
    @Column(name = "votes_against")
    public int votesAgainst;
    public int abstentions;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String link;

    public static List<AssemblyDecision> of(UUID petitionId) {
        return list("petitionId = ?1 order by decidedAt", petitionId);
    }
}
