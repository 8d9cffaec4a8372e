package kz.dauys.petitions;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;

/** "Now" and "today" in the service's legal zone. */
@ApplicationScoped
public class TimeSource implements InstantSource {

    private final PetitionsConfig config;

    TimeSource(PetitionsConfig config) {
        this.config = config;
    }

    public Instant now() {
        return Instant.now();
    }

    @Override
    public Instant instant() {
        return now();
    }

    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, config.zone());
    }
}
