package kz.dauys.kernel.iin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.time.LocalDate;

import kz.dauys.kernel.iin.InvalidIinException.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IinTest {

    /**
     * Checked by hand: 8·1 + 5·2 + 0·3 + 5·4 + 1·5 + 5·6 + 3·7 + 0·8 + 0·9 + 4·10 + 5·11 = 189,
     * 189 mod 11 = 2, the last digit.
     */
    private static final String MALE_1985 = "850515300452";

    /**
     * Checked by hand: the first sum 9 + 4 + 6 + 28 + 9 + 20 + 33 = 109 gives 109 mod 11 = 10, so the
     * second weights decide: 9·3 + 1·6 + 1·8 + 4·9 + 1·11 + 2·1 + 3·2 = 96, 96 mod 11 = 8.
     */
    private static final String FEMALE_1990_SECOND_WEIGHTS = "900101401238";

    @Nested
    class Valid {

        @ParameterizedTest
        @CsvSource({
            "850515300452, 1985-05-15, MALE",
            "900101401238, 1990-01-01, FEMALE",
            "000229600014, 2000-02-29, FEMALE",
            "051231500126, 2005-12-31, MALE",
            "950731400008, 1995-07-31, FEMALE",
            "871212403561, 1987-12-12, FEMALE",
            "010101500003, 2001-01-01, MALE",
            "991231100010, 1899-12-31, MALE",
            "991231200017, 1899-12-31, FEMALE",
        })
        void decodesBirthDateAndSex(String value, LocalDate birth, Sex sex) {
            Iin iin = Iin.parse(value);

            assertThat(iin.value()).isEqualTo(value);
            assertThat(iin.birthDate()).isEqualTo(birth);
            assertThat(iin.sex()).isEqualTo(sex);
            assertThat(Iin.isValid(value)).isTrue();
        }

        @Test
        void parseTrimsSurroundingWhitespace() {
            assertThat(Iin.parse("  " + MALE_1985 + "\t\n").value()).isEqualTo(MALE_1985);
            assertThat(Iin.isValid(" " + MALE_1985 + " ")).isTrue();
        }

        @Test
        void secondWeightsDecideWhenTheFirstSumGivesTen() {
            assertThat(IinChecksum.needsSecondWeights(FEMALE_1990_SECOND_WEIGHTS)).isTrue();
            assertThat(IinChecksum.needsSecondWeights(MALE_1985)).isFalse();
            assertThat(Iin.isValid(FEMALE_1990_SECOND_WEIGHTS)).isTrue();
            // The first sum's remainder, 10, must never be accepted as a check digit "0".
            assertThat(Iin.isValid("900101401230")).isFalse();
        }

        @Test
        void equalValuesAreEqual() {
            assertThat(Iin.parse(MALE_1985)).isEqualTo(new Iin(MALE_1985)).hasSameHashCodeAs(new Iin(MALE_1985));
        }
    }

    @Nested
    class Invalid {

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void blankIsMissing(String raw) {
            assertProblem(raw, Problem.MISSING, "IIN is missing");
        }

        @Test
        void nullIsMissing() {
            assertProblem(null, Problem.MISSING, "IIN is missing");
            assertThat(Iin.isValid(null)).isFalse();
        }

        @ParameterizedTest
        @CsvSource({
            "'850515 300452', 7",
            "85051530045a, 12",
            "-85051530045, 1",
            "８５０５１５３００４５２, 1",
        })
        void nonDigitsAreNamedByPosition(String raw, int position) {
            assertProblem(raw, Problem.NON_DIGIT,
                    "IIN must contain digits only, found a non-digit at position " + position);
        }

        @ParameterizedTest
        @CsvSource({"85051530045, 11", "8505153004520, 13", "1, 1"})
        void wrongLengthIsReportedWithTheCount(String raw, int length) {
            assertProblem(raw, Problem.LENGTH, "IIN must have exactly 12 digits, got " + length);
        }

        @ParameterizedTest
        @ValueSource(chars = {'0', '7', '8', '9'})
        void centuryDigitMustBeOneToSix(char digit) {
            String raw = "850515" + digit + "00452";
            assertProblem(raw, Problem.CENTURY_DIGIT,
                    "IIN digit 7 (century and sex) must be 1-6, got " + digit);
        }

        @ParameterizedTest
        @ValueSource(strings = {"850532300450", "851315300450", "850015300450", "850500300450",
            "990229300001", "000229300001"})
        void birthDateMustExist(String raw) {
            // 2000-02-29 exists but 1900-02-29 does not: the century digit decides.
            assertProblem(raw, Problem.BIRTH_DATE, "IIN digits 1-6 are not a real birth date (YYMMDD)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"850515300450", "850515300451", "850515300459", "900101401239"})
        void wrongCheckDigitIsRejected(String raw) {
            assertProblem(raw, Problem.CHECK_DIGIT, "IIN check digit (digit 12) does not match");
        }

        @Test
        void prefixWhoseBothSumsGiveTenHasNoValidIin() {
            // 90010130080: first sum mod 11 = 10 and second sum mod 11 = 10.
            assertThat(IinChecksum.needsSecondWeights("90010130080")).isTrue();
            assertThat(IinChecksum.checkDigit("90010130080")).isEmpty();
            for (int last = 0; last <= 9; last++) {
                assertProblem("90010130080" + last, Problem.CHECK_DIGIT,
                        "IIN digits 1-11 admit no check digit, so no such IIN is issued");
            }
        }

        @Test
        void messagesNeverContainTheRejectedValue() {
            assertThatThrownBy(() -> Iin.parse("850515300450")).hasMessageNotContaining("850515300450");
            assertThatThrownBy(() -> Iin.parse("85051530045")).hasMessageNotContaining("85051530045");
        }

        @Test
        void constructorValidatesLikeParseButDoesNotTrim() {
            assertThatThrownBy(() -> new Iin(" " + MALE_1985)).isInstanceOf(InvalidIinException.class);
            assertThat(Iin.isValid("850515300450")).isFalse();
        }

        private void assertProblem(String raw, Problem problem, String message) {
            assertThatThrownBy(() -> Iin.parse(raw))
                    .isInstanceOf(InvalidIinException.class)
                    .hasMessage(message)
                    .asInstanceOf(type(InvalidIinException.class))
                    .extracting(InvalidIinException::problem)
                    .isEqualTo(problem);
            assertThat(Iin.isValid(raw)).isFalse();
        }
    }

    @Nested
    class Age {

        private final Iin bornMay15th1985 = Iin.parse(MALE_1985);

        @Test
        void birthdayIsTheBoundary() {
            assertThat(bornMay15th1985.ageOn(LocalDate.of(2003, 5, 14))).isEqualTo(17);
            assertThat(bornMay15th1985.ageOn(LocalDate.of(2003, 5, 15))).isEqualTo(18);
            assertThat(bornMay15th1985.isAdultOn(LocalDate.of(2003, 5, 14))).isFalse();
            assertThat(bornMay15th1985.isAdultOn(LocalDate.of(2003, 5, 15))).isTrue();
        }

        @Test
        void ageOnTheBirthDateIsZero() {
            assertThat(bornMay15th1985.ageOn(LocalDate.of(1985, 5, 15))).isZero();
        }

        @Test
        void leapDayBirthdayComesOnMarchFirstInCommonYears() {
            Iin bornLeapDay = Iin.parse("000229600014");

            assertThat(bornLeapDay.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(17);
            assertThat(bornLeapDay.isAdultOn(LocalDate.of(2018, 2, 28))).isFalse();
            assertThat(bornLeapDay.isAdultOn(LocalDate.of(2018, 3, 1))).isTrue();
        }

        @Test
        void dayBeforeBirthIsRejectedForAgeAndNotAdult() {
            assertThatThrownBy(() -> bornMay15th1985.ageOn(LocalDate.of(1985, 5, 14)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(bornMay15th1985.isAdultOn(LocalDate.of(1985, 5, 14))).isFalse();
        }
    }

    @Nested
    class Masking {

        @Test
        void toStringShowsOnlyTheLastTwoDigits() {
            Iin iin = Iin.parse(MALE_1985);

            assertThat(iin).hasToString("Iin[**********52]");
            assertThat(iin.toString()).doesNotContain("850515", "3004");
        }

        @Test
        void maskingHoldsInsideCollectionsToo() {
            assertThat(java.util.List.of(Iin.parse(FEMALE_1990_SECOND_WEIGHTS)).toString())
                    .isEqualTo("[Iin[**********38]]");
        }
    }

    @Nested
    class Generate {

        @ParameterizedTest
        @CsvSource({
            "1985-05-15, MALE, 45, 850515300452",
            "1990-01-01, FEMALE, 123, 900101401238",
            "2000-02-29, FEMALE, 1, 000229600014",
            "1899-12-31, MALE, 1, 991231100010",
        })
        void computesTheCheckDigit(LocalDate birth, Sex sex, int serial, String expected) {
            assertThat(Iin.generate(birth, sex, serial)).isEqualTo(expected);
        }

        @Test
        void skipsToTheNextSerialWhenNoCheckDigitExists() {
            // Serial 0080 gives a prefix with no check digit; 0081 is valid through the second weights.
            assertThat(Iin.generate(LocalDate.of(1990, 1, 1), Sex.MALE, 80)).isEqualTo("900101300811");
            assertThat(IinChecksum.needsSecondWeights("900101300811")).isTrue();
        }

        @Test
        void everyGeneratedValueParsesBack() {
            LocalDate birth = LocalDate.of(2004, 2, 29);
            for (int serial = 0; serial < 10_000; serial += 7) {
                for (Sex sex : Sex.values()) {
                    Iin iin = Iin.parse(Iin.generate(birth, sex, serial));
                    assertThat(iin.birthDate()).isEqualTo(birth);
                    assertThat(iin.sex()).isEqualTo(sex);
                }
            }
        }

        @Test
        void wrapsFromTheLastSerialToTheFirst() {
            // 0005185 9999 admits no check digit; 0000 comes next.
            assertThat(IinChecksum.checkDigit("00051859999")).isEmpty();
            assertThat(Iin.generate(LocalDate.of(2000, 5, 18), Sex.MALE, 9999)).isEqualTo("000518500009");
        }

        @Test
        void rejectsBirthYearsAndSerialsOutsideTheFormat() {
            assertThatThrownBy(() -> Iin.generate(LocalDate.of(1799, 12, 31), Sex.MALE, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1800-2099");
            assertThatThrownBy(() -> Iin.generate(LocalDate.of(2100, 1, 1), Sex.MALE, 1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Iin.generate(LocalDate.of(2000, 1, 1), Sex.MALE, 10_000))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Iin.generate(LocalDate.of(2000, 1, 1), Sex.MALE, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
