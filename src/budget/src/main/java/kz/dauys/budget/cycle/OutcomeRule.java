package kz.dauys.budget.cycle;

/** How a cycle turns ballots into funded projects. */
public enum OutcomeRule {
    /** Most votes first; skip a project that no longer fits the remaining budget. */
    GREEDY,
    /** The Method of Equal Shares with Add1 completion and a greedy fill. */
    EQUAL_SHARES;

    public OutcomeRule other() {
        return this == GREEDY ? EQUAL_SHARES : GREEDY;
    }
}
