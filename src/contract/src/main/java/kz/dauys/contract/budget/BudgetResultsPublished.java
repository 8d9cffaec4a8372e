package kz.dauys.contract.budget;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;

import java.time.Instant;
import java.util.List;

/**
 * A cycle's outcome was published; the assembly service schedules its approval by the maslikhat.
 * Subject: cycle id.
 */
public record BudgetResultsPublished(String cycleId, String title, String territoryCode, long budget, String rule,
                                     List<FundedProject> funded, long ballots, Instant publishedAt, String link) {

    public static final EventDescriptor<BudgetResultsPublished> EVENT =
            EventDescriptor.of("kz.dauys.budget.results.published.v1", Topics.BUDGET, BudgetResultsPublished.class);

    public record FundedProject(String proposalId, String title, long cost, long votes) {
    }
}
