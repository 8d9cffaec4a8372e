package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import kz.dauys.petitions.PetitionsConfig;

import java.time.LocalDate;

/** The legal deadlines of a petition, in working days of the national calendar where the law says so. */
@ApplicationScoped
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final PetitionsConfig config;

    Deadlines(WorkingDayCalendar calendar, PetitionsConfig config) {
        this.calendar = calendar;
        this.config = config;
    }

    public LocalDate moderationDue(LocalDate submittedOn) {
        return calendar.addWorkingDays(submittedOn, config.moderation().workingDays());
    }

    public LocalDate backersDue(LocalDate publishedOn) {
        return calendar.addWorkingDays(publishedOn, config.earlyBackers().workingDays());
    }

    public LocalDate collectionEnds(LocalDate publishedOn) {
        return publishedOn.plus(config.collection().period());
    }

    public LocalDate answerDue(LocalDate reachedOn, boolean central) {
        return calendar.addWorkingDays(reachedOn, central
                ? config.answer().centralWorkingDays() : config.answer().localWorkingDays());
    }

    /** Working days from {@code since} (exclusive) to {@code today} (inclusive); 0 when not yet later. */
    public int workingDaysSince(LocalDate since, LocalDate today) {
        return today.isAfter(since) ? calendar.workingDaysBetween(since, today) : 0;
    }
}
