package kz.dauys.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads the calendar CSV files: semicolon separated, UTF-8, one header line, lines starting with
 * {@code #} and blank lines ignored.
 */
final class CalendarCsv {

    static final String YEAR_HEADER = "date;kind;name_kk;name_ru;name_en";
    static final String FIXED_HEADER = "month_day;name_kk;name_ru;name_en";

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private record Line(int number, String[] fields) {
    }

    private CalendarCsv() {
    }

    /** The special days of one year; each must lie in {@code year} and appear once. */
    static List<CalendarDay> readYear(int year, Reader reader, String source) {
        List<CalendarDay> days = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (Line line : dataLines(reader, source, YEAR_HEADER)) {
            String[] f = line.fields();
            LocalDate date = parseDate(source, line.number(), f[0]);
            if (date.getYear() != year) {
                throw new CalendarDataException(source, line.number(), date + " is not in " + year);
            }
            Integer earlier = seen.putIfAbsent(date, line.number());
            if (earlier != null) {
                throw new CalendarDataException(source, line.number(),
                        "duplicate date " + date + " (first on line " + earlier + ")");
            }
            CalendarDayKind kind = parseKind(source, line.number(), f[1]);
            checkWeekday(source, line.number(), date, kind);
            days.add(build(source, line.number(), () -> new CalendarDay(date, kind, f[2], f[3], f[4])));
        }
        return days;
    }

    /** Holidays that fall on the same date every year. */
    static List<FixedHoliday> readFixedHolidays(Reader reader, String source) {
        List<FixedHoliday> holidays = new ArrayList<>();
        Map<MonthDay, Integer> seen = new HashMap<>();
        for (Line line : dataLines(reader, source, FIXED_HEADER)) {
            String[] f = line.fields();
            MonthDay monthDay = parseMonthDay(source, line.number(), f[0]);
            Integer earlier = seen.putIfAbsent(monthDay, line.number());
            if (earlier != null) {
                throw new CalendarDataException(source, line.number(),
                        "duplicate date " + f[0] + " (first on line " + earlier + ")");
            }
            holidays.add(build(source, line.number(), () -> new FixedHoliday(monthDay, f[1], f[2], f[3])));
        }
        return holidays;
    }

    private static List<Line> dataLines(Reader source, String sourceName, String header) {
        int fieldCount = header.split(";").length;
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        boolean headerSeen = false;
        int number = 0;
        try {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!text.strip().equals(header)) {
                        throw new CalendarDataException(sourceName, number, "expected the header " + header);
                    }
                    headerSeen = true;
                    continue;
                }
                String[] fields = text.split(";", -1);
                if (fields.length != fieldCount) {
                    throw new CalendarDataException(sourceName, number,
                            "expected " + fieldCount + " fields separated by ';', got " + fields.length);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                lines.add(new Line(number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
        if (!headerSeen) {
            throw new CalendarDataException(sourceName, Math.max(number, 1), "no header line " + header);
        }
        return lines;
    }

    private static LocalDate parseDate(String source, int line, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(source, line, "not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    private static MonthDay parseMonthDay(String source, int line, String text) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.parse(text, MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new CalendarDataException(source, line, "not a month and day (MM-DD): '" + text + "'");
        }
        // MonthDay.atYear would silently turn 29 February into the 28th in common years.
        if (monthDay.equals(MonthDay.of(2, 29))) {
            throw new CalendarDataException(source, line, "29 February is not a yearly date");
        }
        return monthDay;
    }

    private static CalendarDayKind parseKind(String source, int line, String text) {
        try {
            return CalendarDayKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(source, line, "unknown kind '" + text + "'");
        }
    }

    private static void checkWeekday(String source, int line, LocalDate date, CalendarDayKind kind) {
        boolean weekend = isWeekend(date);
        if (kind == CalendarDayKind.DAY_OFF && weekend) {
            throw new CalendarDataException(source, line,
                    "a DAY_OFF must be a weekday, " + date + " is a " + date.getDayOfWeek());
        }
        if (kind == CalendarDayKind.WORKING_SATURDAY && !weekend) {
            throw new CalendarDataException(source, line,
                    "a WORKING_SATURDAY must be a weekend day, " + date + " is a " + date.getDayOfWeek());
        }
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static <T> T build(String source, int line, Supplier<T> row) {
        try {
            return row.get();
        } catch (IllegalArgumentException e) {
            throw new CalendarDataException(source, line, e.getMessage());
        }
    }
}
