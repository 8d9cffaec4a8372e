package kz.dauys.ombudsman.common;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The current date and instant in the service's time zone. */
@ApplicationScoped
public class Today {

    private final Clock clock;

    Today(OmbudsmanConfig config) {
        this.clock = Clock.system(config.zone());
    }

    public LocalDate date() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(clock.getZone()).toLocalDate();
    }
}
