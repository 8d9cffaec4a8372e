package kz.dauys.contract.budget;

import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.Topics;
import kz.dauys.contract.moderation.ModerationRequest;

/** A resident submitted a participatory-budget proposal for moderation. Subject: proposal id. */
public record BudgetProposalSubmitted(String proposalId, String cycleId, String territoryCode, long estimatedCost,
                                      ModerationRequest moderation) {

    public static final EventDescriptor<BudgetProposalSubmitted> EVENT =
            EventDescriptor.of("kz.dauys.budget.proposal.submitted.v1", Topics.BUDGET, BudgetProposalSubmitted.class);
}
