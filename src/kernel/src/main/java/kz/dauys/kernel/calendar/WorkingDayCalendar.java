package kz.dauys.kernel.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Kazakhstan's working days: Monday to Friday, minus public holidays and days off, plus weekend
 * days made working days by a transfer.
 *
 * <p>Each covered year is kept as data, {@code calendar-<year>.csv}, listing every day that departs
 * from the plain week: holidays ({@link CalendarDayKind#HOLIDAY}), weekdays off
 * ({@link CalendarDayKind#DAY_OFF}: a holiday that fell on a weekend and moved to the next working
 * day, or a government transfer) and weekend working days
 * ({@link CalendarDayKind#WORKING_SATURDAY}). Nothing is derived by code, so an administrator can
 * correct a year by editing its file.
 *
 * <p><b>Outside the covered years</b> ({@link #covers(LocalDate)} is false) the calendar falls back
 * to Monday to Friday minus the holidays that have a fixed date ({@code fixed-holidays.csv}). That
 * fallback knows nothing of holidays moved off weekends, of Kurban Ait (its date follows the lunar
 * calendar) or of government transfers, so it can count a few days too many as working days.
 */
public final class WorkingDayCalendar {

    static final String FIXED_HOLIDAYS_RESOURCE = "fixed-holidays.csv";
    static final String YEAR_RESOURCE = "calendar-%d.csv";
    /** Years probed for a shipped {@code calendar-<year>.csv}; adding a file in this range is enough. */
    private static final int FIRST_PROBED_YEAR = 2000;
    private static final int LAST_PROBED_YEAR = 2099;

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> coveredYears;
    private final Map<MonthDay, FixedHoliday> fixedHolidays;

    private WorkingDayCalendar(Map<LocalDate, CalendarDay> days, Set<Integer> coveredYears,
            Map<MonthDay, FixedHoliday> fixedHolidays) {
        this.days = Collections.unmodifiableMap(new TreeMap<>(days));
        this.coveredYears = Collections.unmodifiableSet(new TreeSet<>(coveredYears));
        this.fixedHolidays = Map.copyOf(fixedHolidays);
    }

    /** The calendar shipped with this library, read once and shared. */
    public static WorkingDayCalendar loadDefault() {
        return DefaultHolder.CALENDAR;
    }

    /**
     * Builds a calendar from data in the shipped format, for example years edited by an
     * administrator.
     *
     * @param years one reader per covered year, with header {@code date;kind;name_kk;name_ru;name_en}
     * @param fixedHolidays the fallback for other years, with header
     *     {@code month_day;name_kk;name_ru;name_en} and dates as {@code MM-DD}
     * @throws CalendarDataException when any of the data is malformed
     */
    public static WorkingDayCalendar load(Map<Integer, ? extends Reader> years, Reader fixedHolidays) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        years.forEach((year, reader) -> {
            for (CalendarDay day : CalendarCsv.readYear(year, reader, YEAR_RESOURCE.formatted(year))) {
                days.put(day.date(), day);
            }
        });
        Map<MonthDay, FixedHoliday> fixed = new HashMap<>();
        for (FixedHoliday holiday : CalendarCsv.readFixedHolidays(fixedHolidays, FIXED_HOLIDAYS_RESOURCE)) {
            fixed.put(holiday.monthDay(), holiday);
        }
        return new WorkingDayCalendar(days, years.keySet(), fixed);
    }

    /** Whether the year of {@code date} is kept as data rather than approximated. */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** The years kept as data, ascending. */
    public Set<Integer> coveredYears() {
        return coveredYears;
    }

    /** Whether people on a five-day week work on {@code date}. */
    public boolean isWorkingDay(LocalDate date) {
        return describe(date)
                .map(CalendarDay::isWorkingDay)
                .orElseGet(() -> !CalendarCsv.isWeekend(date));
    }

    /**
     * What makes {@code date} special, if anything: a holiday, a day off or a transferred working
     * day. Ordinary weekdays and weekends give an empty result. Outside the covered years only
     * fixed-date holidays are known.
     */
    public Optional<CalendarDay> describe(LocalDate date) {
        if (covers(date)) {
            return Optional.ofNullable(days.get(date));
        }
        return Optional.ofNullable(fixedHolidays.get(MonthDay.from(date))).map(h -> h.on(date.getYear()));
    }

    /**
     * The {@code n}-th working day after {@code start}, or before it when {@code n} is negative;
     * {@code start} itself when {@code n} is 0. {@code start} need not be a working day: one
     * working day after a Saturday is the next working Monday.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate day = start;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code fromExclusive} up to and including
     * {@code toInclusive}, so that {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for
     * {@code n >= 0}.
     *
     * @throws IllegalArgumentException when {@code toInclusive} is before {@code fromExclusive}
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            throw new IllegalArgumentException(
                    "toInclusive " + toInclusive + " is before fromExclusive " + fromExclusive);
        }
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static final class DefaultHolder {
        static final WorkingDayCalendar CALENDAR = readDefault();

        private static WorkingDayCalendar readDefault() {
            Map<Integer, Reader> years = new TreeMap<>();
            for (int year = FIRST_PROBED_YEAR; year <= LAST_PROBED_YEAR; year++) {
                Optional<String> text = read(YEAR_RESOURCE.formatted(year));
                if (text.isPresent()) {
                    years.put(year, new StringReader(text.get()));
                }
            }
            String fixed = read(FIXED_HOLIDAYS_RESOURCE)
                    .orElseThrow(() -> new IllegalStateException("missing resource " + FIXED_HOLIDAYS_RESOURCE));
            return load(years, new StringReader(fixed));
        }

        private static Optional<String> read(String resource) {
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
                return in == null
                        ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }
}
