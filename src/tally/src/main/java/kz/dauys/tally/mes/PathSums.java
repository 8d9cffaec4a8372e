package kz.dauys.tally.mes;

import java.math.BigInteger;
import java.util.Arrays;

import kz.dauys.tally.Fraction;

/**
 * Exact money of sets of patterns without exact arithmetic per pattern. In a run whose purchases and
 * whose partial payers are known, a pattern still holding money paid the full rho of every round it
 * took part in, so it holds b - (the sum of rho_r over the rounds on its path in the pattern tree),
 * b being each voter's starting share. The money of a set of such patterns is therefore
 * W b - sum over r of c_r rho_r, with W the set's weight and c_r the weight of its patterns whose path
 * includes round r: integer counts, found by pushing the weights up the tree (children have larger
 * ids than their parents). Two sets are summed in one pass.
 */
final class PathSums {

    private final PatternStructure structure;
    private long[] first = new long[1024];
    private long[] second = new long[1024];
    private int top;
    private BigInteger share;
    private BigInteger denominator;
    private BigInteger[] rho;
    private int paidRounds;

    PathSums(PatternStructure structure) {
        this.structure = structure;
    }

    /** Adds a pattern's weight to the first (set 0) or the second (set 1) set. */
    void add(int set, int pattern, long weight) {
        if (pattern >= first.length) {
            int capacity = Math.max(pattern + 1, first.length * 2);
            first = Arrays.copyOf(first, capacity);
            second = Arrays.copyOf(second, capacity);
        }
        (set == 0 ? first : second)[pattern] += weight;
        top = Math.max(top, pattern);
    }

    /**
     * Per round, the weight of each set's patterns whose path includes that round (arrays of at
     * least {@code rounds} entries, overwritten); clears the sets.
     */
    void countAndClear(int rounds, long[] firstCounts, long[] secondCounts) {
        Arrays.fill(firstCounts, 0, rounds, 0);
        Arrays.fill(secondCounts, 0, rounds, 0);
        for (int p = top; p > 0; p--) {
            long a = first[p];
            long b = second[p];
            if (a == 0 && b == 0) {
                continue;
            }
            int round = structure.createdIn(p);
            int parent = structure.parent(p);
            firstCounts[round] += a;
            secondCounts[round] += b;
            first[parent] += a;
            second[parent] += b;
            first[p] = 0;
            second[p] = 0;
        }
        first[0] = 0;
        second[0] = 0;
        top = 0;
    }

    /**
     * Begins a run where every voter starts with {@code shareNumerator / shareDenominator}; the
     * share and the prices of the rounds are kept as numerators over one common denominator, so
     * sums need no reduction.
     */
    void start(BigInteger shareNumerator, BigInteger shareDenominator, int rounds) {
        this.share = shareNumerator;
        this.denominator = shareDenominator;
        this.rho = new BigInteger[rounds];
        this.paidRounds = 0;
    }

    /** The common denominator of the share, of the prices and of {@link #money}. */
    BigInteger denominator() {
        return denominator;
    }

    /** W b - the sum of counts[r] rho_r over the rounds so far, over {@link #denominator()}. */
    BigInteger money(long weight, long[] counts) {
        BigInteger total = share.multiply(BigInteger.valueOf(weight));
        for (int r = 0; r < paidRounds; r++) {
            if (counts[r] != 0) {
                total = total.subtract(rho[r].multiply(BigInteger.valueOf(counts[r])));
            }
        }
        return total;
    }

    /**
     * Records the next round: those paying in full pay rho = (cost - partial) / fullWeight, with
     * {@code partial} (over {@link #denominator()}) what the others paid. The common denominator
     * grows by the part of fullWeight not cancelled. Returns rho.
     */
    Fraction pay(long cost, BigInteger partial, long fullWeight) {
        BigInteger numerator = BigInteger.valueOf(cost).multiply(denominator).subtract(partial);
        BigInteger full = BigInteger.valueOf(fullWeight);
        BigInteger common = numerator.gcd(full);
        BigInteger multiplier = full.divide(common);
        if (!multiplier.equals(BigInteger.ONE)) {
            share = share.multiply(multiplier);
            for (int r = 0; r < paidRounds; r++) {
                rho[r] = rho[r].multiply(multiplier);
            }
            denominator = denominator.multiply(multiplier);
        }
        rho[paidRounds++] = numerator.divide(common);
        return Fraction.of(rho[paidRounds - 1], denominator);
    }
}
