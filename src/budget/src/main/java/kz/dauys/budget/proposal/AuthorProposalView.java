package kz.dauys.budget.proposal;

import java.time.Instant;
import java.util.List;

/** A proposal as its author (or a managing official) sees it: with moderation state and every decision. */
public record AuthorProposalView(ProposalView proposal, ModerationStatus moderation, String moderationReason,
                                 boolean editable, List<DecisionView> decisions) {

    public record DecisionView(DecisionKind kind, String reason, String details, String decidedBy, Instant decidedAt) {
        static DecisionView of(ProposalDecision d) {
            return new DecisionView(d.kind, d.reason, d.details, d.decidedBy, d.decidedAt);
        }
    }
}
