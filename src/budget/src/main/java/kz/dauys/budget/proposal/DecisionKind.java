package kz.dauys.budget.proposal;

/** Every step a proposal went through, as its author sees it. */
public enum DecisionKind {
    SUBMITTED,
    RESUBMITTED,
    MODERATION_APPROVED,
    MODERATION_REJECTED,
    MODERATION_CHANGES_REQUESTED,
    MODERATION_HIDDEN,
    MODERATION_RESTORED,
    FEASIBLE,
    NOT_FEASIBLE,
    COST_ESTIMATED,
    MERGED_INTO_ANOTHER,
    ABSORBED_DUPLICATE
}
