package kz.dauys.budget.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the cycles run: phase dates and residents' ages are read in this zone. */
@ApplicationScoped
public class BudgetClock {

    private final ZoneId zone;

    BudgetClock(@ConfigProperty(name = "dauys.budget.zone") ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    public Instant now() {
        return Instant.now();
    }

    public ZoneId zone() {
        return zone;
    }
}
