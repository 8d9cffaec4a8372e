package kz.dauys.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cross-checks the shipped years against the rules they were written from, so a slip in an edited
 * file shows up here: every fixed-date holiday is present, Kurban Ait is present, and the days off
 * are exactly the weekend holidays moved by the Labour Code plus the known government transfers.
 */
class ShippedCalendarDataTest {

    private static final Set<MonthDay> HOLIDAYS_THAT_NEVER_MOVE = Set.of(MonthDay.of(1, 7));

    private static final Map<Integer, LocalDate> KURBAN_AIT = Map.of(
            2024, LocalDate.of(2024, 6, 16), 2025, LocalDate.of(2025, 6, 6),
            2026, LocalDate.of(2026, 5, 27), 2027, LocalDate.of(2027, 5, 16));

    /** Government transfers: the weekend day worked, then the weekday taken off. */
    private static final Map<Integer, List<LocalDate>> TRANSFERS = Map.of(
            2024, List.of(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 8)),
            2025, List.of(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 3)),
            2026, List.of(),
            2027, List.of());

    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027})
    void yearFollowsTheLawAndTheKnownTransfers(int year) throws IOException {
        List<CalendarDay> days = readYear(year);
        List<FixedHoliday> fixed = readFixedHolidays();

        Set<LocalDate> holidays = datesOf(days, CalendarDayKind.HOLIDAY);
        Set<LocalDate> expectedHolidays = fixed.stream().map(h -> h.monthDay().atYear(year))
                .collect(Collectors.toCollection(TreeSet::new));
        expectedHolidays.add(KURBAN_AIT.get(year));
        assertThat(holidays).containsExactlyElementsOf(expectedHolidays);

        List<LocalDate> transfer = TRANSFERS.get(year);
        Set<LocalDate> expectedWorking = new TreeSet<>();
        Set<LocalDate> expectedOff = new TreeSet<>();
        if (!transfer.isEmpty()) {
            expectedWorking.add(transfer.get(0));
            expectedOff.add(transfer.get(1));
        }
        for (LocalDate holiday : holidays) {
            boolean movable = !HOLIDAYS_THAT_NEVER_MOVE.contains(MonthDay.from(holiday))
                    && !holiday.equals(KURBAN_AIT.get(year));
            if (movable && CalendarCsv.isWeekend(holiday)) {
                LocalDate next = holiday.plusDays(1);
                while (CalendarCsv.isWeekend(next) || holidays.contains(next) || expectedOff.contains(next)) {
                    next = next.plusDays(1);
                }
                expectedOff.add(next);
            }
        }
        assertThat(datesOf(days, CalendarDayKind.DAY_OFF)).containsExactlyElementsOf(expectedOff);
        assertThat(datesOf(days, CalendarDayKind.WORKING_SATURDAY)).containsExactlyElementsOf(expectedWorking);
    }

    private static Set<LocalDate> datesOf(List<CalendarDay> days, CalendarDayKind kind) {
        return days.stream().filter(d -> d.kind() == kind).map(CalendarDay::date)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<CalendarDay> readYear(int year) throws IOException {
        String resource = WorkingDayCalendar.YEAR_RESOURCE.formatted(year);
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return CalendarCsv.readYear(year, new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }

    private static List<FixedHoliday> readFixedHolidays() throws IOException {
        String resource = WorkingDayCalendar.FIXED_HOLIDAYS_RESOURCE;
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(resource)) {
            return CalendarCsv.readFixedHolidays(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        }
    }
}
