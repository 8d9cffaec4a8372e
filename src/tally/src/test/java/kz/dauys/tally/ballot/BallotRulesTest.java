package kz.dauys.tally.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Project;

class BallotRulesTest {

    private final List<Project> projects = List.of(
            new Project("a", 40_000), new Project("b", 35_000), new Project("c", 30_000), new Project("d", 10_000));

    @Test
    void acceptsBallotWithinEveryRule() {
        BallotRules rules = BallotRules.forVote(100_000, projects).maxProjects(3).minProjects(1).withinBudget()
                .minShareOfBudget(70, 100).build();
        assertThat(rules.check(Ballot.approval("v", List.of("a", "c")))).isEmpty();
        assertThat(rules.accepts(Ballot.approval("v", List.of("a", "b", "d")))).isTrue();
    }

    @Test
    void reportsTooManyAndOverBudgetWithFigures() {
        BallotRules rules = BallotRules.forVote(100_000, projects).maxProjects(3).withinBudget().build();
        assertThat(rules.check(Ballot.approval("v", List.of("a", "b", "c", "d"))))
                .extracting(BallotViolation::message)
                .containsExactly("ballot selects 4 projects, at most 3 allowed",
                        "selected projects cost 115000 in total, exceeding the budget of 100000 by 15000");
    }

    @Test
    void reportsTooFewAndMinimumShare() {
        BallotRules rules = BallotRules.forVote(100_000, projects).minProjects(2).minShareOfBudget(70, 100).build();
        assertThat(rules.check(Ballot.approval("v", List.of("c"))))
                .extracting(BallotViolation::kind, BallotViolation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BallotViolation.Kind.TOO_FEW_PROJECTS,
                                "ballot selects 1 projects, at least 2 required"),
                        org.assertj.core.groups.Tuple.tuple(BallotViolation.Kind.BELOW_MINIMUM_SHARE,
                                "selected projects cost 30000, below the required minimum of 70000 (70% of the budget 100000)"));
    }

    @Test
    void minimumShareRoundsTheRequiredAmountUpExactly() {
        BallotRules rules = BallotRules.forVote(100_001, projects).minShareOfBudget(1, 3).build();
        // 100001 / 3 = 33333.67 -> 33334 required; 35000 passes, 30000 does not
        assertThat(rules.accepts(Ballot.approval("v", List.of("b")))).isTrue();
        assertThat(rules.check(Ballot.approval("v", List.of("c")))).extracting(BallotViolation::message)
                .containsExactly("selected projects cost 30000, below the required minimum of 33334 (1/3 of the budget 100001)");
    }

    @Test
    void unknownProjectIsNamed() {
        BallotRules rules = BallotRules.forVote(100_000, projects).build();
        assertThat(rules.check(Ballot.approval("v", List.of("a", "zz")))).extracting(BallotViolation::message)
                .containsExactly("unknown project zz");
    }

    @Test
    void cumulativePointsAreLimited() {
        BallotRules rules = BallotRules.forVote(100_000, projects).cumulative(10).maxPointsPerProject(6).build();
        Map<String, Long> points = new LinkedHashMap<>();
        points.put("a", 7L);
        points.put("b", 5L);
        assertThat(rules.check(Ballot.cumulative("v", points))).extracting(BallotViolation::message)
                .containsExactly("project a gets 7 points, at most 6 per project allowed",
                        "ballot gives 12 points in total, at most 10 allowed");
        assertThat(rules.accepts(Ballot.cumulative("v", Map.of("a", 6L, "c", 4L)))).isTrue();
    }

    @Test
    void negativePointsAndPointsOnApprovalVotesAreRejected() {
        BallotRules cumulative = BallotRules.forVote(100_000, projects).cumulative(10).build();
        assertThat(cumulative.check(Ballot.cumulative("v", Map.of("a", -2L)))).extracting(BallotViolation::message)
                .containsExactly("points for project a must not be negative (got -2)");
        assertThat(cumulative.check(Ballot.approval("v", List.of("a")))).extracting(BallotViolation::kind)
                .containsExactly(BallotViolation.Kind.POINTS_REQUIRED);
        BallotRules approval = BallotRules.forVote(100_000, projects).build();
        assertThat(approval.check(Ballot.cumulative("v", Map.of("a", 3L)))).extracting(BallotViolation::kind)
                .containsExactly(BallotViolation.Kind.POINTS_NOT_ALLOWED);
    }

    @Test
    void inconsistentRulesAreRefused() {
        assertThatThrownBy(() -> BallotRules.forVote(100, projects).minProjects(3).maxProjects(2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minProjects 3 > maxProjects 2");
        assertThatThrownBy(() -> BallotRules.forVote(100, projects).minShareOfBudget(3, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
