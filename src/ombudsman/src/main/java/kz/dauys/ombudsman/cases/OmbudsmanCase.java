package kz.dauys.ombudsman.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.ombudsman.deadline.CaseDeadlines;
import kz.dauys.ombudsman.privacy.EncryptedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A complaint or referral handled by the ombudsman. Free texts that may carry personal data are
 * encrypted at rest ({@link EncryptedText}); the complainant's IIN only as a keyed hash.
 */
@Entity
@Table(name = "ombudsman_case")
public class OmbudsmanCase extends PanacheEntityBase {

    @Id
    public UUID id;

    public String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    public SourceKind sourceKind;

    @Column(name = "source_id")
    public String sourceId;

    @Column(name = "source_link")
    public String sourceLink;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "office_code")
    public String officeCode;

    @Column(name = "proposed_office_code")
    public String proposedOfficeCode;

    @Column(name = "assignee_username")
    public String assigneeUsername;

    @Enumerated(EnumType.STRING)
    public Urgency urgency;

    @Column(name = "urgency_rank")
    public int urgencyRank;

    @Column(name = "category_code")
    public String categoryCode;

    @Column(name = "body_name")
    public String bodyName;

    /** The body's territory; null for a central body. */
    @Column(name = "body_territory")
    public String bodyTerritory;

    @Column(name = "complainant_region")
    public String complainantRegion;

    @Column(name = "complainant_subject")
    public String complainantSubject;

    @Column(name = "complainant_iin_hash")
    public String complainantIinHash;

    @Column(name = "complainant_language")
    public String complainantLanguage;

    @Convert(converter = EncryptedText.class)
    @Column(name = "complainant_name")
    public String complainantName;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_email")
    public String contactEmail;

    @Convert(converter = EncryptedText.class)
    @Column(name = "contact_phone")
    public String contactPhone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "represented_person")
    public String representedPerson;

    @Column(name = "representation_consent")
    public boolean representationConsent;

    @Column(name = "consent_to_share")
    public boolean consentToShare;

    @Convert(converter = EncryptedText.class)
    public String title;

    @Convert(converter = EncryptedText.class)
    public String description;

    @Convert(converter = EncryptedText.class)
    @Column(name = "already_tried")
    public String alreadyTried;

    @Column(name = "happened_on")
    public LocalDate happenedOn;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "acknowledgement_due_on")
    public LocalDate acknowledgementDueOn;

    @Column(name = "acknowledged_on")
    public LocalDate acknowledgedOn;

    /** The original decision deadline; {@link #extendedUntil} replaces it after an extension. */
    @Column(name = "decision_due_on")
    public LocalDate decisionDueOn;

    @Column(name = "transfer_due_on")
    public LocalDate transferDueOn;

    @Column(name = "extended_until")
    public LocalDate extendedUntil;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "extended_on")
    public LocalDate extendedOn;

    @Column(name = "extension_notice_due_on")
    public LocalDate extensionNoticeDueOn;

    @Column(name = "extension_notice_sent_on")
    public LocalDate extensionNoticeSentOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "outcome_reasons")
    public String outcomeReasons;

    @Column(name = "redirect_to")
    public String redirectTo;

    @Column(name = "transferred_to")
    public String transferredTo;

    @Column(name = "complainant_told_on")
    public LocalDate complainantToldOn;

    @Convert(converter = EncryptedText.class)
    public String recommendation;

    @Column(name = "recommendation_issued_on")
    public LocalDate recommendationIssuedOn;

    @Column(name = "answer_due_on")
    public LocalDate answerDueOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "body_answer")
    public String bodyAnswer;

    @Column(name = "body_answered_on")
    public LocalDate bodyAnsweredOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "closing_summary")
    public String closingSummary;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Column(name = "next_due_on")
    public LocalDate nextDueOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "triage_answers")
    public Map<String, ChecklistAnswer> triageAnswers;

    @Column(name = "triaged_by")
    public String triagedBy;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Version
    public int version;

    public boolean hasComplainant() {
        return complainantSubject != null;
    }

    /** The decision deadline in force. */
    public LocalDate effectiveDecisionDueOn() {
        return extendedUntil != null ? extendedUntil : decisionDueOn;
    }

    @PrePersist
    @PreUpdate
    void keepNextDue() {
        nextDueOn = computeNextDue();
    }

    /** The next deadline the office has to meet in the current status, or null when none runs. */
    public LocalDate computeNextDue() {
        return switch (status) {
            case RECEIVED -> acknowledgementDueOn;
            case TRIAGE -> effectiveDecisionDueOn();
            case RECOMMENDATION -> bodyAnsweredOn == null ? answerDueOn : null;
            default -> null;
        };
    }

    public CaseDeadlines deadlines() {
        LocalDate finishedOn = switch (status) {
            case CLOSED -> closedOn;
            case INADMISSIBLE, TRANSFERRED -> decidedOn;
            default -> null;
        };
        return new CaseDeadlines(acknowledgementDueOn, acknowledgedOn, effectiveDecisionDueOn(), decidedOn,
                status == CaseStatus.TRANSFERRED, transferDueOn, extensionNoticeDueOn, extensionNoticeSentOn,
                answerDueOn, bodyAnsweredOn, finishedOn);
    }
}
