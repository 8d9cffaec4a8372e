package kz.dauys.budget.proposal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds the views of proposals. */
final class ProposalViews {

    private ProposalViews() {
    }

    static AuthorProposalView author(Proposal proposal) {
        List<ProposalDecision> decisions = ProposalDecision.of(proposal.id);
        String reviewReason = decisions.stream()
                .filter(d -> d.kind == DecisionKind.FEASIBLE || d.kind == DecisionKind.NOT_FEASIBLE)
                .reduce((first, second) -> second).map(d -> d.reason).orElse(null);
        return new AuthorProposalView(ProposalView.of(proposal, reviewReason), proposal.moderationStatus,
                proposal.moderationReason, proposal.moderationStatus == ModerationStatus.CHANGES_REQUESTED,
                decisions.stream().map(AuthorProposalView.DecisionView::of).toList());
    }

    /** The latest feasibility reason of each proposal: public, as residents must see why a project is not on the ballot. */
    static Map<UUID, String> reviewReasons(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<ProposalDecision> reviews = ProposalDecision.list(
                "proposalId in ?1 and kind in ?2 order by sequence", ids, List.of(DecisionKind.FEASIBLE, DecisionKind.NOT_FEASIBLE));
        return reviews.stream().collect(Collectors.toMap(d -> d.proposalId, d -> d.reason, (a, b) -> b));
    }

}
