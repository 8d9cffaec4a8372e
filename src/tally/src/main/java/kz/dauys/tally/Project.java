package kz.dauys.tally;

import java.util.Objects;
import java.util.Optional;

/**
 * A project on the ballot.
 *
 * @param id       stable identifier, unique within an election (pabulib {@code project_id})
 * @param cost     cost in whole currency units, not negative
 * @param name     human-readable name (may be empty)
 * @param category optional category label (pabulib {@code category}, comma-separated when several)
 */
public record Project(String id, long cost, String name, Optional<String> category) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (id.isBlank()) {
            throw new IllegalArgumentException("project id must not be blank");
        }
        if (cost < 0) {
            throw new IllegalArgumentException("project " + id + " has a negative cost " + cost);
        }
    }

    public Project(String id, long cost, String name) {
        this(id, cost, name, Optional.empty());
    }

    public Project(String id, long cost) {
        this(id, cost, "", Optional.empty());
    }
}
