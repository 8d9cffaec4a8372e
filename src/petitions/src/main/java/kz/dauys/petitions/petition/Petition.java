package kz.dauys.petitions.petition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.addressee.Addressee;
import kz.dauys.petitions.addressee.AddresseeBody;
import kz.dauys.petitions.addressee.AddresseeLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A petition. Signature counts live in the tallies, written by the signing batcher. */
@Entity
@EntityListeners(PetitionPageEviction.class)
@Table(name = "petition")
public class Petition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long number;

    public PetitionState state;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_display_name")
    public String authorDisplayName;

    @Column(name = "author_region")
    public String authorRegion;

    @Column(name = "author_district")
    public String authorDistrict;

    @Column(name = "title_kk")
    public String titleKk;
    @Column(name = "title_ru")
    public String titleRu;
    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "text_kk")
    public String textKk;
    @Column(name = "text_ru")
    public String textRu;
    @Column(name = "text_en")
    public String textEn;

    @Column(name = "requested_action_kk")
    public String requestedActionKk;
    @Column(name = "requested_action_ru")
    public String requestedActionRu;
    @Column(name = "requested_action_en")
    public String requestedActionEn;

    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee_level")
    public AddresseeLevel addresseeLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressee_body")
    public AddresseeBody addresseeBody;

    @Column(name = "addressee_code")
    public String addresseeCode;

    @Column(name = "addressee_territory")
    public String addresseeTerritory;

    public long threshold;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "moderation_due_on")
    public LocalDate moderationDueOn;
    @Column(name = "moderation_note")
    public String moderationNote;
    @Column(name = "moderation_reason")
    public String moderationReason;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    @Column(name = "rejection_text")
    public String rejectionText;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "backers_due_on")
    public LocalDate backersDueOn;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "collection_ends_on")
    public LocalDate collectionEndsOn;
    @Column(name = "threshold_reached_at")
    public Instant thresholdReachedAt;
    @Column(name = "answer_due_on")
    public LocalDate answerDueOn;
    @Column(name = "answer_overdue")
    public boolean answerOverdue;
    @Column(name = "discussion_on")
    public LocalDate discussionOn;
    @Column(name = "discussion_place")
    public String discussionPlace;
    @Column(name = "discussion_note")
    public String discussionNote;
    @Column(name = "answer_kk")
    public String answerKk;
    @Column(name = "answer_ru")
    public String answerRu;
    @Column(name = "answer_en")
    public String answerEn;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "state_before_hidden")
    public PetitionState stateBeforeHidden;

    @Version
    public long version;

    public LocalizedText title() {
        return new LocalizedText(titleKk, titleRu, titleEn);
    }

    public LocalizedText text() {
        return new LocalizedText(textKk, textRu, textEn);
    }

    public LocalizedText requestedAction() {
        return new LocalizedText(requestedActionKk, requestedActionRu, requestedActionEn);
    }

    public LocalizedText answer() {
        return new LocalizedText(answerKk, answerRu, answerEn);
    }

    public void setAddressee(Addressee addressee) {
        addresseeLevel = addressee.level();
        addresseeBody = addressee.body();
        addresseeCode = addressee.code();
        addresseeTerritory = addressee.territoryCode();
        threshold = addressee.threshold();
    }

    public boolean isCentral() {
        return addresseeLevel == AddresseeLevel.CENTRAL;
    }

    public String link(String base) {
        return base + id;
    }
}
