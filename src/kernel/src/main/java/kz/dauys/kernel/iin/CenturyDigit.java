package kz.dauys.kernel.iin;

import java.util.Optional;

/** The seventh IIN digit: century of birth and sex (odd = male, even = female). */
enum CenturyDigit {
    MALE_1800S('1', 1800, Sex.MALE),
    FEMALE_1800S('2', 1800, Sex.FEMALE),
    MALE_1900S('3', 1900, Sex.MALE),
    FEMALE_1900S('4', 1900, Sex.FEMALE),
    MALE_2000S('5', 2000, Sex.MALE),
    FEMALE_2000S('6', 2000, Sex.FEMALE);

    private final char digit;
    private final int centuryStart;
    private final Sex sex;

    CenturyDigit(char digit, int centuryStart, Sex sex) {
        this.digit = digit;
        this.centuryStart = centuryStart;
        this.sex = sex;
    }

    static Optional<CenturyDigit> of(char digit) {
        for (CenturyDigit value : values()) {
            if (value.digit == digit) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static CenturyDigit of(int birthYear, Sex sex) {
        for (CenturyDigit value : values()) {
            if (value.sex == sex && birthYear >= value.centuryStart && birthYear < value.centuryStart + 100) {
                return value;
            }
        }
        throw new IllegalArgumentException("an IIN encodes birth years 1800-2099 only, got " + birthYear);
    }

    char digit() {
        return digit;
    }

    int centuryStart() {
        return centuryStart;
    }

    Sex sex() {
        return sex;
    }
}
