package kz.dauys.budget.cycle;

/**
 * Fired synchronously, inside the transaction, when a cycle enters a phase; features observe it to
 * do what the phase starts with (the outcome is computed on TALLYING and published on RESULTS).
 */
public record PhaseEntered(BudgetCycle cycle, CyclePhase phase, String by) {
}
