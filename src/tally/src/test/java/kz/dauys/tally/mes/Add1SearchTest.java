package kz.dauys.tally.mes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

/**
 * The Add1 search (fixed-point runs, certified jumps, guessed strides), sequential and with two probes
 * at a time on two threads, against stepping one unit at a time with the exact engine, on elections where B/n is large so that Add1 takes hundreds of steps.
 */
class Add1SearchTest {

    static Election election(int seed) {
        Random rnd = new Random(seed);
        int projects = 8 + rnd.nextInt(6);
        int voters = 40 + rnd.nextInt(80);
        List<Project> list = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < projects; i++) {
            long cost = 10_000 + rnd.nextInt(90_000);
            list.add(new Project("p" + i, cost));
            total += cost;
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            List<String> approved = new ArrayList<>();
            for (int i = 0; i < projects; i++) {
                // skewed popularity: low ids are approved more often
                if (rnd.nextInt(projects + 2) > i) {
                    approved.add("p" + i);
                }
            }
            ballots.add(Ballot.approval("v" + v, approved));
        }
        return new Election(total * 35 / 100, list, ballots);
    }

    /** Add1 exactly as specified: every step, exact arithmetic. */
    static MesRun stepByOne(MesProfile profile) {
        EqualSharesEngine engine = new EqualSharesEngine(profile);
        MesRun previous = null;
        for (long k = 0; ; k++) {
            MesRun run = engine.run(k, null, false);
            long spent = 0;
            boolean[] bought = new boolean[profile.projectCount];
            for (int p : run.sequence()) {
                spent += profile.cost[p];
                bought[p] = true;
            }
            if (spent > profile.budget) {
                return previous;
            }
            boolean exhaustive = true;
            for (int p = 0; p < profile.projectCount; p++) {
                if (profile.isCandidate(p) && !bought[p] && spent + profile.cost[p] <= profile.budget) {
                    exhaustive = false;
                }
            }
            if (exhaustive) {
                return run;
            }
            previous = run;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void searchFindsTheSameStepAndOutcomeAsSteppingByOne(int seed) {
        for (Utility utility : Utility.values()) {
            MesProfile profile = MesProfile.of(election(seed), utility, TieBreak.VOTES_COST_ID);
            MesRun expected = stepByOne(profile);
            // The parallel search splits its work by timing: repeat it.
            for (boolean parallel : new boolean[] {false, true, true, true, true}) {
                Add1Search search = new Add1Search(profile, new EqualSharesEngine(profile), parallel);
                MesRun found = search.finalRun();
                assertThat(found.step()).as("step, %s, parallel %s", utility, parallel).isEqualTo(expected.step());
                assertThat(found.sequence()).as("sequence, %s, parallel %s", utility, parallel)
                        .containsExactly(expected.sequence());
            }
        }
    }
}
