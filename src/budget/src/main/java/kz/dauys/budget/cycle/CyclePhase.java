package kz.dauys.budget.cycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * The phases of a cycle, in order. {@code ANNOUNCED} is the time before proposals open; the others
 * start on their dates or earlier when an official advances the cycle. A cycle never goes back.
 */
public enum CyclePhase {
    ANNOUNCED(EnumSet.noneOf(CycleAction.class)),
    PROPOSALS(EnumSet.of(CycleAction.SUBMIT_PROPOSAL, CycleAction.SUPPORT_PROPOSAL, CycleAction.REVIEW_PROPOSAL)),
    REVIEW(EnumSet.of(CycleAction.REVIEW_PROPOSAL)),
    VOTING(EnumSet.of(CycleAction.VOTE, CycleAction.ENTER_PAPER_BALLOTS)),
    TALLYING(EnumSet.of(CycleAction.ENTER_PAPER_BALLOTS, CycleAction.COMPUTE_OUTCOME)),
    RESULTS(EnumSet.of(CycleAction.VIEW_RESULTS, CycleAction.TRACK_IMPLEMENTATION)),
    IMPLEMENTATION(EnumSet.of(CycleAction.VIEW_RESULTS, CycleAction.TRACK_IMPLEMENTATION));

    private final Set<CycleAction> allowed;

    CyclePhase(Set<CycleAction> allowed) {
        this.allowed = allowed;
    }

    public Set<CycleAction> allowed() {
        return allowed;
    }

    public boolean allows(CycleAction action) {
        return allowed.contains(action);
    }

    public boolean isLast() {
        return this == IMPLEMENTATION;
    }

    public CyclePhase next() {
        if (isLast()) {
            throw new IllegalStateException("IMPLEMENTATION is the last phase");
        }
        return values()[ordinal() + 1];
    }

    public boolean isBefore(CyclePhase other) {
        return ordinal() < other.ordinal();
    }
}
