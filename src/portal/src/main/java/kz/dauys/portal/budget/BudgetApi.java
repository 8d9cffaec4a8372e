package kz.dauys.portal.budget;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import kz.dauys.contract.LocalizedText;

import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The parts of the budget service's JSON ({@code docs/services/budget.md}) the portal shows; unknown fields are ignored. */
public final class BudgetApi {

    private BudgetApi() {
    }

    private static final Set<String> TEXTS = Arrays.stream(BudgetMsg.class.getDeclaredMethods()).map(Method::getName)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * The text key of a code sent by the service, e.g. {@code budget_phase_} + VOTING; a code the portal
     * does not know yet (a new category in the service's configuration) gets the prefix's "other" text.
     */
    static String key(String prefix, String code) {
        String key = prefix + (code == null ? "unknown" : code.toLowerCase(Locale.ROOT).replace('-', '_'));
        return TEXTS.contains(key) ? key : prefix + "unknown";
    }

    /** A proposal category code with its text key. */
    public record Category(String code) {
        public String getKey() {
            return key("budget_category_", code);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CyclePage(List<Cycle> items, int page, int size, long total) {
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

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Cycle(UUID id, TerritoryName territory, LocalizedText title, LocalizedText description, long budget,
                        String currency, Phases phases, String phase, Instant phaseChangedAt, Set<String> allowed,
                        String outcomeRule, String utility, BallotRules ballotRules, boolean replay,
                        CycleViewer viewer, List<AssemblyDecision> assemblyDecisions) {

        public String getPhaseKey() {
            return key("budget_phase_", phase);
        }

        public String getRuleKey() {
            return key("budget_outcome_rule_", outcomeRule);
        }

        public boolean allows(String action) {
            return allowed != null && allowed.contains(action);
        }

        public boolean isManageable() {
            return viewer != null && viewer.canManage();
        }

        public boolean isOpenToMe() {
            return viewer != null && viewer.canTakePart();
        }

        public boolean isResultsPublic() {
            return "RESULTS".equals(phase) || "IMPLEMENTATION".equals(phase) || replay;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TerritoryName(String code, LocalizedText name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Phases(LocalDate proposalsFrom, LocalDate reviewFrom, LocalDate votingFrom, LocalDate tallyingFrom,
                         LocalDate resultsFrom, LocalDate implementationFrom) {
    }

    /** Approval (optional project counts and share of the budget) or cumulative (points). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BallotRules(String kind, Integer minProjects, Integer maxProjects, Integer minBudgetSharePercent,
                              Integer maxPoints, Integer maxPointsPerProject) {
        public boolean isCumulative() {
            return "CUMULATIVE".equals(kind);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CycleViewer(boolean canManage, boolean canTakePart) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AssemblyDecision(String bodyName, String result, String decisionText, int votesFor, int votesAgainst,
                                   int abstentions, Instant decidedAt, String link) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProposalPage(List<Proposal> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthorPage(List<AuthorProposal> items, int page, int size, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Proposal(UUID id, UUID cycleId, String title, String description, String language, String category,
                           Location location, long estimatedCost, Long officialCost, long cost, List<String> attachments,
                           String authorName, int supporters, String review, String reviewReason, UUID mergedInto,
                           Instant submittedAt) {

        public String getReviewKey() {
            return key("budget_review_", review);
        }

        public String getCategoryKey() {
            return key("budget_category_", category);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String text, Double latitude, Double longitude) {
    }

    /** A proposal as its author or a managing official sees it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AuthorProposal(Proposal proposal, String moderation, String moderationReason, boolean editable,
                                 List<Decision> decisions) {
        public String getModerationKey() {
            return key("budget_moderation_", moderation);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String kind, String reason, String details, String decidedBy, Instant decidedAt) {
        public String getKindKey() {
            return key("budget_decision_", kind);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProposalRequest(String title, String description, String category, String language, Location location,
                                  Long estimatedCost, List<String> attachments) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReviewRequest(Boolean feasible, String reason, Long officialCost) {
    }

    public record MergeRequest(UUID into, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AdvanceRequest(String to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupportView(UUID proposalId, boolean supported, boolean added, int supporters) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BallotPaper(UUID cycleId, String phase, long budget, BallotRules rules, List<BallotItem> projects) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BallotItem(UUID proposalId, String title, String category, long cost) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MyBallot(UUID cycleId, boolean voted, int revision, Instant submittedAt, Map<UUID, Long> choices,
                           long totalCost) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BallotRequest(List<UUID> projects, Map<UUID, Long> points) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Results(UUID cycleId, long budget, String currency, Ballots ballots, Summary chosen, Summary comparison,
                          List<ProjectResult> projects, Instant computedAt, Instant publishedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ballots(long online, long paper, long imported, long total, long spoiledPaper) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(String rule, String algorithm, List<UUID> funded, long spent, long remaining, String perVoterBudget) {
        public String getRuleKey() {
            return key("budget_outcome_rule_", rule);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectResult(UUID proposalId, String title, String category, long cost, long votes, long onlineVotes,
                                long paperVotes, long importedVotes, boolean funded, boolean fundedUnderComparison,
                                Why why, Why whyUnderComparison) {
    }

    /** The figures behind a funding decision (greedy: remaining budget; equal shares: round and payments). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Why(String kind, boolean funded, String summary, Long remainingBefore, Integer round,
                      String paymentPerSupporter, Long supporters, Long fullPayers, Long partialPayers,
                      String supportersMoneyBefore, String supportersMoneyAfter) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProjectProgress(UUID proposalId, String title, long cost, String status, int percent, List<Note> history) {
        public String getStatusKey() {
            return key("budget_impl_", status);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Note(String status, int percent, String note, LocalDate notedOn, String notedBy, Instant recordedAt) {
        public String getStatusKey() {
            return key("budget_impl_", status);
        }
    }

    /** Paper ballots of one polling place: a label unique in the cycle, the valid ballots and the spoiled count. */
    public record PaperBatchRequest(String label, List<BallotRequest> ballots, Integer spoiled) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaperBatch(UUID id, String label, String enteredBy, Instant enteredAt, int ballots, int spoiled,
                             Map<UUID, Long> totals) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProgressRequest(String status, Integer percent, String note, LocalDate notedOn) {
    }
}
