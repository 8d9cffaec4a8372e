package kz.dauys.tally.mes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import kz.dauys.tally.Fraction;

/**
 * A fast run of the Method of Equal Shares that is exact whenever it answers.
 *
 * <p>Money is held as 64-bit fixed point (units of 2^-F currency, F chosen per run so that all the
 * voters' money fits) together with a bound on the rounding error, so each pattern's true money
 * lies in [approx - err, approx + err]. Every decision MES takes (is a project affordable, which
 * supporters pay less than rho, which project is cheapest) is taken only when these intervals decide
 * it; prices are carried as exact rational intervals. When an interval cannot decide (a near tie,
 * an exact tie), the run gives up and returns null, and the caller repeats it with the exact
 * {@link EqualSharesEngine}. So a non-null result is the exact MES outcome.
 */
final class BoundedEqualSharesEngine {

    private static final int ROOT = 0;

    private final MesProfile profile;
    private final PatternStructure structure;

    /** Per run: bounds of each pattern's money, scaled by 2^shift; exactly 0 with error 0 once emptied. */
    /** Interleaved per pattern: approximate money at 2p, its error bound at 2p + 1 (one cache line). */
    private long[] bounds = new long[2048];
    private boolean[] poorMark = new boolean[1024];
    private int shift;
    /**
     * Per project, an upper bound on its supporters' true money (scaled): from the last evaluation,
     * lowered at each purchase by what its supporters certainly paid (see {@link #buy}). A project
     * whose bound is below its cost is unaffordable without evaluating it.
     */
    private long[] moneyBound;
    private long totalMoney;
    private final java.util.ArrayDeque<Evaluation> pool = new java.util.ArrayDeque<>();
    private int[] candidateScratch = new int[0];
    private int[] poorScratch = new int[0];

    BoundedEqualSharesEngine(MesProfile profile) {
        this.profile = profile;
        this.structure = new PatternStructure(profile);
    }

    /** Returned instead of a run when certification failed and the caller has no use for the run. */
    static final MesRun ABANDONED = new MesRun(-1, new int[0], new BigInteger[0][], false, null, null, List.of());

