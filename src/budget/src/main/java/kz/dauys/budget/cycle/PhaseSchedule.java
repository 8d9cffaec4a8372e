package kz.dauys.budget.cycle;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Moves cycles to the phase their dates call for; each cycle in its own transaction. */
@ApplicationScoped
public class PhaseSchedule {

    private static final Logger LOG = Logger.getLogger(PhaseSchedule.class);

    private final CycleService cycles;

    PhaseSchedule(CycleService cycles) {
        this.cycles = cycles;
    }

    @Scheduled(every = "${dauys.budget.phase-check-interval}", delayed = "${dauys.budget.phase-check-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void advanceDueCycles() {
        for (UUID id : cycles.cyclesDueForAdvance()) {
            try {
                if (cycles.advanceByDate(id)) {
                    LOG.infof("Cycle %s advanced by its dates", id);
                }
            } catch (RuntimeException e) {
                // Another replica or an official advanced it at the same time; the next run checks again.
                LOG.warnf("Cycle %s could not be advanced by date now: %s", id, e.getMessage());
            }
        }
    }
}
