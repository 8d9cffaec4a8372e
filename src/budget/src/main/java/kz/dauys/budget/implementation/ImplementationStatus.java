package kz.dauys.budget.implementation;

/** Where a funded project's implementation stands. */
public enum ImplementationStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
