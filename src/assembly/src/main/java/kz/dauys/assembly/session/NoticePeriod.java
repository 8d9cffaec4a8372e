package kz.dauys.assembly.session;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.AssemblyConfig;
import kz.dauys.kernel.calendar.WorkingDayCalendar;

import java.time.LocalDate;

/**
 * How long before a session its agenda must be published: {@code dauys.assembly.notice.days}
 * calendar or working days ({@code dauys.assembly.notice.unit}), counted from the day after
 * publication, so a session may be held on {@link #earliestSessionDate(LocalDate)} or later.
 */
@ApplicationScoped
public class NoticePeriod {

    private final AssemblyConfig.Notice notice;
    private final WorkingDayCalendar workingDays;

    NoticePeriod(AssemblyConfig config, WorkingDayCalendar workingDays) {
        this.notice = config.notice();
        this.workingDays = workingDays;
    }

    /** The earliest session date for an agenda published on {@code publishedOn}. */
    public LocalDate earliestSessionDate(LocalDate publishedOn) {
        return switch (notice.unit()) {
            case CALENDAR_DAYS -> publishedOn.plusDays(notice.days());
            case WORKING_DAYS -> workingDays.addWorkingDays(publishedOn, notice.days());
        };
    }

    /** The last day an agenda may be published for a session on {@code sessionDate}. */
    public LocalDate latestPublicationDate(LocalDate sessionDate) {
        return switch (notice.unit()) {
            case CALENDAR_DAYS -> sessionDate.minusDays(notice.days());
            case WORKING_DAYS -> workingDays.addWorkingDays(sessionDate, -notice.days());
        };
    }

    public boolean allows(LocalDate publishedOn, LocalDate sessionDate) {
        return !sessionDate.isBefore(earliestSessionDate(publishedOn));
    }

    public String describe() {
        return notice.days() + (notice.unit() == AssemblyConfig.NoticeUnit.WORKING_DAYS ? " working days" : " calendar days");
    }
}
