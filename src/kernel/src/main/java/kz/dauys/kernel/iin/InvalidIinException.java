package kz.dauys.kernel.iin;

/**
 * Thrown when a string is not a valid {@link Iin}.
 *
 * <p>The message says what is wrong but never repeats the rejected value, so the exception can be
 * logged or shown to a user without leaking an identification number.
 */
public class InvalidIinException extends IllegalArgumentException {

    /** What made the value invalid, in the order the checks run. */
    public enum Problem {
        /** The value is null or blank. */
        MISSING,
        /** The value contains something other than the digits 0-9. */
        NON_DIGIT,
        /** The value does not have exactly 12 digits. */
        LENGTH,
        /** The seventh digit is 0, 7, 8 or 9. */
        CENTURY_DIGIT,
        /** Digits 1-6 with the century are not a real calendar date. */
        BIRTH_DATE,
        /** The twelfth digit does not match, or no check digit exists for the first eleven. */
        CHECK_DIGIT
    }

    private final Problem problem;

    public InvalidIinException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The kind of problem, for callers that map it to a field error or a translated message. */
    public Problem problem() {
        return problem;
    }
}
