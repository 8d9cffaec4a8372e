package kz.dauys.assembly.session;

import java.time.LocalDate;

/** Publishing an agenda too late for its session; answered as a 422 problem with the earliest allowed date. */
public class NoticePeriodException extends RuntimeException {

    private final LocalDate earliestSessionDate;

    public NoticePeriodException(String detail, LocalDate earliestSessionDate) {
        super(detail);
        this.earliestSessionDate = earliestSessionDate;
    }

    public LocalDate earliestSessionDate() {
        return earliestSessionDate;
    }
}
