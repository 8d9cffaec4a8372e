package kz.dauys.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarCsvTest {

    private static final String YEAR_HEADER = "# comment\ndate;kind;name_kk;name_ru;name_en\n";
    private static final String FIXED = "month_day;name_kk;name_ru;name_en\n01-01;Жаңа жыл;Новый год;New Year\n";

    @Test
    void loadsAdministratorEditedData() {
        WorkingDayCalendar calendar = WorkingDayCalendar.load(
                Map.of(2031, new StringReader(YEAR_HEADER
                        + "2031-01-01;HOLIDAY;Жаңа жыл;Новый год;New Year\n"
                        + "2031-01-02;DAY_OFF;Демалыс;Выходной;Day off\n"
                        + "2031-01-04;WORKING_SATURDAY;Жұмыс күні;Рабочий день;Working day\n")),
                new StringReader(FIXED));

        assertThat(calendar.coveredYears()).containsExactly(2031);
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2032, 1, 1))).as("fallback").isFalse();
        assertThat(calendar.describe(LocalDate.of(2032, 1, 1)).orElseThrow().nameEn()).isEqualTo("New Year");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-02-30;HOLIDAY;А;Б;C | not a date (YYYY-MM-DD): '2025-02-30'",
        "2024-12-31;HOLIDAY;А;Б;C | 2024-12-31 is not in 2025",
        "2025-01-01;FEAST;А;Б;C | unknown kind 'FEAST'",
        "2025-01-01;HOLIDAY;А;Б | expected 5 fields separated by ';', got 4",
        "2025-01-01;HOLIDAY;А;;C | nameRu must not be blank",
        "2025-03-22;DAY_OFF;А;Б;C | a DAY_OFF must be a weekday, 2025-03-22 is a SATURDAY",
        "2025-03-21;WORKING_SATURDAY;А;Б;C | a WORKING_SATURDAY must be a weekend day, 2025-03-21 is a FRIDAY",
    })
    void badYearRowIsRejectedWithSourceAndLine(String row, String message) {
        String csv = YEAR_HEADER + row + "\n";

        assertThatThrownBy(() -> CalendarCsv.readYear(2025, new StringReader(csv), "calendar-2025.csv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("calendar-2025.csv line 3: " + message)
                .asInstanceOf(type(CalendarDataException.class))
                .satisfies(e -> {
                    assertThat(e.lineNumber()).isEqualTo(3);
                    assertThat(e.source()).isEqualTo("calendar-2025.csv");
                });
    }

    @Test
    void duplicateDateNamesBothLines() {
        String csv = YEAR_HEADER + "2025-01-01;HOLIDAY;А;Б;C\n\n2025-01-01;HOLIDAY;А;Б;C\n";

        assertThatThrownBy(() -> CalendarCsv.readYear(2025, new StringReader(csv), "x.csv"))
                .hasMessage("x.csv line 5: duplicate date 2025-01-01 (first on line 3)");
    }

    @Test
    void headerIsRequired() {
        assertThatThrownBy(() -> CalendarCsv.readYear(2025, new StringReader("2025-01-01;HOLIDAY;А;Б;C\n"), "x.csv"))
                .hasMessage("x.csv line 1: expected the header date;kind;name_kk;name_ru;name_en");
        assertThatThrownBy(() -> CalendarCsv.readYear(2025, new StringReader(""), "x.csv"))
                .hasMessageStartingWith("x.csv line 1: no header line");
    }

    @Test
    void yearErrorsSurfaceThroughLoad() {
        assertThatThrownBy(() -> WorkingDayCalendar.load(
                Map.of(2025, new StringReader(YEAR_HEADER + "2026-01-01;HOLIDAY;А;Б;C\n")), new StringReader(FIXED)))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("calendar-2025.csv line 3: 2026-01-01 is not in 2025");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "02-29;А;Б;C | 29 February is not a yearly date",
        "13-01;А;Б;C | not a month and day (MM-DD): '13-01'",
        "1-1;А;Б;C | not a month and day (MM-DD): '1-1'",
        "01-01;;Б;C | nameKk must not be blank",
    })
    void badFixedHolidayIsRejected(String row, String message) {
        String csv = "month_day;name_kk;name_ru;name_en\n" + row + "\n";

        assertThatThrownBy(() -> CalendarCsv.readFixedHolidays(new StringReader(csv), "fixed-holidays.csv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("fixed-holidays.csv line 2: " + message);
    }

    @Test
    void duplicateFixedHolidayIsRejected() {
        String csv = FIXED + "01-01;Жаңа жыл;Новый год;New Year\n";

        assertThatThrownBy(() -> CalendarCsv.readFixedHolidays(new StringReader(csv), "f.csv"))
                .hasMessage("f.csv line 3: duplicate date 01-01 (first on line 2)");
    }
}
