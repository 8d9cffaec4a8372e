package kz.dauys.petitions.petition;

import com.fasterxml.jackson.annotation.JsonInclude;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.addressee.AddresseeBody;
import kz.dauys.petitions.addressee.AddresseeLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A petition's page: texts, addressee, counts by territory, deadlines, the answer and the public history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PetitionView(
        UUID id,
        long number,
        PetitionState state,
        LocalizedText title,
        LocalizedText text,
        LocalizedText requestedAction,
        String topic,
        AddresseeView addressee,
        String authorName,
        long signatures,
        long threshold,
        List<SignatureCounts.TerritoryCount> signaturesByTerritory,
        Dates dates,
        Moderation moderation,
        Discussion discussion,
        Answer answer,
        List<HistoryView> history,
        List<AssemblyDecisionView> assemblyDecisions,
        List<ReferralView> ombudsmanReferrals) {

    /** The same page with other (live) signature counts. */
    public PetitionView withCounts(long total, List<SignatureCounts.TerritoryCount> byTerritory) {
        return new PetitionView(id, number, state, title, text, requestedAction, topic, addressee, authorName, total, threshold,
                byTerritory, dates, moderation, discussion, answer, history, assemblyDecisions, ombudsmanReferrals);
    }

    /**
     * @param signersMustResideIn set for a local addressee: only its residents may sign
     */
    public record AddresseeView(AddresseeLevel level, AddresseeBody body, String code, String territoryCode, LocalizedText name,
                                String signersMustResideIn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dates(Instant createdAt, Instant submittedAt, LocalDate moderationDueOn, Integer moderationWaitingWorkingDays,
                        Instant publishedAt, LocalDate backersDueOn, Long earlyBackersRequired, Instant openedAt,
                        LocalDate collectionEndsOn, Instant thresholdReachedAt, LocalDate answerDueOn, boolean answerOverdue,
                        Instant answeredAt, Instant closedAt) {
    }

    /** What moderation said; shown to the author (and moderators) only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Moderation(String note, String reasonCode, String rejectionText) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Discussion(LocalDate heldOn, String place, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Answer(LocalizedText text, Instant answeredAt, boolean overdue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryView(Instant at, String action, PetitionState from, PetitionState to, String actor, String note) {
    }

    public record AssemblyDecisionView(String bodyName, String result, String decisionText, int votesFor, int votesAgainst,
                                       int abstentions, Instant decidedAt, String link) {
    }

    public record ReferralView(String caseNumber, String status, String office, Instant changedAt) {
    }
}
