package kz.dauys.tally.greedy;

import kz.dauys.tally.Explanation;

/**
 * A greedy decision: the project was considered with {@code remainingBefore} money left and funded
 * if its cost fitted.
 *
 * @param projectId       the project
 * @param votes           its vote count (approvals, or points for cumulative votes)
 * @param cost            its cost
 * @param remainingBefore budget left when the project was considered
 * @param funded          whether it was funded
 * @param phase           {@code "greedy"} for the greedy rule, {@code "completion"} when greedy fills
 *                        what another rule left
 */
public record GreedyStep(String projectId, long votes, long cost, long remainingBefore, boolean funded,
                         String phase) implements Explanation {

    @Override
    public String summary() {
        String prefix = phase.equals("completion") ? "completion " : "";
        if (funded) {
            return prefix + "funded: " + votes + " votes, cost " + cost + " <= remaining " + remainingBefore;
        }
        if (votes <= 0) {
            return prefix + "skipped: no votes";
        }
        return prefix + "skipped: cost " + cost + " > remaining " + remainingBefore;
    }
}
