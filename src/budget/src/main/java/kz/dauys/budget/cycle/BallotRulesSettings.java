package kz.dauys.budget.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A cycle's ballot rules. Approval ballots must fit the budget; optionally at least {@code minProjects}
 * and at most {@code maxProjects} projects and at least {@code minBudgetSharePercent} % of the budget.
 * Cumulative ballots spread at most {@code maxPoints} points, at most {@code maxPointsPerProject} on one.
 */
public record BallotRulesSettings(
        BallotKind kind,
        @Min(0) Integer minProjects,
        @Min(1) Integer maxProjects,
        @Min(0) @Max(100) Integer minBudgetSharePercent,
        @Min(1) Integer maxPoints,
        @Min(1) Integer maxPointsPerProject) {

    public static final BallotRulesSettings APPROVAL_WITHIN_BUDGET =
            new BallotRulesSettings(BallotKind.APPROVAL, null, null, null, null, null);

    public static BallotRulesSettings of(BudgetCycle cycle) {
        return new BallotRulesSettings(cycle.ballotKind, cycle.minProjects, cycle.maxProjects,
                cycle.minBudgetSharePercent, cycle.maxPoints, cycle.maxPointsPerProject);
    }
}
