package kz.dauys.kernel.iin;

/** The sex encoded in the seventh digit of an {@link Iin}. */
public enum Sex {
    MALE,
    FEMALE
}
