package kz.dauys.kernel.calendar;

/** Why a date departs from the plain Monday-to-Friday week. */
public enum CalendarDayKind {
    /** A public holiday under the Law on Holidays; never a working day. */
    HOLIDAY,
    /**
     * A weekday that is a day off: a holiday that fell on a weekend moved here under the Labour
     * Code, or a day off transferred by government order.
     */
    DAY_OFF,
    /**
     * A weekend day made a working day by a transfer of days off. Usually a Saturday; the name is
     * kept although a transfer may also fall on a Sunday (5 January 2025 was one).
     */
    WORKING_SATURDAY;

    /** Whether a day of this kind is worked. */
    public boolean isWorking() {
        return this == WORKING_SATURDAY;
    }
}
