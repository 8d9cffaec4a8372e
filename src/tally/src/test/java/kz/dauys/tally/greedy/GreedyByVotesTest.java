package kz.dauys.tally.greedy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;
import kz.dauys.tally.TieBreak;

class GreedyByVotesTest {

    private final List<Project> projects = List.of(new Project("x", 60), new Project("y", 50),
            new Project("z", 40), new Project("w", 10));

    private Election approvals() {
        return new Election(100, projects, List.of(
                Ballot.approval("1", List.of("x", "y")),
                Ballot.approval("2", List.of("x", "z")),
                Ballot.approval("3", List.of("x", "y", "z"))));
    }

    @Test
    void fundsByVotesAndSkipsWhatDoesNotFit() {
        Outcome o = new GreedyByVotes().apply(approvals());
        // y and z both have 2 votes: the cheaper z comes first and uses the remaining 40.
        assertThat(o.fundedIds()).containsExactly("x", "z");
        assertThat(o.explanation("x").summary()).isEqualTo("funded: 3 votes, cost 60 <= remaining 100");
        assertThat(o.explanation("z").summary()).isEqualTo("funded: 2 votes, cost 40 <= remaining 40");
        assertThat(o.explanation("y").summary()).isEqualTo("skipped: cost 50 > remaining 0");
        assertThat(o.explanation("w").summary()).isEqualTo("skipped: no votes");
        GreedyStep y = (GreedyStep) o.explanation("y");
        assertThat(y.votes()).isEqualTo(2);
        assertThat(y.remainingBefore()).isZero();
        assertThat(o.explanations().keySet()).containsExactly("x", "y", "z", "w");
    }

    @Test
    void idTieBreakIgnoresCost() {
        // y before z by id: y does not fit the remaining 40, z does.
        Outcome o = new GreedyByVotes(TieBreak.ID).apply(approvals());
        assertThat(o.fundedIds()).containsExactly("x", "z");
        assertThat(o.explanation("y").summary()).isEqualTo("skipped: cost 50 > remaining 40");
    }

    @Test
    void cumulativeBallotsCountPoints() {
        Election e = new Election(100, projects, List.of(
                Ballot.cumulative("1", Map.of("y", 5L, "x", 1L)),
                Ballot.cumulative("2", Map.of("w", 3L, "x", 2L))));
        Outcome o = new GreedyByVotes().apply(e);
        // x and w both have 3 points: the cheaper w goes first.
        assertThat(o.fundedIds()).containsExactly("y", "w");
        assertThat(((GreedyStep) o.explanation("x")).votes()).isEqualTo(3);
        assertThat(o.explanation("x").summary()).isEqualTo("skipped: cost 60 > remaining 40");
    }
}
