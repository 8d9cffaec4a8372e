package kz.dauys.tally.mes;

import kz.dauys.tally.Explanation;
import kz.dauys.tally.Fraction;

/**
 * A project the Method of Equal Shares did not buy.
 *
 * @param projectId       the project
 * @param cost            its cost
 * @param supporters      ballots approving it
 * @param supportersMoney the supporters' money when the rule stopped (zero without supporters)
 */
public record EqualSharesRejection(String projectId, long cost, long supporters, Fraction supportersMoney)
        implements Explanation {

    @Override
    public boolean funded() {
        return false;
    }

    @Override
    public String summary() {
        if (supporters == 0) {
            return "not funded: no supporters";
        }
        return "not affordable: supporters' money " + supportersMoney.toDecimal(2) + " < cost " + cost;
    }
}
