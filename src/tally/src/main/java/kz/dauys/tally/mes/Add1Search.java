package kz.dauys.tally.mes;

import java.math.BigInteger;

/**
 * The Add1 completion of the Method of Equal Shares (pabutools' {@code voter_budget_increment=1}):
 * run MES with every voter holding B/n, then B/n + 1, B/n + 2, ... currency units, and stop at the
 * first outcome that is exhaustive (no unbought candidate fits the real budget B next to it), or
 * keep the previous outcome as soon as one costs more than B.
 *
 * <p>Stepping one unit at a time is exact but slow when B/n is large. This search is equivalent
 * and skips the steps where the outcome cannot change. It relies on two monotonicity facts for a
 * fixed sequence of purchases: when the per-voter budget grows, every voter's money after each
 * purchase grows (or stays), and so every project's price per utility falls (or stays). Hence if the
 * run at x bought projects p1..pm at prices a1..am, and a run at y > x, made to follow the same
 * sequence, shows that in each round r every other still-affordable project costs more than a_r (or
 * the same and loses the tie-break) and that nothing is affordable after round m, then every
 * per-voter budget between x and y gives the same outcome (see {@link EqualSharesEngine#run}). The
 * search lengthens its stride while jumps are certified, then looks for the last certifiable step
 * below a failed one; a failed stride of 1 is an ordinary step (the outcome there is computed by a
 * plain run). With a second core, the steps are shared by two threads ({@link ParallelAdd1Search}).
 */
final class Add1Search {

    private final MesProfile profile;
    private final Runner main;
    private final boolean parallel;
    /** The second thread's engines, made when the parallel search starts. */
    private Runner helper;

    Add1Search(MesProfile profile, EqualSharesEngine engine) {
        this(profile, engine, Runtime.getRuntime().availableProcessors() > 1);
    }

    Add1Search(MesProfile profile, EqualSharesEngine engine, boolean parallel) {
        this.profile = profile;
        this.main = new Runner(engine, new BoundedEqualSharesEngine(profile));
        this.parallel = parallel;
    }

    /** A run with fixed-point bounds, repeated exactly when the bounds cannot decide. */
    MesRun run(long step, MesRun against) {
        // A jump of more than one step is only useful when certified: give up early otherwise.
        return main.run(step, against, against != null && step - against.step() > 1);
    }

    /**
     * The outcome of a run replayed with its explanation figures: from the certified fixed-point
     * decisions when the bounds decide them, else with exact arithmetic throughout.
     */
    MesRun replay(MesRun outcome) {
        MesRun run = main.bounded.replay(outcome.step(), outcome.sequence());
        return run != null ? run : main.exact.replay(outcome.step(), outcome.sequence());
    }

    /** The run (and so the step, units added per voter) whose outcome Add1 returns. */
    MesRun finalRun() {
        return parallel ? parallelFinalRun() : sequentialFinalRun();
    }

    private MesRun sequentialFinalRun() {
        MesRun current = run(0, null);
        if (exhaustive(current)) {
            return current;
        }
        return searchFrom(main, current, UNBOUNDED).answer();
    }

    /** What a search from a run reached: the Add1 outcome, or (none before the end) the last run. */
    record Reach(MesRun answer, MesRun last) {
    }

    /** Where a search may go; the parallel search lowers the end while a segment is searched. */
    interface Limits {
        /** Steps from here on are not searched. */
        long end();

        /** The search has established the outcome up to this step. */
        void progress(long step);

        /** Whether the search has become useless. */
        boolean stop();
    }

    private static final Limits UNBOUNDED = new Limits() {
        @Override
        public long end() {
            return Long.MAX_VALUE;
        }

        @Override
        public void progress(long step) {
        }

        @Override
        public boolean stop() {
            return false;
        }
    };

