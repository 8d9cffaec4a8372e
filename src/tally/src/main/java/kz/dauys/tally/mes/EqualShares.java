package kz.dauys.tally.mes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.dauys.tally.Election;
import kz.dauys.tally.Explanation;
import kz.dauys.tally.Fraction;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.OutcomeRule;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;
import kz.dauys.tally.greedy.GreedyByVotes;

/**
 * The Method of Equal Shares (MES) as pabutools defines it, optionally completed.
 *
 * <p>Each of the n ballots gets B/n. Repeatedly, among the projects whose supporters together still
 * hold the cost, MES buys the one with the smallest price per unit of utility: rho / u, where rho is
 * the largest payment asked from one supporter (supporters holding less than rho pay all they have,
 * the others pay rho) and u the utility of a supporter ({@link Utility}). Supporters pay, and MES
 * stops when no project is affordable. Free projects with supporters are funded before the first
 * round. Ballots with points are read as approving the projects they give points to.
 *
 * <p>Ties in price are broken by the {@link TieBreak} (default: more votes, then lower cost, then
 * project id).
 *
 * <p>Completion: {@link #withAdd1()} raises each voter's budget one currency unit at a time until the
 * outcome is exhaustive, keeping the last outcome within B (see {@link Add1Search});
 * {@link #withGreedyFill()} then adds, by votes, the projects that still fit the remaining budget.
 *
 * <p>Runs are computed in fixed point with certified error bounds and repeated with exact fractions
 * whenever the bounds cannot decide (ties, near ties), so the outcome is always the exact one; the
 * explanations come from an exact replay of the outcome.
 */
public final class EqualShares implements OutcomeRule {

    private final Utility utility;
    private final boolean add1;
    private final boolean greedyFill;
    private final TieBreak tieBreak;

    private EqualShares(Utility utility, boolean add1, boolean greedyFill, TieBreak tieBreak) {
        this.utility = utility;
        this.add1 = add1;
        this.greedyFill = greedyFill;
        this.tieBreak = tieBreak;
    }

    /** Plain MES with cost utilities. */
    public static EqualShares costUtilities() {
        return new EqualShares(Utility.COST, false, false, TieBreak.VOTES_COST_ID);
    }

    /** Plain MES with cardinality (approval) utilities. */
    public static EqualShares cardinalityUtilities() {
        return new EqualShares(Utility.CARDINALITY, false, false, TieBreak.VOTES_COST_ID);
    }

    public static EqualShares of(Utility utility) {
        return new EqualShares(utility, false, false, TieBreak.VOTES_COST_ID);
    }

    /** The same rule completed by Add1 (per-voter budget raised by one unit per step). */
    public EqualShares withAdd1() {
        return new EqualShares(utility, true, greedyFill, tieBreak);
    }

    /** The same rule followed by a greedy fill, by votes, of what still fits. */
    public EqualShares withGreedyFill() {
        return new EqualShares(utility, add1, true, tieBreak);
    }

    public EqualShares withTieBreak(TieBreak tieBreak) {
        return new EqualShares(utility, add1, greedyFill, tieBreak);
    }

    public Utility utility() {
        return utility;
    }

    @Override
    public String name() {
        String name = "equalshares";
        if (utility == Utility.CARDINALITY) {
            name += "/cardinality";
        }
        if (add1) {
            name += "/add1";
        }
        if (greedyFill) {
            name += "/greedy";
        }
        return name;
    }

    @Override
    public Outcome apply(Election election) {
        MesProfile profile = MesProfile.of(election, utility, tieBreak);
        List<Project> funded = new ArrayList<>();
        Map<String, Explanation> explanations = new LinkedHashMap<>();
        Optional<Fraction> perVoterBudget = Optional.empty();
        if (profile.voters > 0) {
            EqualSharesEngine engine = new EqualSharesEngine(profile);
            Add1Search search = new Add1Search(profile, engine);
            MesRun outcome = add1 ? search.finalRun() : search.run(0, null);
            // The search runs in fixed point with certified bounds; the explanations come from an
            // exact replay of the outcome it found.
            MesRun run = search.replay(outcome);
            perVoterBudget = Optional.of(Fraction.of(profile.budget, profile.voters).add(Fraction.of(outcome.step())));
            record(profile, run, funded, explanations);
        }
        for (Project p : election.projects()) {
            explanations.putIfAbsent(p.id(), new EqualSharesRejection(p.id(), p.cost(), 0, Fraction.ZERO));
        }
        if (greedyFill) {
            List<Project> added = new ArrayList<>();
            Map<String, Explanation> steps = new GreedyByVotes(tieBreak)
                    .fill(election, election.voteCounts(), List.copyOf(funded), added, "completion");
            for (Project p : added) {
                explanations.put(p.id(), steps.get(p.id()));
            }
            funded.addAll(added);
        }
        return new Outcome(name(), funded, explanations, perVoterBudget);
    }

    private static void record(MesProfile profile, MesRun run, List<Project> funded,
                               Map<String, Explanation> explanations) {
        Set<Integer> bought = new HashSet<>();
        for (int p = 0; p < profile.projectCount; p++) {
            if (profile.isFreeAndSupported(p)) {
                Project project = profile.projects.get(p);
                funded.add(project);
                bought.add(p);
                long s = profile.supporterCount[p];
                explanations.put(project.id(), new EqualSharesPurchase(project.id(), 0, 0, Fraction.ZERO,
                        Fraction.ZERO, s, s, 0, Fraction.ZERO, 0, Fraction.ZERO, Fraction.ZERO));
            }
        }
        for (int i = 0; i < run.rounds(); i++) {
            int p = run.sequence()[i];
            Project project = profile.projects.get(p);
            funded.add(project);
            bought.add(p);
            explanations.put(project.id(), run.purchases().get(i));
        }
        Map<String, Explanation> ordered = new LinkedHashMap<>();
        for (int p = 0; p < profile.projectCount; p++) {
            Project project = profile.projects.get(p);
            Explanation e = explanations.get(project.id());
            if (e == null && !bought.contains(p)) {
                Fraction money = run.money()[p] == null ? Fraction.ZERO
                        : Fraction.of(run.money()[p][0], run.money()[p][1]);
                e = new EqualSharesRejection(project.id(), project.cost(), profile.supporterCount[p], money);
            }
            ordered.put(project.id(), e);
        }
        explanations.clear();
        explanations.putAll(ordered);
    }
}
