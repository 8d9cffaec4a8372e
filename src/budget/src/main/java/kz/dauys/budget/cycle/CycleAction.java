package kz.dauys.budget.cycle;

/** What a phase allows; the API lists them so the portal can show the right buttons. */
public enum CycleAction {
    SUBMIT_PROPOSAL,
    SUPPORT_PROPOSAL,
    REVIEW_PROPOSAL,
    VOTE,
    ENTER_PAPER_BALLOTS,
    COMPUTE_OUTCOME,
    VIEW_RESULTS,
    TRACK_IMPLEMENTATION
}
