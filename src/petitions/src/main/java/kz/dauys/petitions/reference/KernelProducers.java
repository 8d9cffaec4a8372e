package kz.dauys.petitions.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import kz.dauys.kernel.calendar.WorkingDayCalendar;
import kz.dauys.kernel.territory.TerritoryCatalog;

/** The kernel's reference data as beans (singletons: the kernel's classes are final, so not proxied). */
@ApplicationScoped
public class KernelProducers {

    @Produces
    @Singleton
    TerritoryCatalog territoryCatalog() {
        return TerritoryCatalog.loadDefault();
    }

    @Produces
    @Singleton
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.loadDefault();
    }
}
