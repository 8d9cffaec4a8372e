package kz.dauys.tally.mes;

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
    private final EqualSharesEngine engine;
    private int runs;

    Add1Search(MesProfile profile, EqualSharesEngine engine) {
        this.profile = profile;
        this.engine = engine;
    }

    /** The step (units added per voter) whose outcome Add1 returns. */
    long finalStep() {
        MesRun current = engine.run(0, null, false);
        runs++;
        if (!feasible(current)) {
            return -1;
        }
        if (exhaustive(current)) {
            return 0;
        }
        // Gallop: double the stride while jumps are certified; after the first failure, halve it
        // at every run (a binary search for the last certifiable step); a failed stride of 1 is
        // an ordinary Add1 step, after which galloping starts again.
        long stride = 1;
        boolean growing = true;
        while (true) {
            MesRun next = engine.run(current.step() + stride, current, false);
            runs++;
            if (next.certified()) {
                current = next;
                if (growing) {
                    stride *= 2;
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
                return current.step();
            }
            if (exhaustive(next)) {
                return next.step();
            }
            current = next;
            growing = true;
        }
    }

    /** How many MES runs the last search made. */
    int runs() {
        return runs;
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

    private boolean feasible(MesRun run) {
        return spent(run) <= profile.budget;
    }

    /** No candidate outside the outcome fits the real budget next to it (pabutools' is_exhaustive). */
    private boolean exhaustive(MesRun run) {
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