    /**
     * Same contract as {@link EqualSharesEngine#run} without recording, or null when the bounds
     * could not decide a step of the run.
     *
     * @param abandon when certifying, return {@link #ABANDONED} as soon as certification fails
     */
    MesRun run(long step, MesRun against, boolean abandon) {
        if (!reset(step)) {
            return null;
        }
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int p = 0; p < profile.projectCount; p++) {
            if (profile.isCandidate(p)) {
                BigInteger num = BigInteger.valueOf(profile.cost[p]);
                BigInteger den = BigInteger.valueOf(profile.supporterCount[p])
                        .multiply(BigInteger.valueOf(profile.utility[p]));
                queue.add(new Candidate(p, num, den, num, den));
            }
        }
        List<Integer> sequence = new ArrayList<>();
        List<BigInteger[]> prices = new ArrayList<>();
        boolean certifying = against != null;
        List<Candidate> popped = new ArrayList<>();
        List<List<MesRun.Rival>> rivals = new ArrayList<>();
        while (true) {
            int round = sequence.size();
            int expected = -1;
            BigInteger thresholdNum = null;
            BigInteger thresholdDen = null;
            if (certifying && round < against.rounds()) {
                expected = against.sequence()[round];
                thresholdNum = against.prices()[round][2];
                thresholdDen = against.prices()[round][3];
            }
            Candidate best = null;
            Evaluation bestEval = null;
            popped.clear();
            while (!queue.isEmpty()) {
                Candidate c = queue.peek();
                // Evaluate while the lower bound does not exceed the best upper bound (or the threshold).
                boolean beyondBest = best != null && greater(c.loNum, c.loDen, best.hiNum, best.hiDen);
                boolean beyondThreshold = !certifying || thresholdNum == null
                        || greater(c.loNum, c.loDen, thresholdNum, thresholdDen);
                if (beyondBest && beyondThreshold) {
                    break;
                }
                queue.poll();
                if (certainlyUnaffordable(c.project)) {
                    continue;
                }
                Evaluation ev = evaluate(round, c.project);
                if (ev == null) {
                    return null;
                }
                if (!ev.affordable) {
                    release(ev);
                    continue;
                }
                BigInteger den = BigInteger.valueOf(ev.richWeight).multiply(BigInteger.valueOf(profile.utility[c.project]))
                        .shiftLeft(shift);
                Candidate updated = ev.exact
                        ? new Candidate(c.project, BigInteger.valueOf(profile.cost[c.project]),
                                BigInteger.valueOf(ev.richWeight).multiply(BigInteger.valueOf(profile.utility[c.project])),
                                BigInteger.valueOf(profile.cost[c.project]),
                                BigInteger.valueOf(ev.richWeight).multiply(BigInteger.valueOf(profile.utility[c.project])))
                        : new Candidate(c.project, BigInteger.valueOf(ev.rhoLowScaledNum), den,
                                BigInteger.valueOf(ev.rhoHighScaledNum), den);
                popped.add(updated);
                if (best == null || greater(best.loNum, best.loDen, updated.loNum, updated.loDen)) {
                    best = updated;
                    if (bestEval != null) {
                        release(bestEval);
                    }
                    bestEval = ev;
                } else {
                    release(ev);
                }
                if (certifying && (thresholdNum == null || (updated.project != expected
                        && !greater(updated.loNum, updated.loDen, thresholdNum, thresholdDen)))) {
                    if (abandon) {
                        return thresholdNum == null ? ABANDONED : new MesRun(step, new int[0], new BigInteger[0][],
                                false, null, null, List.of(), new MesRun.Crossing(round,
                                        new MesRun.Rival(updated.project, updated.loNum, updated.loDen)));
                    }
                    certifying = false;
                }
            }
            if (best == null) {
                break;
            }
            List<MesRun.Rival> roundRivals = new ArrayList<>();
            rivals.add(roundRivals);
            for (Candidate c : popped) {
                if (c.project != best.project) {
                    roundRivals.add(new MesRun.Rival(c.project, c.loNum, c.loDen));
                    // The best must be separated from every other candidate, else exact arithmetic decides.
                    if (!greater(c.loNum, c.loDen, best.hiNum, best.hiDen)) {
                        return null;
                    }
                    queue.add(c);
                }
            }
            if (certifying && best.project != expected) {
                if (abandon) {
                    return ABANDONED;
                }
                certifying = false;
            }
            sequence.add(best.project);
            prices.add(new BigInteger[] {best.loNum, best.loDen, best.hiNum, best.hiDen});
            buy(round, bestEval);
            release(bestEval);
        }
        boolean certified = certifying && sequence.size() == against.rounds();
        return new MesRun(step, sequence.stream().mapToInt(Integer::intValue).toArray(),
                prices.toArray(new BigInteger[0][]), certified, null, null, rivals);
    }

    /**
     * Same contract as {@link EqualSharesEngine#replay}, or null when the bounds cannot decide it.
     * The run is repeated in fixed point, which certifies, round by round, which supporters pay
     * rho in full and which pay all they have (and that nobody who paid in full is left with exactly
     * nothing); the recorded figures are then computed exactly from these sets with {@link PathSums},
     * without exact arithmetic per pattern.
     */
    MesRun replay(long step, int[] sequence) {
        if (!reset(step)) {
            return null;
        }
        long n = profile.voters;
        int m = sequence.length;
        BigInteger[][] prices = new BigInteger[m][];
        List<EqualSharesPurchase> purchases = new ArrayList<>(m);
        PathSums sums = new PathSums(structure);
        sums.start(BigInteger.valueOf(profile.budget).add(BigInteger.valueOf(step).multiply(BigInteger.valueOf(n))),
                BigInteger.valueOf(n), m);
        long[] aliveCounts = new long[m];
        long[] poorCounts = new long[m];
        for (int round = 0; round < m; round++) {
            int project = sequence[round];
            Evaluation ev = evaluate(round, project);
            if (ev == null) {
                return null;
            }
            if (!ev.affordable) {
                release(ev);
                return null;
            }
            long aliveWeight = 0;
            for (int i = 0; i < ev.count; i++) {
                sums.add(0, ev.patterns[i], ev.weights[i]);
                aliveWeight += ev.weights[i];
            }
            long poorWeight = 0;
            if (ev.order != null) {
                for (int k = 0; k < ev.poorCount; k++) {
                    int i = ev.order[k];
                    sums.add(1, ev.patterns[i], ev.weights[i]);
                    poorWeight += ev.weights[i];
                }
            }
            sums.countAndClear(round, aliveCounts, poorCounts);
            BigInteger denominator = sums.denominator();
            Fraction before = Fraction.of(sums.money(aliveWeight, aliveCounts), denominator);
            BigInteger partial = sums.money(poorWeight, poorCounts);
            Fraction partialPaid = Fraction.of(partial, denominator);
            long cost = profile.cost[project];
            long fullWeight = aliveWeight - poorWeight;
            Fraction rho = sums.pay(cost, partial, fullWeight);
            Fraction price = rho.divide(profile.utility[project]);
            prices[round] = new BigInteger[] {price.numerator(), price.denominator(), price.numerator(),
                    price.denominator()};
            long supporters = profile.supporterCount[project];
            purchases.add(new EqualSharesPurchase(profile.projects.get(project).id(), round + 1, cost, price,
                    rho, supporters, fullWeight, poorWeight, partialPaid,
                    supporters - aliveWeight, before, before.subtract(Fraction.of(cost))));
            buy(round, ev);
            release(ev);
            // Who paid in full must certainly keep some money, else the exact engine would count
            // them as empty from now on.
            int[] children = structure.children(round);
            for (int c : children) {
                if (!isEmpty(c) && bounds[2 * c] - bounds[2 * c + 1] <= 0) {
                    return null;
                }
            }
        }
        BigInteger[][] money = new BigInteger[profile.projectCount][];
        for (int p = 0; p < profile.projectCount; p++) {
            if (!profile.isCandidate(p)) {
                continue;
            }
            PatternStructure.Histogram histogram = structure.histogram(m, p);
            long weight = 0;
            for (int k = 0; k < histogram.patterns().length; k++) {
                int pattern = histogram.patterns()[k];
                if (!isEmpty(pattern)) {
                    sums.add(0, pattern, histogram.weights()[k]);
                    weight += histogram.weights()[k];
                }
            }
            sums.countAndClear(m, aliveCounts, poorCounts);
            money[p] = new BigInteger[] {sums.money(weight, aliveCounts), sums.denominator()};
        }
        return new MesRun(step, sequence.clone(), prices, false, purchases, money, List.of());
    }

    private boolean certainlyUnaffordable(int project) {
        long cost = profile.cost[project];
        return cost > totalMoney || moneyBound[project] < cost << shift;
    }

    private static boolean greater(BigInteger aNum, BigInteger aDen, BigInteger bNum, BigInteger bDen) {
        return aNum.multiply(bDen).compareTo(bNum.multiply(aDen)) > 0;
    }

    private boolean reset(long step) {
        long n = profile.voters;
        long total;
        try {
            total = Math.addExact(profile.budget, Math.multiplyExact(step, n));
        } catch (ArithmeticException overflow) {
            return false;
        }
        // Room for the total money with 2 spare bits for error terms.
        shift = Math.max(0, Math.min(32, 61 - (64 - Long.numberOfLeadingZeros(Math.max(1, total)))));
        if (shift < 8) {
            return false;
        }
        totalMoney = total;
        bounds[2 * ROOT] = (total << shift) / n;
        bounds[2 * ROOT + 1] = 1;
        if (moneyBound == null) {
            moneyBound = new long[profile.projectCount];
        }
        for (int p = 0; p < profile.projectCount; p++) {
            moneyBound[p] = profile.supporterCount[p] * (bounds[2 * ROOT] + bounds[2 * ROOT + 1]);
        }
        return true;
    }

    private void ensureCapacity(int patterns) {
        if (poorMark.length < patterns) {
            int capacity = Math.max(patterns, poorMark.length * 2);
            bounds = Arrays.copyOf(bounds, 2 * capacity);
            poorMark = Arrays.copyOf(poorMark, capacity);
        }
    }

    private Evaluation obtain(int project, int capacity) {
        Evaluation ev = pool.poll();
        return (ev == null ? new Evaluation() : ev).reset(project, capacity);
    }

    private void release(Evaluation ev) {
        if (ev != UNDECIDED) {
            pool.push(ev);
        }
    }

    private boolean isEmpty(int pattern) {
        return bounds[2 * pattern] == 0 && bounds[2 * pattern + 1] == 0;
    }

    /** Prices a project within bounds; null when the bounds cannot decide. */
    private Evaluation evaluate(int round, int project) {
        PatternStructure.Histogram histogram = structure.histogram(round, project);
        int[] all = histogram.patterns();
        long[] allWeights = histogram.weights();
        Evaluation ev = obtain(project, all.length);
        long supporters = 0;
        long smallestLow = Long.MAX_VALUE;
        int count = 0;
        for (int k = 0; k < all.length; k++) {
            int p = all[k];
            long a = bounds[2 * p];
            long e = bounds[2 * p + 1];
            if (a == 0 && e == 0) {
                continue;
            }
            ev.patterns[count] = p;
            ev.weights[count] = allWeights[k];
            supporters += allWeights[k];
            ev.low[count] = a - e;
            ev.high[count] = a + e;
            smallestLow = Math.min(smallestLow, a - e);
            count++;
        }
        ev.count = count;
        long cost = profile.cost[project];
        if (count == 0 || cost > totalMoney) {
            ev.affordable = false;
            return ev;
        }
        long need = cost << shift;
        // Everyone certainly pays rho = cost / W: the price is exact.
        if (smallestLow >= 0 && smallestLow >= ceilDiv(need, supporters)) {
            ev.affordable = true;
            ev.exact = true;
            ev.richWeight = supporters;
            ev.rhoLowScaledNum = need;
            ev.rhoHighScaledNum = need;
            ev.poorCount = 0;
            return ev;
        }
        long low = 0;
        long high = 0;
        for (int i = 0; i < count; i++) {
            low += ev.weights[i] * ev.low[i];
            high += ev.weights[i] * ev.high[i];
        }
        moneyBound[project] = Math.min(moneyBound[project], high);
        if (high < need) {
            ev.affordable = false;
            return ev;
        }
        if (low < need) {
            return null;
        }
        ev.affordable = true;
        if (count >= 1 << 22) {
            return null;
        }
        Evaluation settled = settleByIteration(ev, need, supporters);
        if (settled != null) {
            if (settled == UNDECIDED) {
                release(ev);
                return null;
            }
            return settled;
        }
        // Only supporters whose money may be below rho can be poor. Start with those below the
        // all-rich price and widen the set while the price, with them paying less, climbs higher.
        long threshold = ceilDiv(need, supporters);
        while (true) {
            int[] order = below(ev, threshold);
            long outsideLow = Long.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                int p = ev.patterns[i];
                if (bounds[2 * p] - bounds[2 * p + 1] >= threshold) {
                    outsideLow = Math.min(outsideLow, bounds[2 * p] - bounds[2 * p + 1]);
                }
            }
            long[] suffixLow = new long[order.length + 1];
            suffixLow[order.length] = outsideLow;
            for (int k = order.length - 1; k >= 0; k--) {
                int p = ev.patterns[order[k]];
                suffixLow[k] = Math.min(suffixLow[k + 1], bounds[2 * p] - bounds[2 * p + 1]);
            }
            long paidLow = 0;
            long paidHigh = 0;
            long rich = supporters;
            for (int k = 0; k <= order.length; k++) {
                // rho lies in [(need - paidHigh) / rich, (need - paidLow) / rich] (scaled units)
                long rhoLowFloor = Math.floorDiv(need - paidHigh, rich);
                long rhoHighCeil = ceilDiv(need - paidLow, rich);
                if (suffixLow[k] >= rhoHighCeil) {
                    ev.order = order;
                    ev.poorCount = k;
                    ev.richWeight = rich;
                    ev.rhoLowScaledNum = need - paidHigh;
                    ev.rhoHighScaledNum = need - paidLow;
                    ev.exact = false;
                    return ev;
                }
                if (k == order.length) {
                    if (rhoHighCeil <= threshold) {
                        return null;
                    }
                    threshold = rhoHighCeil;
                    break;
                }
                int i = order[k];
                int p = ev.patterns[i];
                if (bounds[2 * p] + bounds[2 * p + 1] >= rhoLowFloor) {
                    return null;
                }
                paidLow += ev.weights[i] * Math.max(0, bounds[2 * p] - bounds[2 * p + 1]);
                paidHigh += ev.weights[i] * (bounds[2 * p] + bounds[2 * p + 1]);
                rich -= ev.weights[i];
            }
        }
    }

    private static final Evaluation UNDECIDED = new Evaluation().reset(-1, 0);

    /**
     * Finds the poor supporters without sorting: rho is the smallest fixed point of
     * rho = (need - money of those below rho) / (weight of the others), and iterating from the
     * all-rich price rho0 = need / W only ever adds supporters that are poor at the fixed point.
     * Returns the settled evaluation, {@link #UNDECIDED} when the bounds cannot decide, or null
     * after a few rounds without convergence (the caller then sorts).
     */
    private Evaluation settleByIteration(Evaluation ev, long need, long supporters) {
        long[] low = ev.low;
        long[] high = ev.high;
        long[] weights = ev.weights;
        // Supporters holding at least twice the all-rich price are left out of the iteration; at the
        // end they must be surely rich, else the iteration is redone with a higher cap.
        long cap = 2 * ceilDiv(need, supporters);
        if (candidateScratch.length < ev.count) {
            candidateScratch = new int[Math.max(ev.count, candidateScratch.length * 2)];
            poorScratch = new int[candidateScratch.length];
        }
        int[] candidates = candidateScratch;
        // The poor, by index, in the order found.
        int[] poor = poorScratch;
        while (true) {
            int n = 0;
            long outsideLow = Long.MAX_VALUE;
            for (int i = 0; i < ev.count; i++) {
                if (low[i] < cap) {
                    candidates[n++] = i;
                } else {
                    outsideLow = Math.min(outsideLow, low[i]);
                }
            }
            long paidLow = 0;
            long paidHigh = 0;
            long rich = supporters;
            int poorCount = 0;
            boolean converged = false;
            long rhoLowFloor = 0;
            long rhoHighCeil = 0;
            for (int iteration = 0; iteration < 12 && !converged; iteration++) {
                rhoLowFloor = Math.floorDiv(need - paidHigh, rich);
                rhoHighCeil = ceilDiv(need - paidLow, rich);
                boolean added = false;
                boolean undecided = false;
                int kept = 0;
                for (int k = 0; k < n; k++) {
                    int i = candidates[k];
                    if (high[i] < rhoLowFloor) {
                        poor[poorCount++] = i;
                        paidLow += weights[i] * Math.max(0, low[i]);
                        paidHigh += weights[i] * high[i];
                        rich -= weights[i];
                        added = true;
                    } else {
                        if (low[i] < rhoHighCeil) {
                            undecided = true;
                        }
                        candidates[kept++] = i;
                    }
                }
                n = kept;
                if (!added) {
                    if (undecided) {
                        return UNDECIDED;
                    }
                    converged = true;
                } else if (rich <= 0) {
                    return UNDECIDED;
                }
            }
            if (!converged) {
                return null;
            }
            if (outsideLow < rhoHighCeil) {
                long raised = 2 * rhoHighCeil;
                if (raised <= cap) {
                    return UNDECIDED;
                }
                cap = raised;
                continue;
            }
            ev.order = Arrays.copyOf(poor, poorCount);
            ev.poorCount = poorCount;
            ev.richWeight = rich;
            ev.rhoLowScaledNum = need - paidHigh;
            ev.rhoHighScaledNum = need - paidLow;
            ev.exact = false;
            return ev;
        }
    }

    /**
     * Indices of the evaluation's patterns whose lower bound is below {@code threshold}, by
     * increasing approximate money (any order is correct; sorted avoids needless give-ups).
     */
    private int[] below(Evaluation ev, long threshold) {
        int n = 0;
        long max = 1;
        for (int i = 0; i < ev.count; i++) {
            int p = ev.patterns[i];
            if (bounds[2 * p] - bounds[2 * p + 1] < threshold) {
                n++;
                max = Math.max(max, bounds[2 * p]);
            }
        }
        // Sort packed (coarse money, index) keys, then finish with an insertion pass on exact values.
        int drop = Math.max(0, (64 - Long.numberOfLeadingZeros(max)) - 40);
        long[] keys = new long[n];
        int j = 0;
        for (int i = 0; i < ev.count; i++) {
            int p = ev.patterns[i];
            if (bounds[2 * p] - bounds[2 * p + 1] < threshold) {
                keys[j++] = (Math.max(0, bounds[2 * p]) >> drop) << 22 | i;
            }
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] & ((1 << 22) - 1));
        }
        for (int k = 1; k < n; k++) {
            int cur = order[k];
            long v = bounds[2 * ev.patterns[cur]];
            int t = k - 1;
            while (t >= 0 && bounds[2 * ev.patterns[order[t]]] > v) {
                order[t + 1] = order[t];
                t--;
            }
            order[t + 1] = cur;
        }
        return order;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    /** The supporters pay: the poor give everything, the rich pay rho (within its bounds). */
    private void buy(int round, Evaluation ev) {
        long rhoLow = Math.floorDiv(ev.rhoLowScaledNum, ev.richWeight);
        long rhoHigh = ceilDiv(ev.rhoHighScaledNum, ev.richWeight);
        structure.ensure(round, ev.project);
        ensureCapacity(structure.patternCount());
        long[][] coSupport = profile.coSupport;
        if (coSupport != null) {
            // Of the supporters of p, at least coSupport - (those of the buyers not paying rho in
            // full) paid rho >= rhoLow each.
            long notFull = profile.supporterCount[ev.project] - ev.richWeight;
            long[] shared = coSupport[ev.project];
            for (int p = 0; p < shared.length; p++) {
                long payers = shared[p] - notFull;
                if (payers > 0 && p != ev.project) {
                    moneyBound[p] -= rhoLow * payers;
                }
            }
        }
        if (ev.order != null) {
            for (int k = 0; k < ev.poorCount; k++) {
                poorMark[ev.patterns[ev.order[k]]] = true;
            }
        }
        int[] parents = structure.parents(round);
        int[] children = structure.children(round);
        for (int i = 0; i < parents.length; i++) {
            int p = parents[i];
            int c = children[i];
            if (poorMark[p] || isEmpty(p)) {
                bounds[2 * c] = 0;
                bounds[2 * c + 1] = 0;
            } else {
                // true money - rho lies in [approx - err - rhoHigh, approx + err - rhoLow]
                bounds[2 * c] = bounds[2 * p] - rhoLow;
                bounds[2 * c + 1] = bounds[2 * p + 1] + (rhoHigh - rhoLow);
            }
        }
        if (ev.order != null) {
            for (int k = 0; k < ev.poorCount; k++) {
                poorMark[ev.patterns[ev.order[k]]] = false;
            }
        }
    }

    /** A project with bounds on its price per unit of utility; ordered by the lower bound. */
    private record Candidate(int project, BigInteger loNum, BigInteger loDen, BigInteger hiNum, BigInteger hiDen)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return loNum.multiply(o.loDen).compareTo(o.loNum.multiply(loDen));
        }
    }

    private static final class Evaluation {
        int project;
        /** Supporting patterns holding money (the arrays may be longer). */
        int count;
        int[] patterns = new int[0];
        long[] weights = new long[0];
        /** Bounds of each pattern's money, copied densely for the pricing loops. */
        long[] low = new long[0];
        long[] high = new long[0];
        boolean affordable;
        boolean exact;
        long richWeight;
        long rhoLowScaledNum;
        long rhoHighScaledNum;
        int poorCount;
        int[] order;

        /** Prepares this (possibly reused) evaluation for a project with up to {@code capacity} patterns. */
        Evaluation reset(int project, int capacity) {
            this.project = project;
            if (patterns.length < capacity) {
                int size = Math.max(capacity, patterns.length * 2);
                patterns = new int[size];
                weights = new long[size];
                low = new long[size];
                high = new long[size];
            }
            count = 0;
            affordable = false;
            exact = false;
            richWeight = 0;
            rhoLowScaledNum = 0;
            rhoHighScaledNum = 0;
            poorCount = 0;
            order = null;
            return this;
        }
    }
}
