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
 * search doubles its stride while jumps are certified, then binary-searches the last certifiable
 * step; a failed stride of 1 is an ordinary step (the outcome there is computed by a plain run).
 */
final class Add1Search {

    private final MesProfile profile;
    private final Runner main;
    /** Runs the second probe of each parallel step on another core; null when searching sequentially. */
    private final Runner helper;

    Add1Search(MesProfile profile, EqualSharesEngine engine) {
        this(profile, engine, Runtime.getRuntime().availableProcessors() > 1);
    }

    Add1Search(MesProfile profile, EqualSharesEngine engine, boolean parallel) {
        this.profile = profile;
        this.main = new Runner(engine, new BoundedEqualSharesEngine(profile));
        this.helper = parallel ? new Runner(new EqualSharesEngine(profile), new BoundedEqualSharesEngine(profile)) : null;
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
        return helper == null ? sequentialFinalRun() : parallelFinalRun();
    }

    private MesRun sequentialFinalRun() {
        MesRun current = run(0, null);
        if (exhaustive(current)) {
            return current;
        }
        // Gallop: after a certified jump, extrapolate how far the rivals' prices can fall before they
        // reach the winners' (a guess; only certification decides) and double the stride when
        // nothing can be guessed. After the first failure, halve the stride at every run (a binary
        // search for the last certifiable step); a failed stride of 1 is an ordinary Add1 step,
        // after which galloping starts again.
        long stride = 1;
        boolean growing = true;
        while (true) {
            MesRun next = run(current.step() + stride, current);
            if (next.certified()) {
                long guess = guessStride(current, next);
                current = next;
                if (growing) {
                    stride = guess < 0 ? stride * 2 : Math.max(1, Math.min(guess, stride * 16));
                } else if (stride > 1) {
                    stride /= 2;
                } else {
                    growing = true;
                }
                continue;
            }
            if (stride > 1) {
                growing = false;
                stride /= 2;
                continue;
            }
            if (!feasible(next)) {
                return current;
            }
            if (exhaustive(next)) {
                return next;
            }
            current = next;
            growing = true;
        }
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
