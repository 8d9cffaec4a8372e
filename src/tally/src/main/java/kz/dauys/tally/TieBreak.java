package kz.dauys.tally;

import java.util.Comparator;
import java.util.Map;

/**
 * How a rule orders projects that are otherwise equal (same vote count for greedy, same price per
 * unit of utility for the Method of Equal Shares). The first project in the order wins.
 */
public enum TieBreak {

    /** More votes first, then lower cost, then project id ascending. The default. */
    VOTES_COST_ID,

    /** Project id ascending (string order), as pabutools' default lexicographic tie-breaking. */
    ID;

    /**
     * The order as a comparator.
     *
     * @param votes vote count per project id (approvals, or points for cumulative votes)
     */
    public Comparator<Project> comparator(Map<String, Long> votes) {
        Comparator<Project> byId = Comparator.comparing(Project::id);
        return switch (this) {
            case ID -> byId;
            case VOTES_COST_ID -> Comparator
                    .comparingLong((Project p) -> -votes.getOrDefault(p.id(), 0L))
                    .thenComparingLong(Project::cost)
                    .thenComparing(byId);
        };
    }
}
