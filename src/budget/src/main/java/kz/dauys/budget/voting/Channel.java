package kz.dauys.budget.voting;

/** How a ballot reached the count. */
public enum Channel {
    ONLINE,
    PAPER,
    /** From an imported pabulib file (a replayed past vote). */
    IMPORTED
}
