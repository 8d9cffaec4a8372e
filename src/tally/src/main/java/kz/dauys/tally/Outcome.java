package kz.dauys.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a rule.
 *
 * @param rule           the rule's name
 * @param funded         the funded projects in the order the rule funded them
 * @param explanations   one explanation per project of the election, keyed by project id, in election order
 * @param perVoterBudget for the Method of Equal Shares, the budget each voter was given in the run
 *                       that produced the outcome; empty for other rules
 */
public record Outcome(String rule, List<Project> funded, Map<String, Explanation> explanations,
                      Optional<Fraction> perVoterBudget) {

    public Outcome {
        Objects.requireNonNull(rule, "rule");
        funded = List.copyOf(funded);
        explanations = Collections.unmodifiableMap(new LinkedHashMap<>(explanations));
        Objects.requireNonNull(perVoterBudget, "perVoterBudget");
    }

    public List<String> fundedIds() {
        return funded.stream().map(Project::id).toList();
    }

    public long totalCost() {
        return funded.stream().mapToLong(Project::cost).reduce(0L, Math::addExact);
    }

    public boolean isFunded(String projectId) {
        return funded.stream().anyMatch(p -> p.id().equals(projectId));
    }

    public Explanation explanation(String projectId) {
        Explanation e = explanations.get(projectId);
        if (e == null) {
            throw new IllegalArgumentException("no project " + projectId);
        }
        return e;
    }
}
