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

/** The fixed-point engine agrees with the exact one whenever it answers, at many per-voter budgets. */
class BoundedEngineTest {

    static Election election(int seed, int voters, int projects) {
        Random rnd = new Random(seed);
        List<Project> list = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < projects; i++) {
            long cost = 1_000 + rnd.nextInt(200_000);
            list.add(new Project("p" + i, cost));
            total += cost;
        }
        List<Ballot> ballots = new ArrayList<>();
        for (int v = 0; v < voters; v++) {
            List<String> approved = new ArrayList<>();
            int k = 1 + rnd.nextInt(6);
            while (approved.size() < k) {
                String id = "p" + (int) Math.min(projects - 1, Math.abs(rnd.nextGaussian()) * projects / 3);
                if (!approved.contains(id)) {
                    approved.add(id);
                }
            }
            ballots.add(Ballot.approval("v" + v, approved));
        }
        return new Election(total / 4, list, ballots);
    }

    @ParameterizedTest
    @ValueSource(ints = {11, 12, 13})
    void sameSequencesAndCertificationsAsExactRuns(int seed) {
        for (Utility utility : Utility.values()) {
            MesProfile profile = MesProfile.of(election(seed, 3_000, 30), utility, TieBreak.VOTES_COST_ID);
            EqualSharesEngine exact = new EqualSharesEngine(profile);
            BoundedEqualSharesEngine bounded = new BoundedEqualSharesEngine(profile);
            MesRun previous = exact.run(0, null, false);
            int answered = 0;
            for (long step = 0; step < 400; step += 7) {
                MesRun fast = bounded.run(step, previous, false);
                MesRun slow = exact.run(step, previous, false);
                if (fast != null) {
                    answered++;
                    assertThat(fast.sequence()).as("step %d, %s", step, utility).containsExactly(slow.sequence());
                    // Certification by bounds is conservative: it may refuse, never wrongly accept.
                    if (fast.certified()) {
                        assertThat(slow.certified()).as("certified at step %d", step).isTrue();
                    }
                }
                previous = slow;
            }
            assertThat(answered).isGreaterThan(40);
        }
    }
}
