package kz.dauys.tally.mes;

import kz.dauys.tally.Explanation;
import kz.dauys.tally.Fraction;

/**
 * A project bought by the Method of Equal Shares, with who paid what.
 *
 * @param projectId              the project
 * @param round                  1 for the first purchase (0 for a free project funded up front)
 * @param cost                   its cost, which the supporters paid exactly
 * @param pricePerUtility        rho divided by the supporter's utility: the figure projects compete on
 *                               (smallest wins); equals rho for cardinality utilities
 * @param rho                    the largest payment asked from one supporter
 * @param supporters             ballots approving the project
 * @param fullPayers             supporters who paid rho each
 * @param partialPayers          supporters who had less than rho and paid all they had left
 * @param partialPaid            what the partial payers paid together
 * @param emptySupporters        supporters who had no money left and paid nothing
 * @param supportersMoneyBefore  the supporters' money before the purchase
 * @param supportersMoneyAfter   the supporters' money after it
 */
public record EqualSharesPurchase(String projectId, int round, long cost, Fraction pricePerUtility, Fraction rho,
                                  long supporters, long fullPayers, long partialPayers, Fraction partialPaid,
                                  long emptySupporters, Fraction supportersMoneyBefore,
                                  Fraction supportersMoneyAfter) implements Explanation {

    @Override
    public boolean funded() {
        return true;
    }

    @Override
    public String summary() {
        if (round == 0) {
            return "funded: free project with " + supporters + " supporters";
        }
        return "funded in round " + round + ": rho " + rho.toDecimal(4) + " (price per utility "
                + pricePerUtility + "); " + fullPayers + " of " + supporters + " supporters paid rho, "
                + partialPayers + " paid their remaining " + partialPaid.toDecimal(2) + " in total, "
                + emptySupporters + " had nothing left; supporters' money " + supportersMoneyBefore.toDecimal(2)
                + " -> " + supportersMoneyAfter.toDecimal(2);
    }
}
