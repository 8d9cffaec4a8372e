package kz.dauys.budget.cycle;

/** How much a voter is assumed to gain from a funded project they approved (equal shares). */
public enum Utility {
    /** The project's cost: a voter values a project by what it costs. */
    COST,
    /** One per project: a voter values every approved project equally. */
    CARDINALITY
}
