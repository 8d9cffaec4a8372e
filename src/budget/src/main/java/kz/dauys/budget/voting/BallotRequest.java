package kz.dauys.budget.voting;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A ballot: the approved projects for an approval vote, or points per project for a cumulative vote.
 */
public record BallotRequest(List<UUID> projects, Map<UUID, Long> points) {

    public boolean hasPoints() {
        return points != null && !points.isEmpty();
    }
}
