package kz.dauys.tally.mes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

import kz.dauys.tally.Fraction;

/**
 * Runs the Method of Equal Shares on a {@link MesProfile} with exact arithmetic. Used when the
 * fixed-point {@link BoundedEqualSharesEngine} cannot decide a run, and to replay the final outcome
 * with the exact figures for the explanations.
 *
 * <h2>Representation</h2>
 * Voters with the same ballot always hold the same money, and two voters hold the same money as long
 * as they paid for the same projects in full; a voter who could not pay the full share gives all
 * she has and drops to zero. The engine therefore tracks <em>patterns</em> (the money left after a
 * history of payments) rather than voters: every ballot group points at a pattern, and buying a
 * project moves its supporters' groups to a new pattern (or to the empty pattern).
 *
 * <p>All money in a round is an integer numerator over one common denominator {@code D}
 * (initially n, the number of voters, since each voter starts with (B + k n) / n). Buying a project
 * with price rho = R / (W D) multiplies the denominator by W (after removing the common factor of R
 * and W). Numerators of patterns untouched by a purchase are rescaled lazily when next read.
 *
 * <h2>Choosing a project</h2>
 * For each project, rho is the smallest payment cap such that supporters paying
 * min(money, rho * utility / utility) cover the cost; it is found by sorting the supporters' money.
 * Projects are compared on rho / utility (then the tie-break rank). Because money only goes down
 * during a run, a project's last computed price is a lower bound of its current price; a priority
 * queue on these bounds lets each round evaluate only the projects that can still win.
 */
final class EqualSharesEngine {

    private static final int ROOT = 0;
    private static final int EMPTY = 1;

    private final MesProfile profile;

    // Per-run state, reset by run().
    private int[] patternOf;
    private BigInteger[] patternMoney;
    private int[] patternEpoch;
    private int patternCount;
    private long[] accumulated;
    private int[] touched;
    private int[] transition;
    private BigInteger denominator;
    /** scale.get(e) turns a numerator over the denominator of epoch e into one over the current one. */
    private final List<BigInteger> scale = new ArrayList<>();

    EqualSharesEngine(MesProfile profile) {
        this.profile = profile;
    }

