package kz.dauys.assembly.agenda;

/** What an agenda item may be about, besides its own text. */
public enum RelatedKind {
    PETITION,
    BUDGET_CYCLE,
    RESIDENT_PROPOSAL;

    /** Whether the owning service is told of decisions on such items (AssemblyDecisionRecorded). */
    public boolean isReportedToOwner() {
        return this == PETITION || this == BUDGET_CYCLE;
    }
}
