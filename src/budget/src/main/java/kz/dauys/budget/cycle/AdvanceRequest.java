package kz.dauys.budget.cycle;

/** Moves a cycle on: to {@code to}, or to the next phase when it is null. */
public record AdvanceRequest(CyclePhase to) {
}
