package kz.dauys.tally.greedy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.dauys.tally.Election;
import kz.dauys.tally.Explanation;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.OutcomeRule;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

/**
 * Utilitarian greedy by votes, as Consul and most cities count: projects in decreasing order of
 * votes (approvals, or the sum of points for cumulative ballots) are funded while they fit the
 * remaining budget; a project that does not fit is skipped and the next one is tried.
 *
 * <p>Ties in votes are broken by the {@link TieBreak} (default: lower cost, then project id
 * ascending). Projects without any vote are never funded.
 */
public final class GreedyByVotes implements OutcomeRule {

    private final TieBreak tieBreak;

    public GreedyByVotes() {
        this(TieBreak.VOTES_COST_ID);
    }

    public GreedyByVotes(TieBreak tieBreak) {
        this.tieBreak = tieBreak;
    }

    @Override
    public String name() {
        return "greedy";
    }

    @Override
    public Outcome apply(Election election) {
        Map<String, Long> votes = election.voteCounts();
        List<Project> funded = new ArrayList<>();
        Map<String, Explanation> steps = fill(election, votes, List.of(), funded, "greedy");
        return new Outcome(name(), funded, ordered(election, steps), Optional.empty());
    }

    /**
     * Greedily adds projects to an existing selection, in vote order, while they fit the budget.
     *
     * @param election      the election
     * @param votes         vote count per project id
     * @param alreadyFunded projects already funded (not reconsidered)
     * @param funded        receives the newly funded projects, in order
     * @param phase         label stored in each {@link GreedyStep}
     * @return one step per project that was considered
     */
    public Map<String, Explanation> fill(Election election, Map<String, Long> votes,
                                         Collection<Project> alreadyFunded, List<Project> funded,
                                         String phase) {
        long remaining = election.budget();
        for (Project p : alreadyFunded) {
            remaining -= p.cost();
        }
        List<Project> order = new ArrayList<>(election.projects());
        order.removeIf(alreadyFunded::contains);
        order.sort(votesThenTieBreak(votes));
        Map<String, Explanation> steps = new LinkedHashMap<>();
        for (Project p : order) {
            long v = votes.getOrDefault(p.id(), 0L);
            boolean fits = v > 0 && p.cost() <= remaining;
            steps.put(p.id(), new GreedyStep(p.id(), v, p.cost(), remaining, fits, phase));
            if (fits) {
                funded.add(p);
                remaining -= p.cost();
            }
        }
        return steps;
    }

    private Comparator<Project> votesThenTieBreak(Map<String, Long> votes) {
        Comparator<Project> byVotes =
                Comparator.comparingLong(p -> -votes.getOrDefault(p.id(), 0L));
        return byVotes.thenComparing(tieBreak.comparator(votes));
    }

    private static Map<String, Explanation> ordered(Election election, Map<String, Explanation> steps) {
        Map<String, Explanation> out = new LinkedHashMap<>();
        election.projects().forEach(p -> out.put(p.id(), steps.get(p.id())));
        return out;
    }
}
