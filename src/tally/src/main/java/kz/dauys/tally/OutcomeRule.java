package kz.dauys.tally;

/** A participatory-budget rule: turns an election into the funded projects, with reasons. */
public interface OutcomeRule {

    /** A short name, e.g. {@code "greedy"} or {@code "equalshares/add1"}. */
    String name();

    /** Computes the outcome. Deterministic: the same election always gives the same outcome. */
    Outcome apply(Election election);
}
