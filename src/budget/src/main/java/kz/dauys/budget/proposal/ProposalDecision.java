package kz.dauys.budget.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One decision on a proposal with its reason, kept for the author. */
@Entity
@Table(name = "proposal_decision")
public class ProposalDecision extends PanacheEntityBase {

    @Id
    public UUID id;
    /** Assigned by the database: the order decisions were taken in. */
    @Column(name = "seq", insertable = false, updatable = false)
    public Long sequence;
    @Column(name = "proposal_id")
    public UUID proposalId;
    @Enumerated(EnumType.STRING)
    public DecisionKind kind;
    public String reason;
    public String details;
    /** {@code moderation}, {@code author} or the deciding official's public display name. */
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    public static ProposalDecision record(UUID proposalId, DecisionKind kind, String reason, String details,
                                          String decidedBy, Instant at) {
        ProposalDecision decision = new ProposalDecision();
        decision.id = UUID.randomUUID();
        decision.proposalId = proposalId;
        decision.kind = kind;
        decision.reason = reason;
        decision.details = details;
        decision.decidedBy = decidedBy;
        decision.decidedAt = at;
        decision.persist();
        return decision;
    }

    public static List<ProposalDecision> of(UUID proposalId) {
        return list("proposalId = ?1 order by sequence", proposalId);
    }
}
