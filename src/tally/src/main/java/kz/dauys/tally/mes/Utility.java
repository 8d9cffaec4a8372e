package kz.dauys.tally.mes;

/**
 * How much a supporter values a project in the Method of Equal Shares (pabutools' satisfaction
 * measures for approval ballots; a cumulative ballot supports the projects it gives points to).
 */
public enum Utility {

    /**
     * A supporter's utility is the project's cost (pabutools {@code Cost_Sat}). Projects compete on
     * the price per unit of utility, rho / cost, which equals the share of the cost the best-off
     * supporter pays.
     */
    COST,

    /**
     * Every supported project is worth 1 (pabutools {@code Cardinality_Sat}). Projects compete on
     * rho, the largest payment asked from one supporter.
     */
    CARDINALITY;

    long of(long cost) {
        return this == COST ? cost : 1;
    }
}
