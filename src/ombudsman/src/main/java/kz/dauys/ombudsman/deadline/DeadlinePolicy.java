package kz.dauys.ombudsman.deadline;

import kz.dauys.kernel.calendar.WorkingDayCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The case deadlines, counted in working days of the platform calendar from the day a step happened
 * (the day itself not counted), and the breaches of a case on a given day. A deadline is met on its
 * due day; it is breached from the next day on, or when the step happened after it.
 */
public class DeadlinePolicy {

    /** The figures, from configuration. */
    public record Terms(int acknowledgementWorkingDays, int decisionWorkingDays, int transferWorkingDays,
                        int extensionMaxMonths, int extensionNoticeWorkingDays, int bodyAnswerWorkingDays) {
    }

    private final WorkingDayCalendar calendar;
    private final Terms terms;

    public DeadlinePolicy(WorkingDayCalendar calendar, Terms terms) {
        this.calendar = calendar;
        this.terms = terms;
    }

    public Terms terms() {
        return terms;
    }

    public LocalDate acknowledgementDue(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, terms.acknowledgementWorkingDays());
    }

    public LocalDate decisionDue(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, terms.decisionWorkingDays());
    }

    public LocalDate transferDue(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, terms.transferWorkingDays());
    }

    /** The latest date an extension may set: the original decision deadline plus the maximum extension. */
    public LocalDate latestExtension(LocalDate originalDecisionDue) {
        return originalDecisionDue.plusMonths(terms.extensionMaxMonths());
    }

    public LocalDate extensionNoticeDue(LocalDate extendedOn) {
        return calendar.addWorkingDays(extendedOn, terms.extensionNoticeWorkingDays());
    }

    public LocalDate bodyAnswerDue(LocalDate recommendationIssuedOn) {
        return calendar.addWorkingDays(recommendationIssuedOn, terms.bodyAnswerWorkingDays());
    }

    /** Working days left until {@code due} (negative when overdue), counted from {@code today}. */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        return due.isBefore(today) ? -calendar.workingDaysBetween(due, today) : calendar.workingDaysBetween(today, due);
    }

    /** The deadlines the case has missed, as things stand on {@code today}. */
    public List<BreachKind> breaches(CaseDeadlines c, LocalDate today) {
        LocalDate stillOpen = c.finishedOn() != null ? c.finishedOn() : today;
        List<BreachKind> breaches = new ArrayList<>();
        if (late(c.acknowledgedOn() != null ? c.acknowledgedOn() : stillOpen, c.acknowledgementDueOn())) {
            breaches.add(BreachKind.ACKNOWLEDGEMENT);
        }
        if (late(c.decidedOn() != null ? c.decidedOn() : stillOpen, c.decisionDueOn())) {
            breaches.add(BreachKind.DECISION);
        }
        if (c.transferred() && late(c.decidedOn(), c.transferDueOn())) {
            breaches.add(BreachKind.TRANSFER);
        }
        if (c.extensionNoticeDueOn() != null
                && late(c.extensionNoticeSentOn() != null ? c.extensionNoticeSentOn() : stillOpen, c.extensionNoticeDueOn())) {
            breaches.add(BreachKind.EXTENSION_NOTICE);
        }
        if (c.answerDueOn() != null && late(c.bodyAnsweredOn() != null ? c.bodyAnsweredOn() : stillOpen, c.answerDueOn())) {
            breaches.add(BreachKind.BODY_ANSWER);
        }
        return breaches;
    }

    private static boolean late(LocalDate happenedOn, LocalDate dueOn) {
        return happenedOn != null && dueOn != null && happenedOn.isAfter(dueOn);
    }
}
