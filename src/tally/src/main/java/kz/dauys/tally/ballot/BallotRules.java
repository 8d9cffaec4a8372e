package kz.dauys.tally.ballot;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Project;

/**
 * What a resident's ballot must satisfy before the budget service accepts it. Rules are opt-in:
 * <ul>
 *   <li>{@link Builder#maxProjects(int)} / {@link Builder#minProjects(int)}: at most k / at least m
 *       projects selected;</li>
 *   <li>{@link Builder#withinBudget()}: the selected projects together cost at most the budget
 *       (knapsack ballots);</li>
 *   <li>{@link Builder#minShareOfBudget(long, long)}: they cost at least a share of the budget
 *       (Decidim's minimum budget percentage), e.g. {@code (70, 100)} for 70 %;</li>
 *   <li>{@link Builder#cumulative(long)}: points per project, at most a total per ballot, and
 *       optionally {@link Builder#maxPointsPerProject(long)}.</li>
 * </ul>
 * Every ballot must name known projects. All arithmetic is exact.
 */
public final class BallotRules {

    private final long budget;
    private final Map<String, Project> projects;
    private final OptionalLong maxProjects;
    private final OptionalLong minProjects;
    private final boolean withinBudget;
    private final long minShareNumerator;
    private final long minShareDenominator;
    private final OptionalLong maxTotalPoints;
    private final OptionalLong maxPointsPerProject;

    private BallotRules(Builder b) {
        this.budget = b.budget;
        this.projects = b.projects;
        this.maxProjects = b.maxProjects;
        this.minProjects = b.minProjects;
        this.withinBudget = b.withinBudget;
        this.minShareNumerator = b.minShareNumerator;
        this.minShareDenominator = b.minShareDenominator;
        this.maxTotalPoints = b.maxTotalPoints;
        this.maxPointsPerProject = b.maxPointsPerProject;
    }

    /** Rules for a vote with this budget and these projects. */
    public static Builder forVote(long budget, List<Project> projects) {
        return new Builder(budget, projects);
    }

    public boolean accepts(Ballot ballot) {
        return check(ballot).isEmpty();
    }

    /** Every violation of the ballot, in a stable order; empty when the ballot is valid. */
    public List<BallotViolation> check(Ballot ballot) {
        Objects.requireNonNull(ballot, "ballot");
        List<BallotViolation> out = new ArrayList<>();
        boolean cumulative = maxTotalPoints.isPresent();
        if (ballot.isCumulative() && !cumulative) {
            out.add(new BallotViolation(BallotViolation.Kind.POINTS_NOT_ALLOWED,
                    "this vote is by approval: points cannot be given"));
        }
        if (cumulative && !ballot.isCumulative() && !ballot.approved().isEmpty()) {
            out.add(new BallotViolation(BallotViolation.Kind.POINTS_REQUIRED,
                    "this vote is cumulative: give points to the projects you support"));
        }
        List<String> named = new ArrayList<>(ballot.approved());
        ballot.points().keySet().stream().filter(id -> !named.contains(id)).forEach(named::add);
        for (String id : named) {
            if (!projects.containsKey(id)) {
                out.add(new BallotViolation(BallotViolation.Kind.UNKNOWN_PROJECT, "unknown project " + id));
            }
        }
        int selected = ballot.approved().size();
        if (maxProjects.isPresent() && selected > maxProjects.getAsLong()) {
            out.add(new BallotViolation(BallotViolation.Kind.TOO_MANY_PROJECTS,
                    "ballot selects " + selected + " projects, at most " + maxProjects.getAsLong() + " allowed"));
        }
        if (minProjects.isPresent() && selected < minProjects.getAsLong()) {
            out.add(new BallotViolation(BallotViolation.Kind.TOO_FEW_PROJECTS,
                    "ballot selects " + selected + " projects, at least " + minProjects.getAsLong() + " required"));
        }
        BigInteger cost = BigInteger.ZERO;
        for (String id : ballot.approved()) {
            Project p = projects.get(id);
            if (p != null) {
                cost = cost.add(BigInteger.valueOf(p.cost()));
            }
        }
        BigInteger limit = BigInteger.valueOf(budget);
        if (withinBudget && cost.compareTo(limit) > 0) {
            out.add(new BallotViolation(BallotViolation.Kind.OVER_BUDGET,
                    "selected projects cost " + cost + " in total, exceeding the budget of " + budget + " by "
                            + cost.subtract(limit)));
        }
        if (minShareNumerator > 0) {
            // cost / budget >= num / den  <=>  cost * den >= budget * num
            BigInteger required = limit.multiply(BigInteger.valueOf(minShareNumerator));
            if (cost.multiply(BigInteger.valueOf(minShareDenominator)).compareTo(required) < 0) {
                BigInteger[] qr = required.divideAndRemainder(BigInteger.valueOf(minShareDenominator));
                BigInteger minimum = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
                out.add(new BallotViolation(BallotViolation.Kind.BELOW_MINIMUM_SHARE,
                        "selected projects cost " + cost + ", below the required minimum of " + minimum + " ("
                                + share() + " of the budget " + budget + ")"));
            }
        }
        if (cumulative) {
            checkPoints(ballot, out);
        }
        return out;
    }

