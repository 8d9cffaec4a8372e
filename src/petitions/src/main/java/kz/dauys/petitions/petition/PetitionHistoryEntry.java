package kz.dauys.petitions.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One public fact in a petition's life: a state change or an event such as an overdue answer.
 * {@code actor} is a public role (author, moderation, system, addressee, admin), never a person.
 */
@Entity
@EntityListeners(PetitionPageEviction.class)
@Table(name = "petition_history")
public class PetitionHistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "petition_id")
    public UUID petitionId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public String action;

    @Column(name = "from_state")
    public PetitionState fromState;

    @Column(name = "to_state")
    public PetitionState toState;

    public String actor;

    public String note;

    public static List<PetitionHistoryEntry> of(UUID petitionId) {
        return list("petitionId = ?1 order by id", petitionId);
    }
}
