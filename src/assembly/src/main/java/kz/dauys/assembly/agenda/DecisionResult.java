package kz.dauys.assembly.agenda;

/** What a body decided on an agenda item. */
public enum DecisionResult {
    ADOPTED,
    REJECTED,
    POSTPONED
}
