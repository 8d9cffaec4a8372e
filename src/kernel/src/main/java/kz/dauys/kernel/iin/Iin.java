package kz.dauys.kernel.iin;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

import kz.dauys.kernel.iin.InvalidIinException.Problem;

/**
 * A valid Kazakhstan Individual Identification Number (ЖСН / ИИН).
 *
 * <p>Twelve digits: {@code YYMMDD} of birth, a century-and-sex digit (1/2 = 1800s, 3/4 = 1900s,
 * 5/6 = 2000s; odd male, even female), a four-digit serial and a check digit. Constructing an
 * instance validates all of it, so an {@code Iin} in hand is always well formed.
 *
 * <p>{@link #toString()} masks all but the last two digits so that an IIN is never logged in clear
 * by accident; {@link #value()} gives the full number where it is really needed (for example to
 * compute a keyed hash).
 *
 * @param value the twelve digits, without spaces
 */
public record Iin(String value) {

    /** Age from which a person is an adult under the Civil Code. */
    public static final int ADULT_AGE = 18;

    private static final int LENGTH = 12;
    private static final int SERIAL_COUNT = 10_000;

    /**
     * Validates the twelve digits.
     *
     * @throws InvalidIinException when {@code value} is not a valid IIN
     */
    public Iin {
        validate(value);
    }

    /**
     * Parses an IIN as typed by a person: surrounding whitespace is ignored.
     *
     * @throws InvalidIinException when the trimmed text is not a valid IIN
     */
    public static Iin parse(String raw) {
        return new Iin(raw == null ? null : raw.strip());
    }

    /** Whether {@code raw}, after trimming, is a valid IIN. */
    public static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (InvalidIinException e) {
            return false;
        }
    }

    /**
     * Builds a valid IIN for test and demo data.
     *
     * <p>Some eleven-digit prefixes have no check digit (both weightings give 10). When the
     * requested serial gives such a prefix, the next serial upward is tried (wrapping from 9999 to
     * 0000), so the serial in the result can differ from {@code serial}.
     *
     * @param birth a birth date in the years 1800-2099
     * @param serial the preferred serial, 0-9999
     * @return the twelve digits of a valid IIN
     */
    public static String generate(LocalDate birth, Sex sex, int serial) {
        if (serial < 0 || serial >= SERIAL_COUNT) {
            throw new IllegalArgumentException("serial must be 0-9999, got " + serial);
        }
        CenturyDigit century = CenturyDigit.of(birth.getYear(), sex);
        String prefix = "%02d%02d%02d%c".formatted(
                birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), century.digit());
        for (int attempt = 0; attempt < SERIAL_COUNT; attempt++) {
            String withoutCheck = prefix + "%04d".formatted((serial + attempt) % SERIAL_COUNT);
            OptionalInt check = IinChecksum.checkDigit(withoutCheck);
            if (check.isPresent()) {
                return withoutCheck + check.getAsInt();
            }
        }
        throw new IllegalStateException("no serial gives a check digit for this birth date and sex");
    }

    /** The date of birth encoded in digits 1-7. */
    public LocalDate birthDate() {
        return birthDateOf(value, centuryOf(value));
    }

    /** The sex encoded in digit 7. */
    public Sex sex() {
        return centuryOf(value).sex();
    }

    /**
     * Age in full years on {@code day}. Someone born on 29 February turns a year older on
     * 1 March in common years.
     *
     * @throws IllegalArgumentException when {@code day} is before the birth date
     */
    public int ageOn(LocalDate day) {
        LocalDate birth = birthDate();
        if (day.isBefore(birth)) {
            throw new IllegalArgumentException("the day is before the birth date");
        }
        return Period.between(birth, day).getYears();
    }

    /** Whether the person is at least {@value #ADULT_AGE} years old on {@code day}. */
    public boolean isAdultOn(LocalDate day) {
        return !day.isBefore(birthDate()) && ageOn(day) >= ADULT_AGE;
    }

    /** Masks all digits but the last two, e.g. {@code Iin[**********34]}. */
    @Override
    public String toString() {
        return "Iin[" + "*".repeat(LENGTH - 2) + value.substring(LENGTH - 2) + "]";
    }

    private static void validate(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidIinException(Problem.MISSING, "IIN is missing");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIinException(Problem.NON_DIGIT,
                        "IIN must contain digits only, found a non-digit at position " + (i + 1));
            }
        }
        if (value.length() != LENGTH) {
            throw new InvalidIinException(Problem.LENGTH,
                    "IIN must have exactly 12 digits, got " + value.length());
        }
        CenturyDigit century = CenturyDigit.of(value.charAt(6)).orElseThrow(() -> new InvalidIinException(
                Problem.CENTURY_DIGIT, "IIN digit 7 (century and sex) must be 1-6, got " + value.charAt(6)));
        try {
            birthDateOf(value, century);
        } catch (DateTimeException e) {
            throw new InvalidIinException(Problem.BIRTH_DATE,
                    "IIN digits 1-6 are not a real birth date (YYMMDD)");
        }
        OptionalInt check = IinChecksum.checkDigit(value);
        if (check.isEmpty()) {
            throw new InvalidIinException(Problem.CHECK_DIGIT,
                    "IIN digits 1-11 admit no check digit, so no such IIN is issued");
        }
        if (check.getAsInt() != value.charAt(11) - '0') {
            throw new InvalidIinException(Problem.CHECK_DIGIT, "IIN check digit (digit 12) does not match");
        }
    }

    private static CenturyDigit centuryOf(String value) {
        return CenturyDigit.of(value.charAt(6)).orElseThrow();
    }

    private static LocalDate birthDateOf(String value, CenturyDigit century) {
        int year = century.centuryStart() + Integer.parseInt(value, 0, 2, 10);
        int month = Integer.parseInt(value, 2, 4, 10);
        int day = Integer.parseInt(value, 4, 6, 10);
        return LocalDate.of(year, month, day);
    }
}
