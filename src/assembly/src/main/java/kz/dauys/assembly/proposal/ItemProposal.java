package kz.dauys.assembly.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A proposed agenda item for a body, from a resident or from an event. */
@Entity
@Table(name = "item_proposal")
public class ItemProposal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "body_id")
    public UUID bodyId;

    @Enumerated(EnumType.STRING)
    public ProposalOrigin origin;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText title;

    @JdbcTypeCode(SqlTypes.JSON)
    public LocalizedText description;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    /** The author's IIN as a keyed hash, so the author cannot co-sponsor their own proposal. */
    @Column(name = "author_iin_hash")
    public String authorIinHash;

    /** {@code PETITION} or {@code BUDGET_CYCLE} for proposals made from events. */
    @Column(name = "related_kind")
    public String relatedKind;

    @Column(name = "related_id")
    public String relatedId;

    /** The portal path of the related petition or cycle. */
    public String link;

    public ProposalStatus status;

    @Column(name = "cosponsor_count")
    public int cosponsorCount;

    @Column(name = "moderation_statement")
    public String moderationStatement;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "threshold_reached_at")
    public Instant thresholdReachedAt;

    @Column(name = "decision_due_on")
    public LocalDate decisionDueOn;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public static ItemProposal require(UUID id) {
        return Optional.<ItemProposal>ofNullable(findById(id))
                .orElseThrow(() -> ProblemException.notFound("Proposal", id));
    }

    public static Optional<ItemProposal> findByIdText(String id) {
        try {
            return Optional.ofNullable(findById(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Optional<ItemProposal> findRelated(UUID bodyId, String relatedKind, String relatedId) {
        return find("bodyId = ?1 and relatedKind = ?2 and relatedId = ?3", bodyId, relatedKind, relatedId).firstResultOptional();
    }
}
