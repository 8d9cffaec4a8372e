package kz.dauys.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One voter's ballot.
 *
 * <p>An approval ballot lists the approved project ids and has no points. A cumulative ballot gives
 * points to projects; its approved projects are those with a positive number of points, in the order
 * the points were given.
 *
 * @param voterId  the voter's identifier (opaque; never an IIN in clear)
 * @param approved approved project ids, without duplicates
 * @param points   points per project for cumulative ballots, empty for approval ballots
 */
public record Ballot(String voterId, List<String> approved, Map<String, Long> points) {

    public Ballot {
        Objects.requireNonNull(voterId, "voterId");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(points, "points");
        if (new LinkedHashSet<>(approved).size() != approved.size()) {
            throw new IllegalArgumentException("ballot " + voterId + " lists a project twice: " + approved);
        }
        approved = List.copyOf(approved);
        points = Collections.unmodifiableMap(new LinkedHashMap<>(points));
    }

    /** An approval ballot. */
    public static Ballot approval(String voterId, List<String> approved) {
        return new Ballot(voterId, approved, Map.of());
    }

    /** A cumulative ballot; projects with zero points are kept in {@link #points()} but not approved. */
    public static Ballot cumulative(String voterId, Map<String, Long> points) {
        List<String> approved = new ArrayList<>();
        points.forEach((project, p) -> {
            if (p > 0) {
                approved.add(project);
            }
        });
        return new Ballot(voterId, approved, points);
    }

    public boolean isCumulative() {
        return !points.isEmpty();
    }

    /** The weight this ballot gives to a project: its points for cumulative ballots, 1 or 0 for approval. */
    public long weightOf(String projectId) {
        if (isCumulative()) {
            return points.getOrDefault(projectId, 0L);
        }
        return approved.contains(projectId) ? 1 : 0;
    }
}