    private void checkPoints(Ballot ballot, List<BallotViolation> out) {
        BigInteger total = BigInteger.ZERO;
        for (Map.Entry<String, Long> e : ballot.points().entrySet()) {
            long points = e.getValue();
            if (points < 0) {
                out.add(new BallotViolation(BallotViolation.Kind.NEGATIVE_POINTS,
                        "points for project " + e.getKey() + " must not be negative (got " + points + ")"));
                continue;
            }
            if (maxPointsPerProject.isPresent() && points > maxPointsPerProject.getAsLong()) {
                out.add(new BallotViolation(BallotViolation.Kind.TOO_MANY_POINTS_FOR_PROJECT,
                        "project " + e.getKey() + " gets " + points + " points, at most "
                                + maxPointsPerProject.getAsLong() + " per project allowed"));
            }
            total = total.add(BigInteger.valueOf(points));
        }
        long max = maxTotalPoints.getAsLong();
        if (total.compareTo(BigInteger.valueOf(max)) > 0) {
            out.add(new BallotViolation(BallotViolation.Kind.TOO_MANY_POINTS,
                    "ballot gives " + total + " points in total, at most " + max + " allowed"));
        }
    }

    private String share() {
        if (minShareDenominator == 100) {
            return minShareNumerator + "%";
        }
        return minShareNumerator + "/" + minShareDenominator;
    }

    /** Collects the rules of one vote. */
    public static final class Builder {
        private final long budget;
        private final Map<String, Project> projects = new LinkedHashMap<>();
        private OptionalLong maxProjects = OptionalLong.empty();
        private OptionalLong minProjects = OptionalLong.empty();
        private boolean withinBudget;
        private long minShareNumerator;
        private long minShareDenominator = 1;
        private OptionalLong maxTotalPoints = OptionalLong.empty();
        private OptionalLong maxPointsPerProject = OptionalLong.empty();

        private Builder(long budget, List<Project> projects) {
            if (budget < 0) {
                throw new IllegalArgumentException("budget must not be negative: " + budget);
            }
            this.budget = budget;
            projects.forEach(p -> this.projects.put(p.id(), p));
        }

        public Builder maxProjects(int k) {
            requireNonNegative(k, "maxProjects");
            this.maxProjects = OptionalLong.of(k);
            return this;
        }

        public Builder minProjects(int m) {
            requireNonNegative(m, "minProjects");
            this.minProjects = OptionalLong.of(m);
            return this;
        }

        public Builder withinBudget() {
            this.withinBudget = true;
            return this;
        }

        /** The selected projects must cost at least numerator/denominator of the budget. */
        public Builder minShareOfBudget(long numerator, long denominator) {
            if (numerator < 0 || denominator <= 0 || numerator > denominator) {
                throw new IllegalArgumentException("share must be within 0..1: " + numerator + "/" + denominator);
            }
            this.minShareNumerator = numerator;
            this.minShareDenominator = denominator;
            return this;
        }

        /** A cumulative vote: ballots give points, at most {@code maxTotal} in total. */
        public Builder cumulative(long maxTotal) {
            requireNonNegative(maxTotal, "maxTotal");
            this.maxTotalPoints = OptionalLong.of(maxTotal);
            return this;
        }

        public Builder maxPointsPerProject(long max) {
            requireNonNegative(max, "maxPointsPerProject");
            this.maxPointsPerProject = OptionalLong.of(max);
            return this;
        }

        public BallotRules build() {
            if (minProjects.isPresent() && maxProjects.isPresent()
                    && minProjects.getAsLong() > maxProjects.getAsLong()) {
                throw new IllegalArgumentException("minProjects " + minProjects.getAsLong() + " > maxProjects "
                        + maxProjects.getAsLong());
            }
            if (maxPointsPerProject.isPresent() && maxTotalPoints.isEmpty()) {
                throw new IllegalArgumentException("maxPointsPerProject needs a cumulative vote");
            }
            return new BallotRules(this);
        }

        private static void requireNonNegative(long value, String what) {
            if (value < 0) {
                throw new IllegalArgumentException(what + " must not be negative: " + value);
            }
        }
    }
}
