package kz.dauys.budget.cycle;

/** The form of a ballot. */
public enum BallotKind {
    /** Tick the projects you want; their total cost must fit the budget. */
    APPROVAL,
    /** Spread points over projects, at most a number of points in total. */
    CUMULATIVE
}
