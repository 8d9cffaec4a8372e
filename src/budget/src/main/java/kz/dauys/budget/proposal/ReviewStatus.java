package kz.dauys.budget.proposal;

/** The officials' feasibility review; only FEASIBLE proposals go on the ballot. */
public enum ReviewStatus {
    PENDING,
    FEASIBLE,
    NOT_FEASIBLE,
    /** A duplicate folded into another proposal (its supporters followed). */
    MERGED
}
