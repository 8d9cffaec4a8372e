package kz.dauys.ombudsman.deadline;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import kz.dauys.ombudsman.common.OmbudsmanConfig;

class DeadlinePolicyProducer {

    @Produces
    @Singleton
    DeadlinePolicy deadlinePolicy(OmbudsmanConfig config) {
        OmbudsmanConfig.Deadlines d = config.deadlines();
        return new DeadlinePolicy(WorkingDayCalendar.loadDefault(), new DeadlinePolicy.Terms(
                d.acknowledgementWorkingDays(), d.decisionWorkingDays(), d.transferWorkingDays(),
                d.extensionMaxMonths(), d.extensionNoticeWorkingDays(), d.bodyAnswerWorkingDays()));
    }
}
