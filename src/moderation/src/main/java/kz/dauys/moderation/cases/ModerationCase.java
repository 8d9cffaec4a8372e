package kz.dauys.moderation.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationOutcome;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One piece of moderation work: a submission round of an item, an appeal, or the review of a hide
 * caused by reports. Holds a snapshot of the content as it was when the case opened, the findings of
 * the automatic checks, the claim and, once decided, the decision with its statement of reasons.
 */
@Entity
@Table(name = "moderation_case")
public class ModerationCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_ref")
    public UUID itemRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type")
    public CaseType type;

    public int round;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public ContentKind kind;

    @Column(name = "item_id")
    public String itemId;

    @Column(name = "origin_service")
    public String originService;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    public String title;

    public String body;

    /** Further texts by name, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String fields;

    public String link;

    public String language;

    /** The findings of the automatic checks, as JSON (a list of {@code Finding}). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String findings;

    @Column(name = "risk_score")
    public int riskScore;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "claimed_by_name")
    public String claimedByName;

    @Column(name = "claim_expires_at")
    public Instant claimExpiresAt;

    @Enumerated(EnumType.STRING)
    public ModerationOutcome outcome;

    @Column(name = "reason_code")
    public String reasonCode;

    @Column(name = "moderator_text")
    public String moderatorText;

    public String statement;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** True when the decision was taken by the system (a hide after reports), not by a moderator. */
    public boolean automated;

    /** For an appeal: the case whose decision is appealed. */
    @Column(name = "appeal_of")
    public UUID appealOf;

    @Column(name = "appeal_grounds")
    public String appealGrounds;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "escalated_by")
    public String escalatedBy;

    @Column(name = "escalation_note")
    public String escalationNote;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public int version;

    public boolean isClaimedBy(String subject, Instant now) {
        return subject.equals(claimedBy) && claimExpiresAt != null && claimExpiresAt.isAfter(now);
    }
}