    /**
     * From a non-final run, the first final step (before the limits' end): the current run only
     * moves by a certified jump or by an ordinary step of one unit.
     *
     * <p>Gallop: after a certified jump, extrapolate how far the rivals' prices can fall before they
     * reach the winners' (a guess; only certification decides) and double the stride when nothing
     * can be guessed. After a failed jump, search the last certifiable step below the failure:
     * where the rival that failed it crosses the threshold, interpolating its price between the
     * current run and the failed one, else halfway. A failed run one unit further is an ordinary
     * Add1 step, after which galloping starts again.
     */
    Reach searchFrom(Runner runner, MesRun start, Limits limits) {
        MesRun current = start;
        limits.progress(current.step());
        long stride = 1;
        long failure = -1;
        MesRun failed = null;
        while (true) {
            long x = current.step();
            long last = limits.end() - 1;
            if (x >= last || limits.stop()) {
                return new Reach(null, current);
            }
            long target = Math.min(last, failure < 0 ? x + stride : x + bracketStride(current, failed, failure));
            boolean ordinary = target == x + 1;
            MesRun next = runner.run(target, current, !ordinary);
            if (next.certified()) {
                if (failure < 0) {
                    long tried = target - x;
                    long guess = guessStride(current, next);
                    stride = guess < 0 ? tried * 2 : Math.max(1, Math.min(guess, tried * 16));
                } else if (target >= failure) {
                    failure = -1;
                    stride = 1;
                }
                current = next;
                limits.progress(current.step());
                continue;
            }
            if (!ordinary) {
                failure = target;
                failed = next;
                continue;
            }
            if (!feasible(next)) {
                return new Reach(current, null);
            }
            if (exhaustive(next)) {
                return new Reach(next, null);
            }
            current = next;
            limits.progress(current.step());
            failure = -1;
            stride = 1;
        }
    }

    /**
     * The stride from the current run towards a failed step: where the failed run's rival, its price
     * falling linearly from the current run's to the failed one's, reaches the threshold; halfway when
     * that cannot be told. At least 1, below the failure when possible.
     */
    static long bracketStride(MesRun current, MesRun failed, long failure) {
        long gap = failure - current.step();
        if (gap <= 2) {
            return 1;
        }
        long estimate = crossingStride(current, failed, gap);
        if (estimate < 0) {
            return gap / 2;
        }
        // The prices flatten as the budget grows, so the straight line overshoots: aim short.
        return Math.max(1, Math.min(gap - 1, estimate * 7 / 10));
    }

    private static long crossingStride(MesRun current, MesRun failed, long gap) {
        MesRun.Crossing crossing = failed == null ? null : failed.crossing();
        if (crossing == null || crossing.round() >= current.rounds() || crossing.round() >= current.rivals().size()) {
            return -1;
        }
        int r = crossing.round();
        MesRun.Rival at = crossing.rival();
        MesRun.Rival before = null;
        for (MesRun.Rival candidate : current.rivals().get(r)) {
            if (candidate.project() == at.project()) {
                before = candidate;
            }
        }
        if (before == null) {
            return -1;
        }
        BigInteger tn = current.prices()[r][2];
        BigInteger td = current.prices()[r][3];
        BigInteger pn = before.numerator();
        BigInteger pd = before.denominator();
        // (price before - threshold) / (price before - price at the failure), each as a fraction
        BigInteger above = pn.multiply(td).subtract(tn.multiply(pd));
        BigInteger fall = pn.multiply(at.denominator()).subtract(at.numerator().multiply(pd));
        if (above.signum() <= 0 || fall.signum() <= 0) {
            return -1;
        }
        BigInteger steps = BigInteger.valueOf(gap).multiply(above).multiply(at.denominator())
                .divide(fall.multiply(td));
        return steps.min(BigInteger.valueOf(gap)).longValue();
    }

