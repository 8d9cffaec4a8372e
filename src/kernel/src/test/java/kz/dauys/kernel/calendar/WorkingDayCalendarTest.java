package kz.dauys.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.loadDefault();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class KnownDays {

        @ParameterizedTest
        @CsvSource({
            "2025-03-21, false, HOLIDAY, Nauryz",
            "2025-03-22, false, HOLIDAY, Nauryz",
            "2025-03-24, false, DAY_OFF, 'Nauryz: day off moved from Saturday 22 March'",
            "2025-03-25, false, DAY_OFF, 'Nauryz: day off moved from Sunday 23 March'",
            "2025-03-10, false, DAY_OFF, 'International Women''s Day: day off moved from Saturday 8 March'",
            "2024-05-04, true, WORKING_SATURDAY, 'Working day in place of Wednesday 8 May'",
            "2024-05-08, false, DAY_OFF, 'Day off transferred from Saturday 4 May'",
            "2025-01-05, true, WORKING_SATURDAY, 'Working day in place of Friday 3 January'",
            "2025-01-03, false, DAY_OFF, 'Day off transferred from Sunday 5 January'",
            "2026-05-27, false, HOLIDAY, Kurban Ait (first day)",
            "2026-12-16, false, HOLIDAY, Independence Day",
            "2027-01-04, false, DAY_OFF, 'New Year: day off moved from Saturday 2 January'",
        })
        void specialDays(LocalDate date, boolean working, CalendarDayKind kind, String nameEn) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
            assertThat(calendar.describe(date)).hasValueSatisfying(day -> {
                assertThat(day.date()).isEqualTo(date);
                assertThat(day.kind()).isEqualTo(kind);
                assertThat(day.nameEn()).isEqualTo(nameEn);
            });
        }

        @ParameterizedTest
        @CsvSource({
            "2025-03-26, true", "2025-03-20, true", "2025-03-29, false", "2025-03-30, false",
            "2024-05-06, true", "2024-05-11, false",
        })
        void ordinaryDaysAreNotDescribed(LocalDate date, boolean working) {
            assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
            assertThat(calendar.describe(date)).isEmpty();
        }

        @Test
        void christmasAndKurbanAitDoNotMoveOffAWeekend() {
            // 7 January 2024 and Kurban Ait 16 June 2024 were Sundays; the Mondays after stay working.
            assertThat(date("2024-01-07").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(calendar.isWorkingDay(date("2024-01-08"))).isTrue();
            assertThat(calendar.describe(date("2024-06-16")).map(CalendarDay::kind)).contains(CalendarDayKind.HOLIDAY);
            assertThat(calendar.isWorkingDay(date("2024-06-17"))).isTrue();
        }

        @Test
        void otherHolidaysMoveToTheNextWorkingDay() {
            // Constitution Day 2025 fell on a Saturday: Monday 1 September was off.
            assertThat(calendar.isWorkingDay(date("2025-09-01"))).isFalse();
            // Nauryz 2026 began on a Saturday: the moved days follow the Monday holiday.
            assertThat(calendar.isWorkingDay(date("2026-03-23"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2026-03-24"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2026-03-25"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2026-03-26"))).isTrue();
        }

        @Test
        void describedDaysAreNamedInThreeLanguages() {
            CalendarDay nauryz = calendar.describe(date("2025-03-21")).orElseThrow();

            assertThat(nauryz.name("kk")).isEqualTo("Наурыз мейрамы");
            assertThat(nauryz.name(Locale.forLanguageTag("ru-KZ"))).isEqualTo("Наурыз мейрамы");
            assertThat(nauryz.name(Locale.ENGLISH)).isEqualTo("Nauryz");
            CalendarDay victory = calendar.describe(date("2025-05-09")).orElseThrow();
            assertThat(victory.name("kk")).isEqualTo("Жеңіс күні");
            assertThat(victory.name("ru")).isEqualTo("День Победы");
            assertThat(victory.name("fr")).isEqualTo("Victory Day");
        }

        @Test
        void workingDaysIn2026MatchTheOfficialNorm() {
            // The Ministry of Labour's 2026 production calendar: 246 working days on a five-day week.
            assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(246);
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void oneWorkingDayAfterTheDayBeforeNauryzIsTheWednesdayAfter() {
            assertThat(calendar.addWorkingDays(date("2025-03-20"), 1)).isEqualTo(date("2025-03-26"));
            assertThat(calendar.addWorkingDays(date("2025-03-19"), 3)).isEqualTo(date("2025-03-27"));
            assertThat(calendar.addWorkingDays(date("2025-03-14"), 5)).isEqualTo(date("2025-03-26"));
        }

        @Test
        void twentyWorkingDaysFromAGivenDate() {
            // 3 March 2025: 10 March, 21, 24 and 25 March are off, so the deadline is 4 April.
            assertThat(calendar.addWorkingDays(date("2025-03-03"), 20)).isEqualTo(date("2025-04-04"));
            // Across New Year 2025, the transferred 3 January and the working Sunday 5 January.
            assertThat(calendar.addWorkingDays(date("2024-12-20"), 20)).isEqualTo(date("2025-01-22"));
        }

        @Test
        void aWorkingSaturdayCounts() {
            assertThat(calendar.addWorkingDays(date("2024-05-02"), 2)).isEqualTo(date("2024-05-04"));
            assertThat(calendar.addWorkingDays(date("2024-05-03"), 2)).isEqualTo(date("2024-05-06"));
        }

        @Test
        void zeroIsTheStartAndNegativeCountsBackwards() {
            assertThat(calendar.addWorkingDays(date("2025-03-22"), 0)).isEqualTo(date("2025-03-22"));
            assertThat(calendar.addWorkingDays(date("2025-03-26"), -1)).isEqualTo(date("2025-03-20"));
            assertThat(calendar.addWorkingDays(date("2025-04-04"), -20)).isEqualTo(date("2025-03-03"));
        }

        @Test
        void startingOnADayOffCountsFromTheNextWorkingDay() {
            assertThat(calendar.addWorkingDays(date("2025-03-22"), 1)).isEqualTo(date("2025-03-26"));
        }

        @Test
        void workingDaysBetweenCountsTheHalfOpenInterval() {
            assertThat(calendar.workingDaysBetween(date("2025-03-03"), date("2025-04-04"))).isEqualTo(20);
            assertThat(calendar.workingDaysBetween(date("2025-03-20"), date("2025-03-25"))).isZero();
            assertThat(calendar.workingDaysBetween(date("2025-03-20"), date("2025-03-20"))).isZero();
            assertThat(calendar.workingDaysBetween(date("2025-03-19"), date("2025-03-20"))).isEqualTo(1);
            assertThatThrownBy(() -> calendar.workingDaysBetween(date("2025-03-20"), date("2025-03-19")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void addingThenCountingGivesTheSameNumber() {
            for (LocalDate start = date("2023-12-01"); start.isBefore(date("2028-02-01")); start = start.plusDays(11)) {
                for (int n = 0; n <= 45; n += 3) {
                    LocalDate end = calendar.addWorkingDays(start, n);
                    assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
                    if (n > 0) {
                        assertThat(calendar.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
                    }
                }
            }
        }
    }

    @Nested
    class Coverage {

        @Test
        void coversTheShippedYears() {
            assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026, 2027);
            assertThat(calendar.covers(date("2024-01-01"))).isTrue();
            assertThat(calendar.covers(date("2027-12-31"))).isTrue();
            assertThat(calendar.covers(date("2023-12-31"))).isFalse();
            assertThat(calendar.covers(date("2028-01-01"))).isFalse();
        }

        @Test
        void outsideTheDataOnlyFixedDateHolidaysAndWeekendsAreOff() {
            // 2030: Nauryz is Thursday to Saturday; the fallback does not move the Saturday.
            assertThat(calendar.isWorkingDay(date("2030-03-21"))).isFalse();
            assertThat(calendar.describe(date("2030-03-21"))).hasValueSatisfying(day -> {
                assertThat(day.kind()).isEqualTo(CalendarDayKind.HOLIDAY);
                assertThat(day.date()).isEqualTo(date("2030-03-21"));
                assertThat(day.nameRu()).isEqualTo("Наурыз мейрамы");
            });
            assertThat(calendar.isWorkingDay(date("2030-03-25"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2030-03-26"))).isTrue();
            assertThat(calendar.isWorkingDay(date("2030-03-23"))).isFalse();
            assertThat(calendar.describe(date("2030-03-26"))).isEmpty();
            assertThat(calendar.isWorkingDay(date("2023-01-02"))).isFalse();
            assertThat(calendar.isWorkingDay(date("2023-12-18"))).isTrue();
        }

        @Test
        void arithmeticRunsAcrossTheEdgeOfTheData() {
            // 2027-12-31 is a Friday; 2028-01-03 (Monday) is the first working day of 2028 in the fallback.
            assertThat(calendar.addWorkingDays(date("2027-12-30"), 2)).isEqualTo(date("2028-01-03"));
        }

        @Test
        void defaultCalendarIsSharedOnceRead() {
            assertThat(WorkingDayCalendar.loadDefault()).isSameAs(calendar);
        }
    }
}
