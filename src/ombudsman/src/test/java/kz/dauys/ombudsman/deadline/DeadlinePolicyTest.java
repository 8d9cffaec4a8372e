package kz.dauys.ombudsman.deadline;

import kz.dauys.kernel.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines on the real platform calendar, around Kazakhstan's 2026 holidays and moved days off. */
class DeadlinePolicyTest {

    private final DeadlinePolicy policy = new DeadlinePolicy(WorkingDayCalendar.loadDefault(),
            new DeadlinePolicy.Terms(2, 15, 3, 2, 3, 15));

    @Test
    void acknowledgementSkipsTheWeekend() {
        // Thursday 12 Nov 2026 + 2 working days = Monday 16 Nov.
        assertThat(policy.acknowledgementDue(LocalDate.of(2026, 11, 12))).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void nauryzHolidaysAndTheirMovedDaysOffDoNotCount() {
        // Friday 20 Mar 2026; 21-23 Mar are Nauryz, 24-25 Mar the days off moved from the weekend.
        // Working days after it: 26, 27 Mar, so the acknowledgement falls on Friday 27 Mar.
        assertThat(policy.acknowledgementDue(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 3, 27));
        // Transfer term (3): Monday 30 Mar.
        assertThat(policy.transferDue(LocalDate.of(2026, 3, 20))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void decisionTermAcrossMayHolidays() {
        // From Thursday 30 Apr 2026: 1 May (holiday), 7 May (holiday), 9 May (Saturday, holiday) moved to Monday 11 May.
        // Working days: May 4,5,6,8,12,13,14,15,18,19,20,21,22,25,26 -> the 15th is 26 May.
        assertThat(policy.decisionDue(LocalDate.of(2026, 4, 30))).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void bodyAnswerTermAcrossIndependenceDayAndNewYear() {
        // From Monday 7 Dec 2026: 16 Dec is Independence Day; working days Dec 8-11 (4), 14,15 (6), 17,18 (8),
        // 21-25 (13), 28, 29 (15) -> 29 Dec.
        assertThat(policy.bodyAnswerDue(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void extensionIsCappedAtTwoMonthsAfterTheOriginalDeadline() {
        assertThat(policy.latestExtension(LocalDate.of(2026, 5, 26))).isEqualTo(LocalDate.of(2026, 7, 26));
    }

    @Test
    void deadlineIsMetOnItsDayAndBreachedTheDayAfter() {
        CaseDeadlines pending = new CaseDeadlines(LocalDate.of(2026, 11, 16), null, LocalDate.of(2026, 12, 3), null,
                false, LocalDate.of(2026, 11, 17), null, null, null, null, null);
        assertThat(policy.breaches(pending, LocalDate.of(2026, 11, 16))).isEmpty();
        assertThat(policy.breaches(pending, LocalDate.of(2026, 11, 17))).containsExactly(BreachKind.ACKNOWLEDGEMENT);
        assertThat(policy.breaches(pending, LocalDate.of(2026, 12, 4)))
                .containsExactly(BreachKind.ACKNOWLEDGEMENT, BreachKind.DECISION);
    }

    @Test
    void lateStepsStayBreachedAfterTheCaseMovesOn() {
        CaseDeadlines transferredLate = new CaseDeadlines(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 11, 19), true, LocalDate.of(2026, 11, 17), null, null,
                null, null, LocalDate.of(2026, 11, 19));
        assertThat(policy.breaches(transferredLate, LocalDate.of(2027, 1, 10))).containsExactly(BreachKind.TRANSFER);
    }

    @Test
    void missingBodyAnswerAndExtensionNotice() {
        CaseDeadlines c = new CaseDeadlines(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 12, 3), LocalDate.of(2026, 11, 20), false, LocalDate.of(2026, 11, 17),
                LocalDate.of(2026, 11, 25), null, LocalDate.of(2026, 12, 29), null, null);
        assertThat(policy.breaches(c, LocalDate.of(2026, 12, 29))).containsExactly(BreachKind.EXTENSION_NOTICE);
        assertThat(policy.breaches(c, LocalDate.of(2026, 12, 30)))
                .containsExactly(BreachKind.EXTENSION_NOTICE, BreachKind.BODY_ANSWER);
    }

    @Test
    void workingDaysLeftCountsBothWays() {
        assertThat(policy.workingDaysLeft(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 27))).isEqualTo(2);
        assertThat(policy.workingDaysLeft(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 3, 27))).isEqualTo(-1);
    }
}
