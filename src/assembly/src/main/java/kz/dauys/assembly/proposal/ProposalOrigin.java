package kz.dauys.assembly.proposal;

/** Who proposed an item: a resident, or an event about a petition or a budget cycle. */
public enum ProposalOrigin {
    RESIDENT,
    PETITION,
    BUDGET_CYCLE
}
