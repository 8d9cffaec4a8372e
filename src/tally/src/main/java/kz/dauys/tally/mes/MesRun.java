package kz.dauys.tally.mes;

import java.math.BigInteger;
import java.util.List;

/**
 * The result of one run of the Method of Equal Shares at one per-voter budget.
 *
 * @param step      how many currency units were added to each voter's budget B/n (0 for plain MES)
 * @param sequence  indices of the projects bought, in order (free supported projects excluded)
 * @param prices    per round, bounds on the winning price per unit of utility as exact fractions
 *                  {low numerator, low denominator, high numerator, high denominator}; equal bounds
 *                  (the same objects) when the run was computed exactly
 * @param certified when the run was checked against an earlier run: true if every per-voter budget
 *                  between the two runs provably gives the same sequence
 * @param purchases per round, the recorded figures (only when recording was asked for)
 * @param money     per project, the supporters' money left when the run stopped (only when recording)
 * @param rivals    per round, the other projects priced in that round with a lower bound on their
 *                  price {project, numerator, denominator}; used only to guess how far the Add1
 *                  search can jump
 * @param crossing  for a run abandoned because a rival's price fell to the earlier winner's: that
 *                  round and rival (a lower bound on its price at this step), else null; used only
 *                  to guess where certification stops
 */
record MesRun(long step, int[] sequence, BigInteger[][] prices, boolean certified,
              List<EqualSharesPurchase> purchases, BigInteger[][] money, List<List<Rival>> rivals,
              Crossing crossing) {

    MesRun(long step, int[] sequence, BigInteger[][] prices, boolean certified,
           List<EqualSharesPurchase> purchases, BigInteger[][] money, List<List<Rival>> rivals) {
        this(step, sequence, prices, certified, purchases, money, rivals, null);
    }

    /** The round in which a rival's price fell to the threshold of certification. */
    record Crossing(int round, Rival rival) {
    }

    /** A project priced in a round but not bought, with a lower bound on its price. */
    record Rival(int project, BigInteger numerator, BigInteger denominator) {
    }

    int rounds() {
        return sequence.length;
    }
}
