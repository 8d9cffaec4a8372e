package kz.dauys.tally.mes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

/**
 * The engine (patterns, lazy pricing, the Add1 search) against {@link NaiveEqualShares} on seeded
 * random elections, including many ties (few distinct costs, repeated ballots).
 */
class EqualSharesCrossCheckTest {

    static Stream<Arguments> elections() {
        List<Arguments> out = new ArrayList<>();
        for (int seed = 1; seed <= 60; seed++) {
            for (Utility u : Utility.values()) {
                out.add(Arguments.of(seed, u, seed % 2 == 0 ? TieBreak.ID : TieBreak.VOTES_COST_ID));
            }
        }
        return out.stream();
    }

    static Election random(int seed) {
        Random rnd = new Random(seed);
        int projects = 3 + rnd.nextInt(8);
        int voters = 2 + rnd.nextInt(25);
        boolean tieHeavy = seed % 3 == 0;
        List<Project> list = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < projects; i++) {
            long cost = tieHeavy ? 100 * (1 + rnd.nextInt(3)) : 1 + rnd.nextInt(5000);
            if (seed % 11 == 0 && i == 0) {
                cost = 0;
            }
            list.add(new Project("p" + i, cost));
            total += cost;
        }
        List<Ballot> ballots = new ArrayList<>();
        List<String> previous = List.of();
        for (int v = 0; v < voters; v++) {
            List<String> approved = new ArrayList<>();
            if (tieHeavy && v > 0 && rnd.nextBoolean()) {
                approved.addAll(previous);
            } else {
                for (int i = 0; i < projects; i++) {
                    if (rnd.nextInt(3) == 0) {
                        approved.add("p" + i);
                    }
                }
            }
            previous = approved;
            ballots.add(Ballot.approval("v" + v, approved));
        }
        long budget = Math.max(1, total * (20 + rnd.nextInt(60)) / 100);
        return new Election(budget, list, ballots);
    }

    @ParameterizedTest
    @MethodSource("elections")
    void plainRunMatchesNaive(int seed, Utility utility, TieBreak tieBreak) {
        Election e = random(seed);
        Outcome fast = EqualShares.of(utility).withTieBreak(tieBreak).apply(e);
        assertThat(fast.fundedIds()).isEqualTo(new NaiveEqualShares(e, utility, tieBreak).plain());
    }

    @ParameterizedTest
    @MethodSource("elections")
    void add1MatchesStepByOne(int seed, Utility utility, TieBreak tieBreak) {
        Election e = random(seed);
        Outcome fast = EqualShares.of(utility).withTieBreak(tieBreak).withAdd1().apply(e);
        assertThat(fast.fundedIds()).isEqualTo(new NaiveEqualShares(e, utility, tieBreak).add1());
    }
}
