package kz.dauys.moderation.intake;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import kz.dauys.moderation.ModerationConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a decision is due: the deadline the origin service sent (set by law for its kind), else the
 * configured number of working days after submission on Kazakhstan's working-day calendar.
 */
@ApplicationScoped
public class DeadlinePolicy {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.loadDefault();
    private final ModerationConfig config;

    DeadlinePolicy(ModerationConfig config) {
        this.config = config;
    }

    public LocalDate dueOn(ContentKind kind, Instant submittedAt, LocalDate requested) {
        if (requested != null) {
            return requested;
        }
        return calendar.addWorkingDays(day(submittedAt), config.workingDaysFor(kind));
    }

    /** The deadline of an appeal or a review opened at {@code openedAt}. */
    public LocalDate reviewDueOn(Instant openedAt) {
        return calendar.addWorkingDays(day(openedAt), config.reviewWorkingDays());
    }

    public LocalDate day(Instant instant) {
        return instant.atZone(ZoneId.of(config.zone())).toLocalDate();
    }
}
