package kz.dauys.portal.petitions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import kz.dauys.contract.LocalizedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The parts of the petitions service's JSON the portal shows (unknown fields are ignored). */
public final class PetitionsApi {

    private PetitionsApi() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Summary> items, int page, int size, long total) {
        /** 1-based, for people. */
        public int getNumber() {
            return page + 1;
        }

        public int getPrevious() {
            return page - 1;
        }

        public int getNext() {
            return page + 1;
        }
    }

    /** A petition the user signed, with their signature's status ({@code valid}, {@code withdrawn}, {@code invalidated}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signed(Summary petition, String status, Instant signedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SignedPage(List<Signed> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(UUID id, long number, String state, LocalizedText title, String topic, String addresseeLevel,
                          String addresseeBody, String addresseeCode, String addresseeTerritory, long signatures,
                          long threshold, Instant openedAt, LocalDate collectionEndsOn) {
        public int getPercent() {
            return Petition.percent(signatures, threshold);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Petition(UUID id, long number, String state, LocalizedText title, LocalizedText text,
                           LocalizedText requestedAction, String topic, Addressee addressee, String authorName,
                           long signatures, long threshold, List<TerritoryCount> signaturesByTerritory, Dates dates,
                           Moderation moderation, Discussion discussion, Answer answer, List<History> history,
                           List<AssemblyDecision> assemblyDecisions, List<Referral> ombudsmanReferrals) {

        public int getPercent() {
            return percent(signatures, threshold);
        }

        public boolean isSignable() {
            return "gathering_backers".equals(state) || "open".equals(state);
        }

        public boolean isDraft() {
            return "draft".equals(state);
        }

        static int percent(long signatures, long threshold) {
            return threshold <= 0 ? 0 : (int) Math.min(100, signatures * 100 / threshold);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Addressee(String level, String body, String code, String territoryCode, LocalizedText name,
                            String signersMustResideIn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TerritoryCount(String region, String district, long count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dates(Instant createdAt, Instant submittedAt, LocalDate moderationDueOn, Integer moderationWaitingWorkingDays,
                        Instant publishedAt, LocalDate backersDueOn, Long earlyBackersRequired, Instant openedAt,
                        LocalDate collectionEndsOn, Instant thresholdReachedAt, LocalDate answerDueOn, boolean answerOverdue,
                        Instant answeredAt, Instant closedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Moderation(String note, String reasonCode, String rejectionText) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Discussion(LocalDate heldOn, String place, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(LocalizedText text, Instant answeredAt, boolean overdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record History(Instant at, String action, String from, String to, String actor, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssemblyDecision(String bodyName, String result, String decisionText, int votesFor, int votesAgainst,
                                   int abstentions, Instant decidedAt, String link) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Referral(String caseNumber, String status, String office, Instant changedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Count(UUID id, String state, long signatures, long threshold, Instant updatedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Eligibility(boolean canSign, String reason, String message, String territoryCode, Signature signature) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(UUID petitionId, String status, String displayName, boolean listed, String region,
                            String district, Instant signedAt, long signatures) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicSigner(String name, String region, Instant signedAt) {
    }

    public record Draft(LocalizedText title, LocalizedText text, LocalizedText requestedAction, String topic,
                        AddresseeChoice addressee) {
    }

    public record AddresseeChoice(String level, String body, String code, String territoryCode) {
    }

    public record AnswerText(LocalizedText text) {
    }

    public record DiscussionRecord(LocalDate heldOn, String place, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Topic(String code, LocalizedText name, boolean humanRights) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String code, boolean excludedByLaw, LocalizedText title, LocalizedText description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CentralBody(String code, String body, LocalizedText name, long threshold) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rules(long centralThreshold, long townAkimatThreshold, int moderationWorkingDays, long earlyBackers,
                        int earlyBackersWorkingDays, String collectionPeriod, int centralAnswerWorkingDays,
                        int localAnswerWorkingDays, int minimumAge) {
    }
}
