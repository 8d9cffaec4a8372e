package kz.dauys.petitions.deadline;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.petitions.petition.PetitionState;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Applies the deadlines: closes petitions that missed their early backers or their collection period,
 * flags answers that are overdue, closes answered petitions when collection ends. Each petition is
 * handled in its own transaction under a row lock and re-checked there, so running twice (or on two
 * replicas at once) changes nothing the second time.
 */
@ApplicationScoped
public class DeadlineScheduler {

    private static final Logger LOG = Logger.getLogger(DeadlineScheduler.class);

    private final PetitionLifecycle lifecycle;
    private final TimeSource time;

    DeadlineScheduler(PetitionLifecycle lifecycle, TimeSource time) {
        this.lifecycle = lifecycle;
        this.time = time;
    }

    @Scheduled(every = "${dauys.petitions.deadlines.every:1m}", delayed = "${dauys.petitions.deadlines.delayed:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** One pass over every deadline; returns how many petitions changed. */
    public int run() {
        LocalDate today = time.today();
        int changed = 0;
        changed += each(ids("state = ?1 and backersDueOn < ?2", PetitionState.GATHERING_BACKERS, today),
                p -> p.state == PetitionState.GATHERING_BACKERS && p.backersDueOn.isBefore(today),
                p -> lifecycle.move(p, PetitionState.CLOSED_UNSUCCESSFUL, "early_backers_missed", "system", null));
        changed += each(ids("state in ?1 and collectionEndsOn < ?2", List.of(PetitionState.OPEN, PetitionState.GATHERING_BACKERS), today),
                p -> PetitionState.BEFORE_THRESHOLD.contains(p.state) && p.collectionEndsOn.isBefore(today),
                p -> lifecycle.move(p, PetitionState.CLOSED_UNSUCCESSFUL, "collection_ended", "system", null));
        changed += each(ids("state = ?1 and answerOverdue = false and answerDueOn < ?2", PetitionState.UNDER_CONSIDERATION, today),
                p -> p.state == PetitionState.UNDER_CONSIDERATION && !p.answerOverdue && p.answerDueOn.isBefore(today),
                p -> {
                    p.answerOverdue = true;
                    p.updatedAt = time.now();
                    lifecycle.note(p, "answer_overdue", "system", "due " + p.answerDueOn);
                });
        changed += each(ids("state = ?1 and collectionEndsOn < ?2", PetitionState.ANSWERED, today),
                p -> p.state == PetitionState.ANSWERED && p.collectionEndsOn.isBefore(today),
                p -> lifecycle.move(p, PetitionState.CLOSED, "closed", "system", null));
        if (changed > 0) {
            LOG.infof("Deadlines applied to %d petitions", changed);
        }
        return changed;
    }

    private List<UUID> ids(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var select = Petition.getEntityManager().createQuery("select p.id from Petition p where " + query, UUID.class);
            for (int i = 0; i < params.length; i++) {
                select.setParameter(i + 1, params[i]);
            }
            return select.getResultList();
        });
    }

    private int each(List<UUID> ids, java.util.function.Predicate<Petition> stillDue, java.util.function.Consumer<Petition> action) {
        int changed = 0;
        for (UUID id : ids) {
            try {
                boolean did = QuarkusTransaction.requiringNew().call(() -> {
                    Petition petition = Petition.findById(id, LockModeType.PESSIMISTIC_WRITE);
                    if (petition == null || !stillDue.test(petition)) {
                        return false;
                    }
                    action.accept(petition);
                    return true;
                });
                changed += did ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf("Deadline for petition %s not applied this time: %s", id, e.getMessage());
            }
        }
        return changed;
    }
}