    /**
     * One run of MES with every voter starting at B/n + step.
     *
     * @param step    currency units added to each voter's equal share
     * @param against a run at a smaller step to certify against (see {@link MesRun#certified()}), or null
     * @param record  whether to record the explanation figures
     */
    MesRun run(long step, MesRun against, boolean record) {
        reset(step);
        int m = profile.projectCount;
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int p = 0; p < m; p++) {
            if (profile.isCandidate(p)) {
                // With everyone rich, rho = cost / supporters: a lower bound for the whole run.
                queue.add(new Candidate(p, profile.rank[p], BigInteger.valueOf(profile.cost[p]),
                        BigInteger.valueOf(profile.supporterCount[p]).multiply(BigInteger.valueOf(profile.utility[p]))));
            }
        }
        List<Integer> sequence = new ArrayList<>();
        List<BigInteger[]> prices = new ArrayList<>();
        List<EqualSharesPurchase> purchases = record ? new ArrayList<>() : null;
        boolean certifying = against != null;
        List<Candidate> popped = new ArrayList<>();
        List<List<MesRun.Rival>> rivals = new ArrayList<>();
        while (true) {
            int round = sequence.size();
            Candidate expected = null;
            if (certifying) {
                if (round < against.rounds()) {
                    int e = against.sequence()[round];
                    BigInteger[] price = against.prices()[round];
                    // Against the upper bound of the earlier price; a tie only favours the expected
                    // project by its rank when that price was exact.
                    boolean exact = price[0].equals(price[2]) && price[1].equals(price[3]);
                    expected = new Candidate(e, exact ? profile.rank[e] : Integer.MAX_VALUE, price[2], price[3]);
                }
            }
            Candidate best = null;
            Evaluation bestEval = null;
            popped.clear();
            while (!queue.isEmpty()) {
                Candidate c = queue.peek();
                boolean beyondBest = best != null && c.compareTo(best) > 0;
                boolean beyondThreshold = !certifying || expected == null || c.compareTo(expected) > 0;
                if (beyondBest && beyondThreshold) {
                    break;
                }
                queue.poll();
                Evaluation ev = evaluate(c.project);
                if (!ev.affordable) {
                    continue;
                }
                Candidate updated = new Candidate(c.project, c.rank, ev.rhoNumerator,
                        BigInteger.valueOf(ev.richWeight).multiply(BigInteger.valueOf(profile.utility[c.project]))
                                .multiply(denominator));
                popped.add(updated);
                if (best == null || updated.compareTo(best) < 0) {
                    best = updated;
                    bestEval = ev;
                }
                if (certifying && (expected == null
                        || (updated.project != expected.project && updated.compareTo(expected) < 0))) {
                    certifying = false;
                }
            }
            if (best == null) {
                break;
            }
            if (certifying && best.project != expected.project) {
                certifying = false;
            }
            List<MesRun.Rival> roundRivals = new ArrayList<>();
            rivals.add(roundRivals);
            for (Candidate c : popped) {
                if (c.project != best.project) {
                    roundRivals.add(new MesRun.Rival(c.project, c.numerator, c.denominator));
                    queue.add(c);
                }
            }
            sequence.add(best.project);
            prices.add(new BigInteger[] {best.numerator, best.denominator, best.numerator, best.denominator});
            EqualSharesPurchase purchase = buy(best.project, bestEval, round + 1, record);
            if (record) {
                purchases.add(purchase);
            }
        }
        boolean certified = certifying && sequence.size() == against.rounds();
        BigInteger[][] money = record ? finalMoney() : null;
        return new MesRun(step, sequence.stream().mapToInt(Integer::intValue).toArray(),
                prices.toArray(new BigInteger[0][]), certified, purchases, money, rivals);
    }

    /**
     * Replays a known MES outcome exactly, recording who paid what: buys the given projects in
     * order without pricing the others (the sequence must be the MES outcome at this step).
     */
    MesRun replay(long step, int[] sequence) {
        reset(step);
        List<BigInteger[]> prices = new ArrayList<>();
        List<EqualSharesPurchase> purchases = new ArrayList<>();
        for (int round = 0; round < sequence.length; round++) {
            int project = sequence[round];
            Evaluation ev = evaluate(project);
            if (!ev.affordable) {
                throw new IllegalStateException("replayed project " + project + " is not affordable");
            }
            BigInteger den = BigInteger.valueOf(ev.richWeight).multiply(BigInteger.valueOf(profile.utility[project]))
                    .multiply(denominator);
            prices.add(new BigInteger[] {ev.rhoNumerator, den, ev.rhoNumerator, den});
            purchases.add(buy(project, ev, round + 1, true));
        }
        return new MesRun(step, sequence.clone(), prices.toArray(new BigInteger[0][]), false, purchases,
                finalMoney(), List.of());
    }

    private void reset(long step) {
        int groups = profile.groupCount();
        if (patternOf == null || patternOf.length != groups) {
            patternOf = new int[groups];
        } else {
            Arrays.fill(patternOf, ROOT);
        }
        int capacity = 1024;
        patternMoney = new BigInteger[capacity];
        patternEpoch = new int[capacity];
        accumulated = new long[capacity];
        transition = new int[capacity];
        Arrays.fill(transition, -1);
        touched = new int[capacity];
        long n = profile.voters;
        // Each voter starts with B/n + step = (B + step * n) / n.
        patternMoney[ROOT] = BigInteger.valueOf(profile.budget)
                .add(BigInteger.valueOf(step).multiply(BigInteger.valueOf(n)));
        patternMoney[EMPTY] = BigInteger.ZERO;
        patternCount = 2;
        denominator = BigInteger.valueOf(n);
        scale.clear();
        scale.add(BigInteger.ONE);
    }

    private int newPattern(BigInteger money) {
        if (patternCount == patternMoney.length) {
            int capacity = patternCount * 2;
            patternMoney = Arrays.copyOf(patternMoney, capacity);
            patternEpoch = Arrays.copyOf(patternEpoch, capacity);
            accumulated = Arrays.copyOf(accumulated, capacity);
            int old = transition.length;
            transition = Arrays.copyOf(transition, capacity);
            Arrays.fill(transition, old, capacity, -1);
            touched = Arrays.copyOf(touched, capacity);
        }
        int id = patternCount++;
        patternMoney[id] = money;
        patternEpoch[id] = scale.size() - 1;
        return id;
    }

    /** The pattern's money as a numerator over the current denominator. */
    private BigInteger money(int pattern) {
        int epoch = patternEpoch[pattern];
        int current = scale.size() - 1;
        if (epoch != current) {
            patternMoney[pattern] = patternMoney[pattern].multiply(scale.get(epoch));
            patternEpoch[pattern] = current;
        }
        return patternMoney[pattern];
    }

    /** Supporters of a project, grouped by pattern, with the price MES would ask. */
    private Evaluation evaluate(int project) {
        int[] groups = profile.supporters[project];
        long[] weight = profile.groupWeight;
        int count = 0;
        for (int g : groups) {
            int p = patternOf[g];
            if (p == EMPTY) {
                continue;
            }
            if (accumulated[p] == 0) {
                touched[count++] = p;
            }
            accumulated[p] += weight[g];
        }
        Evaluation ev = new Evaluation(project, count);
        long supporters = 0;
        BigInteger smallest = null;
        for (int i = 0; i < count; i++) {
            int p = touched[i];
            long w = accumulated[p];
            accumulated[p] = 0;
            BigInteger money = money(p);
            ev.patterns[i] = p;
            ev.money[i] = money;
            ev.weights[i] = w;
            supporters += w;
            if (smallest == null || money.compareTo(smallest) < 0) {
                smallest = money;
            }
        }
        BigInteger need = BigInteger.valueOf(profile.cost[project]).multiply(denominator);
        if (count == 0) {
            ev.totalMoney = BigInteger.ZERO;
            ev.affordable = need.signum() <= 0;
            return ev;
        }
        // Everyone pays the same rho = need / W unless the poorest cannot: need <= W * smallest.
        // Then the supporters hold at least the cost and the total is only computed on demand.
        if (need.compareTo(smallest.multiply(BigInteger.valueOf(supporters))) <= 0) {
            ev.affordable = true;
            ev.rhoNumerator = need;
            ev.richWeight = supporters;
            return ev;
        }
        BigInteger total = ev.totalMoney();
        ev.affordable = total.compareTo(need) >= 0;
        if (!ev.affordable) {
            return ev;
        }
        // Only supporters holding less than need / W can be poor at first: sort those, and fall back
        // to sorting everyone if the price climbs above the richest of them.
        BigInteger threshold = ceilDiv(need, supporters);
        int[] order = ascending(ev, threshold);
        BigInteger paidByPoor = BigInteger.ZERO;
        long rich = supporters;
        boolean settled = false;
        for (int idx : order) {
            BigInteger rest = need.subtract(paidByPoor);
            if (rest.compareTo(ev.money[idx].multiply(BigInteger.valueOf(rich))) <= 0) {
                settled = true;
                break;
            }
            paidByPoor = paidByPoor.add(ev.money[idx].multiply(BigInteger.valueOf(ev.weights[idx])));
            rich -= ev.weights[idx];
        }
        if (!settled && order.length < count) {
            BigInteger rest = need.subtract(paidByPoor);
            BigInteger nextSmallest = null;
            for (int i = 0; i < count; i++) {
                if (ev.money[i].compareTo(threshold) >= 0
                        && (nextSmallest == null || ev.money[i].compareTo(nextSmallest) < 0)) {
                    nextSmallest = ev.money[i];
                }
            }
            if (rest.compareTo(nextSmallest.multiply(BigInteger.valueOf(rich))) > 0) {
                order = ascending(ev, null);
                paidByPoor = BigInteger.ZERO;
                rich = supporters;
                for (int idx : order) {
                    BigInteger r = need.subtract(paidByPoor);
                    if (r.compareTo(ev.money[idx].multiply(BigInteger.valueOf(rich))) <= 0) {
                        break;
                    }
                    paidByPoor = paidByPoor.add(ev.money[idx].multiply(BigInteger.valueOf(ev.weights[idx])));
                    rich -= ev.weights[idx];
                }
            }
        }
        ev.rhoNumerator = need.subtract(paidByPoor);
        ev.richWeight = rich;
        return ev;
    }

    /** Indices of the evaluation's patterns by increasing money, only those below {@code limit} if given. */
    private static int[] ascending(Evaluation ev, BigInteger limit) {
        Integer[] order = new Integer[ev.count];
        int n = 0;
        for (int i = 0; i < ev.count; i++) {
            if (limit == null || ev.money[i].compareTo(limit) < 0) {
                order[n++] = i;
            }
        }
        Arrays.sort(order, 0, n, (a, b) -> ev.money[a].compareTo(ev.money[b]));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = order[i];
        }
        return out;
    }

    private static BigInteger ceilDiv(BigInteger a, long b) {
        BigInteger[] qr = a.divideAndRemainder(BigInteger.valueOf(b));
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** Makes the supporters pay and moves them to their new patterns; returns the recorded figures. */
    private EqualSharesPurchase buy(int project, Evaluation ev, int round, boolean record) {
        BigInteger rhoNumerator = ev.rhoNumerator;
        BigInteger richWeight = BigInteger.valueOf(ev.richWeight);
        BigInteger common = rhoNumerator.gcd(richWeight);
        BigInteger reducedRho = rhoNumerator.divide(common);
        BigInteger multiplier = richWeight.divide(common);
        BigInteger oldDenominator = denominator;
        long fullPayers = 0;
        long partialPayers = 0;
        BigInteger partialPaid = BigInteger.ZERO;
        // rich iff rho <= money  <=>  R <= W * money  <=>  money >= ceil(R / W)
        BigInteger richFrom = ceilDiv(rhoNumerator, ev.richWeight);
        for (int i = 0; i < ev.count; i++) {
            int p = ev.patterns[i];
            BigInteger money = ev.money[i];
            if (money.compareTo(richFrom) >= 0) {
                BigInteger left = money.multiply(multiplier).subtract(reducedRho);
                transition[p] = -2 - i;
                ev.newMoney[i] = left;
                fullPayers += ev.weights[i];
            } else {
                transition[p] = EMPTY;
                partialPayers += ev.weights[i];
                partialPaid = partialPaid.add(money.multiply(BigInteger.valueOf(ev.weights[i])));
            }
        }
        if (!multiplier.equals(BigInteger.ONE)) {
            for (int e = 0; e < scale.size(); e++) {
                scale.set(e, scale.get(e).multiply(multiplier));
            }
            denominator = denominator.multiply(multiplier);
            scale.add(BigInteger.ONE);
        }
        for (int i = 0; i < ev.count; i++) {
            int p = ev.patterns[i];
            if (transition[p] <= -2) {
                BigInteger left = ev.newMoney[i];
                // newPattern may grow the transition array: call it before indexing.
                int next = left.signum() == 0 ? EMPTY : newPattern(left);
                transition[p] = next;
            }
        }
        for (int g : profile.supporters[project]) {
            int p = patternOf[g];
            if (p != EMPTY) {
                patternOf[g] = transition[p];
            }
        }
        for (int i = 0; i < ev.count; i++) {
            transition[ev.patterns[i]] = -1;
        }
        if (!record) {
            return null;
        }
        long supporters = profile.supporterCount[project];
        Fraction rho = Fraction.of(rhoNumerator, richWeight.multiply(oldDenominator));
        Fraction price = rho.divide(profile.utility[project]);
        Fraction before = Fraction.of(ev.totalMoney(), oldDenominator);
        return new EqualSharesPurchase(profile.projects.get(project).id(), round, profile.cost[project],
                price, rho, supporters, fullPayers, partialPayers, Fraction.of(partialPaid, oldDenominator),
                supporters - fullPayers - partialPayers, before, before.subtract(Fraction.of(profile.cost[project])));
    }

    /** Per project, the money its supporters hold at the end: {numerator, denominator}. */
    private BigInteger[][] finalMoney() {
        BigInteger[][] money = new BigInteger[profile.projectCount][];
        for (int p = 0; p < profile.projectCount; p++) {
            if (profile.isCandidate(p)) {
                money[p] = new BigInteger[] {evaluate(p).totalMoney(), denominator};
            }
        }
        return money;
    }

    /** A project with a lower bound on its price per unit of utility, numerator / denominator. */
    private record Candidate(int project, int rank, BigInteger numerator, BigInteger denominator)
            implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
            return c != 0 ? c : Integer.compare(rank, o.rank);
        }
    }

    /** The supporters of one project in one round and the price they would pay. */
    private static final class Evaluation {
        final int project;
        final int count;
        final int[] patterns;
        final BigInteger[] money;
        final BigInteger[] newMoney;
        final long[] weights;
        BigInteger totalMoney;
        boolean affordable;

        BigInteger totalMoney() {
            if (totalMoney == null) {
                BigInteger total = BigInteger.ZERO;
                for (int i = 0; i < count; i++) {
                    total = total.add(money[i].multiply(BigInteger.valueOf(weights[i])));
                }
                totalMoney = total;
            }
            return totalMoney;
        }
        BigInteger rhoNumerator;
        long richWeight;

        Evaluation(int project, int count) {
            this.project = project;
            this.count = count;
            this.patterns = new int[count];
            this.money = new BigInteger[count];
            this.newMoney = new BigInteger[count];
            this.weights = new long[count];
        }
    }
}
