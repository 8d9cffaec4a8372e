package kz.dauys.kernel.iin;

import java.util.OptionalInt;

/** The check-digit algorithm shared by IINs and BINs: two weighted sums modulo 11. */
final class IinChecksum {

    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_DIGIT = 10;

    private IinChecksum() {
    }

    /**
     * The check digit for the first eleven digits of {@code digits}, or empty when both weightings
     * give 10: such a prefix cannot start a valid number.
     */
    static OptionalInt checkDigit(CharSequence digits) {
        int check = weightedSumMod11(digits, FIRST_WEIGHTS);
        if (check == NO_DIGIT) {
            check = weightedSumMod11(digits, SECOND_WEIGHTS);
        }
        return check == NO_DIGIT ? OptionalInt.empty() : OptionalInt.of(check);
    }

    /** Whether the first weighting alone gives 10, so the second weighting decides. */
    static boolean needsSecondWeights(CharSequence digits) {
        return weightedSumMod11(digits, FIRST_WEIGHTS) == NO_DIGIT;
    }

    private static int weightedSumMod11(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }
}
