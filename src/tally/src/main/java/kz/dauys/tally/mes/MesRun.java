package kz.dauys.tally.mes;

import java.math.BigInteger;
import java.util.List;

/**
 * The result of one run of the Method of Equal Shares at one per-voter budget.
 *
 * @param step      how many currency units were added to each voter's budget B/n (0 for plain MES)
 * @param sequence  indices of the projects bought, in order (free supported projects excluded)
 * @param prices    per round, the winning price per unit of utility as an exact fraction
 *                  (numerator, denominator)
 * @param certified when the run was checked against an earlier run: true if every per-voter budget
 *                  between the two runs provably gives the same sequence
 * @param purchases per round, the recorded figures (only when recording was asked for)
 * @param money     per project, the supporters' money left when the run stopped (only when recording)
 */
record MesRun(long step, int[] sequence, BigInteger[][] prices, boolean certified,
              List<EqualSharesPurchase> purchases, BigInteger[][] money) {

    int rounds() {
        return sequence.length;
    }
}
