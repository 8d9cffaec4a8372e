package kz.dauys.budget.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything the results page needs, charts included: the chosen rule's outcome, the other rule's
 * outcome for comparison, and for every project why it was or was not funded under each.
 * Money is in tenge; exact fractions are given as {@code "p/q"} next to a rounded decimal.
 */
public record ResultsDocument(
        UUID cycleId,
        long budget,
        String currency,
        Ballots ballots,
        Summary chosen,
        Summary comparison,
        List<ProjectResult> projects,
        Instant computedAt,
        Instant publishedAt) {

    /** Ballots counted, by channel. */
    public record Ballots(long online, long paper, long imported, long total, long spoiledPaper) {
    }

    /** One rule's outcome. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(String rule, String algorithm, List<UUID> funded, long spent, long remaining,
                          String perVoterBudget, String perVoterBudgetExact) {
    }

    /** One project: its figures and why each rule funded it or not. */
    public record ProjectResult(UUID proposalId, String externalId, String title, String category, long cost,
                                long votes, long onlineVotes, long paperVotes, long importedVotes,
                                boolean funded, boolean fundedUnderComparison, Why why, Why whyUnderComparison) {
    }

    /**
     * The figures behind a decision. Greedy: the remaining budget when the project's turn came.
     * Equal shares: the round it was bought in, the largest payment per supporter (rho), how many
     * supporters paid rho, how many paid all they had left (and how much together), and their money
     * before and after; for a project not bought, its supporters' money when the rule stopped.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Why(String kind, boolean funded, String summary, String phase, Long remainingBefore, Integer round,
                      String paymentPerSupporter, String paymentPerSupporterExact, String pricePerUtility,
                      Long supporters, Long fullPayers, Long partialPayers, String partialPaid, Long emptySupporters,
                      String supportersMoneyBefore, String supportersMoneyAfter) {
    }
}
