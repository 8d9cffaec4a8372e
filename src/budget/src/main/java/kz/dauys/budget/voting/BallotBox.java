package kz.dauys.budget.voting;

import kz.dauys.budget.cycle.BallotKind;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.proposal.Proposal;
import kz.dauys.platform.problem.Problem;
import kz.dauys.platform.problem.ProblemException;
import kz.dauys.tally.Ballot;
import kz.dauys.tally.Project;
import kz.dauys.tally.ballot.BallotRules;
import kz.dauys.tally.ballot.BallotViolation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The projects on a cycle's ballot and the cycle's ballot rules (dauys-tally {@link BallotRules}), so a
 * ballot can be checked before it is stored.
 */
public final class BallotBox {

    private final List<Proposal> projects;
    private final BallotRules rules;

    private BallotBox(List<Proposal> projects, BallotRules rules) {
        this.projects = projects;
        this.rules = rules;
    }

    public static BallotBox of(BudgetCycle cycle) {
        List<Proposal> onBallot = Proposal.onBallot(cycle.id);
        List<Project> tallyProjects = onBallot.stream()
                .map(p -> new Project(p.id.toString(), p.cost(), p.title, Optional.ofNullable(p.category))).toList();
        BallotRules.Builder builder = BallotRules.forVote(cycle.budget, tallyProjects);
        // An empty ballot is an abstention, not a vote: at least one project unless the cycle says otherwise.
        builder.minProjects(cycle.minProjects == null ? 1 : cycle.minProjects);
        if (cycle.maxProjects != null) {
            builder.maxProjects(cycle.maxProjects);
        }
        if (cycle.ballotKind == BallotKind.CUMULATIVE) {
            builder.cumulative(cycle.maxPoints);
            if (cycle.maxPointsPerProject != null) {
                builder.maxPointsPerProject(cycle.maxPointsPerProject);
            }
        } else {
            builder.withinBudget();
            if (cycle.minBudgetSharePercent != null && cycle.minBudgetSharePercent > 0) {
                builder.minShareOfBudget(cycle.minBudgetSharePercent, 100);
            }
        }
        return new BallotBox(onBallot, builder.build());
    }

    public List<Proposal> projects() {
        return projects;
    }

    /** The ballot's choices (project to points; 1 per approved project), or a 422 problem naming each broken rule. */
    public Map<UUID, Long> check(BallotRequest request, String where) {
        Ballot ballot = toBallot(request, where);
        List<BallotViolation> violations = rules.check(ballot);
        if (!violations.isEmpty()) {
            List<Problem.FieldError> errors = violations.stream()
                    .map(v -> new Problem.FieldError(where + v.kind().name(), v.message())).toList();
            String detail = (where.isEmpty() ? "" : where) + "The ballot breaks the cycle's rules: "
                    + String.join("; ", violations.stream().map(BallotViolation::message).toList());
            throw new ProblemException(422, "ballot-rules", "The ballot breaks a rule", detail, errors, null);
        }
        Map<UUID, Long> choices = new LinkedHashMap<>();
        if (ballot.isCumulative()) {
            ballot.points().forEach((id, points) -> {
                if (points > 0) {
                    choices.put(UUID.fromString(id), points);
                }
            });
        } else {
            ballot.approved().forEach(id -> choices.put(UUID.fromString(id), 1L));
        }
        return choices;
    }

    private static Ballot toBallot(BallotRequest request, String where) {
        if (request == null) {
            throw ProblemException.badRequest(where + "A ballot needs 'projects' (approval) or 'points' (cumulative).");
        }
        if (request.hasPoints()) {
            if (request.projects() != null && !request.projects().isEmpty()) {
                throw ProblemException.badRequest(where + "Give either 'projects' or 'points', not both.");
            }
            Map<String, Long> points = new LinkedHashMap<>();
            request.points().forEach((id, p) -> points.put(id.toString(), p == null ? 0L : p));
            return Ballot.cumulative("ballot", points);
        }
        List<String> ids = new ArrayList<>();
        for (UUID id : request.projects() == null ? List.<UUID>of() : request.projects()) {
            if (id == null) {
                throw ProblemException.badRequest(where + "A project id is missing.");
            }
            if (ids.contains(id.toString())) {
                throw ProblemException.unprocessable("ballot-rules", where + "The ballot lists project " + id + " twice.");
            }
            ids.add(id.toString());
        }
        return Ballot.approval("ballot", ids);
    }
}