    /**
     * From two runs with the same purchases, the largest stride after the later one over which no
     * rival's price, falling linearly as between the two runs, reaches the winner's price; -1 when
     * no rival's price fell.
     */
    static long guessStride(MesRun earlier, MesRun later) {
        BigInteger delta = BigInteger.valueOf(later.step() - earlier.step());
        BigInteger best = null;
        int rounds = Math.min(earlier.rivals().size(), later.rivals().size());
        for (int r = 0; r < rounds; r++) {
            BigInteger tn = later.prices()[r][2];
            BigInteger td = later.prices()[r][3];
            for (MesRun.Rival rival : later.rivals().get(r)) {
                MesRun.Rival before = null;
                for (MesRun.Rival candidate : earlier.rivals().get(r)) {
                    if (candidate.project() == rival.project()) {
                        before = candidate;
                    }
                }
                if (before == null) {
                    continue;
                }
                BigInteger a = rival.numerator();
                BigInteger b = rival.denominator();
                // margin = a/b - tn/td ; fall = ap/bp - a/b
                BigInteger margin = a.multiply(td).subtract(tn.multiply(b));
                BigInteger fall = before.numerator().multiply(b).subtract(a.multiply(before.denominator()));
                if (fall.signum() <= 0) {
                    continue;
                }
                BigInteger steps = margin.signum() <= 0 ? BigInteger.ZERO
                        : margin.multiply(delta).multiply(before.denominator()).divide(td.multiply(fall));
                if (best == null || steps.compareTo(best) < 0) {
                    best = steps;
                }
            }
        }
        if (best == null) {
            return -1;
        }
        return best.min(BigInteger.valueOf(Long.MAX_VALUE / 4)).longValue();
    }

    /** The same search on two threads (see {@link ParallelAdd1Search}). */
    private MesRun parallelFinalRun() {
        MesRun current = run(0, null);
        if (exhaustive(current)) {
            return current;
        }
        if (helper == null) {
            helper = new Runner(new EqualSharesEngine(profile), new BoundedEqualSharesEngine(profile));
        }
        return new ParallelAdd1Search(this, main, helper).finalRun(current);
    }

    /** How many MES runs the search made. */
    int runs() {
        return main.runs + (helper == null ? 0 : helper.runs);
    }

    /** How many of them needed exact arithmetic. */
    int exactRuns() {
        return main.exactRuns + (helper == null ? 0 : helper.exactRuns);
    }

    /** The engines of one thread: fixed point first, exact when the bounds cannot decide. */
    static final class Runner {
        final EqualSharesEngine exact;
        final BoundedEqualSharesEngine bounded;
        int runs;
        int exactRuns;

        Runner(EqualSharesEngine exact, BoundedEqualSharesEngine bounded) {
            this.exact = exact;
            this.bounded = bounded;
        }

        MesRun run(long step, MesRun against, boolean abandon) {
            runs++;
            MesRun run = bounded.run(step, against, abandon);
            if (run == null) {
                exactRuns++;
                run = exact.run(step, against, false);
            }
            return run;
        }
    }

    private long spent(MesRun run) {
        long total = 0;
        for (int p = 0; p < profile.projectCount; p++) {
            if (profile.isFreeAndSupported(p)) {
                total += profile.cost[p];
            }
        }
        for (int p : run.sequence()) {
            total = Math.addExact(total, profile.cost[p]);
        }
        return total;
    }

    /** Add1 stops here: the outcome costs more than B or is exhaustive. */
    boolean isFinal(MesRun run) {
        return !feasible(run) || exhaustive(run);
    }

    boolean feasible(MesRun run) {
        return spent(run) <= profile.budget;
    }

    /** No candidate outside the outcome fits the real budget next to it (pabutools' is_exhaustive). */
    boolean exhaustive(MesRun run) {
        boolean[] bought = new boolean[profile.projectCount];
        for (int p : run.sequence()) {
            bought[p] = true;
        }
        long left = profile.budget - spent(run);
        for (int p = 0; p < profile.projectCount; p++) {
            if (profile.isCandidate(p) && !bought[p] && profile.cost[p] <= left) {
                return false;
            }
        }
        return true;
    }
}
