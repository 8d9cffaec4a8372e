package kz.dauys.tally;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A participatory-budget vote: the budget, the projects and the ballots cast.
 *
 * @param budget   the budget limit B in whole currency units
 * @param projects the projects, ids unique
 * @param ballots  the ballots; every approved project must be one of {@code projects}
 */
public record Election(long budget, List<Project> projects, List<Ballot> ballots) {

    public Election {
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(ballots, "ballots");
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative: " + budget);
        }
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
        Map<String, Project> byId = new HashMap<>();
        for (Project p : projects) {
            if (byId.put(p.id(), p) != null) {
                throw new IllegalArgumentException("duplicate project id " + p.id());
            }
        }
        for (Ballot b : ballots) {
            for (String id : b.approved()) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("ballot " + b.voterId() + " approves unknown project " + id);
                }
            }
        }
    }

    /** Projects by id, in election order. */
    public Map<String, Project> projectsById() {
        Map<String, Project> byId = new LinkedHashMap<>();
        projects.forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    public Optional<Project> project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** True if any ballot carries points (a cumulative vote). */
    public boolean isCumulative() {
        return ballots.stream().anyMatch(Ballot::isCumulative);
    }

    /**
     * The vote count of each project: the number of approving ballots, or the sum of points for
     * cumulative ballots.
     */
    public Map<String, Long> voteCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        projects.forEach(p -> counts.put(p.id(), 0L));
        for (Ballot b : ballots) {
            if (b.isCumulative()) {
                b.points().forEach((id, pts) -> counts.computeIfPresent(id, (k, v) -> Math.addExact(v, pts)));
            } else {
                b.approved().forEach(id -> counts.merge(id, 1L, Math::addExact));
            }
        }
        return counts;
    }
}
