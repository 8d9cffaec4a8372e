package kz.dauys.kernel.calendar;

import java.time.MonthDay;
import java.util.Objects;

/** A holiday on the same date every year, used for years the calendar data does not cover. */
record FixedHoliday(MonthDay monthDay, String nameKk, String nameRu, String nameEn) {

    FixedHoliday {
        Objects.requireNonNull(monthDay, "monthDay");
        CalendarDay.requireText(nameKk, "nameKk");
        CalendarDay.requireText(nameRu, "nameRu");
        CalendarDay.requireText(nameEn, "nameEn");
    }

    /** This holiday in {@code year}. */
    CalendarDay on(int year) {
        return new CalendarDay(monthDay.atYear(year), CalendarDayKind.HOLIDAY, nameKk, nameRu, nameEn);
    }
}
