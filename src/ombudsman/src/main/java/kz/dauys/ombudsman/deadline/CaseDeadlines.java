package kz.dauys.ombudsman.deadline;

import java.time.LocalDate;

/**
 * The dates of one case that deadlines are judged on; null where the step has not happened.
 *
 * @param decisionDueOn the decision deadline in force (the extended one after an extension)
 * @param finishedOn the day the case reached a final status (closed, inadmissible, transferred), or null
 */
public record CaseDeadlines(
        LocalDate acknowledgementDueOn,
        LocalDate acknowledgedOn,
        LocalDate decisionDueOn,
        LocalDate decidedOn,
        boolean transferred,
        LocalDate transferDueOn,
        LocalDate extensionNoticeDueOn,
        LocalDate extensionNoticeSentOn,
        LocalDate answerDueOn,
        LocalDate bodyAnsweredOn,
        LocalDate finishedOn) {
}
