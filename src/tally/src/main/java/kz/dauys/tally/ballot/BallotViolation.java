package kz.dauys.tally.ballot;

/**
 * One reason a ballot is not accepted.
 *
 * @param kind    what rule was broken, for clients that translate messages
 * @param message a precise English message with the figures involved
 */
public record BallotViolation(Kind kind, String message) {

    public enum Kind {
        UNKNOWN_PROJECT,
        TOO_MANY_PROJECTS,
        TOO_FEW_PROJECTS,
        OVER_BUDGET,
        BELOW_MINIMUM_SHARE,
        POINTS_NOT_ALLOWED,
        POINTS_REQUIRED,
        NEGATIVE_POINTS,
        TOO_MANY_POINTS,
        TOO_MANY_POINTS_FOR_PROJECT
    }
}
