package kz.dauys.assembly;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import kz.dauys.kernel.territory.TerritoryCatalog;

import java.time.Clock;

/** Shared reference data and the clock, as beans. */
public class ReferenceData {

    @Produces
    @Singleton
    TerritoryCatalog territories() {
        return TerritoryCatalog.loadDefault();
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDays() {
        return WorkingDayCalendar.loadDefault();
    }

    @Produces
    @Singleton
    Clock clock(AssemblyConfig config) {
        return Clock.system(config.zone());
    }
}
