package kz.dauys.tally.mes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Fraction;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

/**
 * A deliberately plain Method of Equal Shares for cross-checking the engine: one money value per
 * voter, every affordable project priced in every round, Add1 stepping one unit at a time.
 */
final class NaiveEqualShares {

    private final Election election;
    private final Utility utility;
    private final Comparator<Project> tieBreak;

    NaiveEqualShares(Election election, Utility utility, TieBreak tieBreak) {
        this.election = election;
        this.utility = utility;
        this.tieBreak = tieBreak.comparator(election.voteCounts());
    }

    /** Funded project ids in order, plain MES with the given per-voter budget. */
    List<String> run(Fraction perVoter) {
        List<Ballot> ballots = election.ballots();
        Fraction[] money = new Fraction[ballots.size()];
        java.util.Arrays.fill(money, perVoter);
        List<String> out = new ArrayList<>();
        List<Project> remaining = new ArrayList<>();
        for (Project p : election.projects()) {
            boolean supported = ballots.stream().anyMatch(b -> b.approved().contains(p.id()));
            if (supported && p.cost() == 0) {
                out.add(p.id());
            } else if (supported) {
                remaining.add(p);
            }
        }
        while (true) {
            Project best = null;
            Fraction bestPrice = null;
            Fraction bestRho = null;
            for (Project p : remaining) {
                List<Fraction> held = new ArrayList<>();
                Fraction total = Fraction.ZERO;
                for (int i = 0; i < ballots.size(); i++) {
                    if (ballots.get(i).approved().contains(p.id())) {
                        held.add(money[i]);
                        total = total.add(money[i]);
                    }
                }
                if (total.compareTo(p.cost()) < 0) {
                    continue;
                }
                held.sort(null);
                Fraction paid = Fraction.ZERO;
                Fraction rho = null;
                for (int j = 0; j < held.size(); j++) {
                    Fraction candidate = Fraction.of(p.cost()).subtract(paid).divide(held.size() - j);
                    if (candidate.compareTo(held.get(j)) <= 0) {
                        rho = candidate;
                        break;
                    }
                    paid = paid.add(held.get(j));
                }
                Fraction price = rho.divide(utility.of(p.cost()));
                int c = bestPrice == null ? -1 : price.compareTo(bestPrice);
                if (c < 0 || (c == 0 && tieBreak.compare(p, best) < 0)) {
                    best = p;
                    bestPrice = price;
                    bestRho = rho;
                }
            }
            if (best == null) {
                return out;
            }
            out.add(best.id());
            remaining.remove(best);
            for (int i = 0; i < ballots.size(); i++) {
                if (ballots.get(i).approved().contains(best.id())) {
                    money[i] = money[i].compareTo(bestRho) <= 0 ? Fraction.ZERO : money[i].subtract(bestRho);
                }
            }
        }
    }

    List<String> plain() {
        return run(Fraction.of(election.budget(), election.ballots().size()));
    }

    /** Add1 exactly as pabutools: step one unit per voter until exhaustive, or keep the last feasible. */
    List<String> add1() {
        Fraction base = Fraction.of(election.budget(), election.ballots().size());
        List<String> previous = List.of();
        for (long k = 0; ; k++) {
            List<String> outcome = run(base.add(Fraction.of(k)));
            long spent = cost(outcome);
            if (spent > election.budget()) {
                return previous;
            }
            boolean exhaustive = true;
            for (Project p : election.projects()) {
                boolean supported = election.ballots().stream().anyMatch(b -> b.approved().contains(p.id()));
                if (supported && p.cost() > 0 && !outcome.contains(p.id()) && spent + p.cost() <= election.budget()) {
                    exhaustive = false;
                }
            }
            if (exhaustive) {
                return outcome;
            }
            previous = outcome;
        }
    }

    private long cost(List<String> ids) {
        return ids.stream().mapToLong(id -> election.project(id).orElseThrow().cost()).sum();
    }
}
