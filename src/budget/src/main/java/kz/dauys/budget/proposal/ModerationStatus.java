package kz.dauys.budget.proposal;

/** Where a proposal stands with moderation; only APPROVED proposals are public. */
public enum ModerationStatus {
    PENDING,
    APPROVED,
    CHANGES_REQUESTED,
    REJECTED,
    HIDDEN
}
