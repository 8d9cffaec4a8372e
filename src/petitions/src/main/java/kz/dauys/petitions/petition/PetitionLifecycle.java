package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import kz.dauys.petitions.TimeSource;
import kz.dauys.platform.problem.ProblemException;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Moves petitions between states, only along the allowed transitions, and writes each move into the
 * public history. Leaving the active lifecycle publishes {@code PetitionClosed}.
 */
@ApplicationScoped
public class PetitionLifecycle {

    private static final Set<PetitionState> CLOSING = EnumSet.of(PetitionState.CLOSED, PetitionState.CLOSED_UNSUCCESSFUL,
            PetitionState.WITHDRAWN, PetitionState.REJECTED, PetitionState.HIDDEN);

    private final TimeSource time;
    private final PetitionEvents events;
    private final SignatureCounts counts;

    PetitionLifecycle(TimeSource time, PetitionEvents events, SignatureCounts counts) {
        this.time = time;
        this.events = events;
        this.counts = counts;
    }

    /**
     * @param action what happened, e.g. {@code submitted}, {@code approved}
     * @param actor the public role that caused it
     * @param note a public note, or null
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Petition petition, PetitionState target, String action, String actor, String note) {
        PetitionState from = petition.state;
        if (!from.canMoveTo(target)) {
            throw ProblemException.unprocessable("invalid-transition",
                    "A petition that is " + from.code() + " cannot become " + target.code() + ".");
        }
        Instant now = time.now();
        if (target == PetitionState.HIDDEN) {
            petition.stateBeforeHidden = from;
        } else if (from == PetitionState.HIDDEN) {
            petition.stateBeforeHidden = null;
        }
        petition.state = target;
        petition.updatedAt = now;
        if (CLOSING.contains(target) && target != PetitionState.HIDDEN) {
            petition.closedAt = now;
        }
        record(petition, action, from, target, actor, note, now);
        if (CLOSING.contains(target) && from != PetitionState.DRAFT) {
            events.closed(petition, counts.total(petition.id), now);
        }
    }

    /** Records a public fact that does not change the state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(Petition petition, String action, String actor, String note) {
        record(petition, action, petition.state, petition.state, actor, note, time.now());
    }

    private static void record(Petition petition, String action, PetitionState from, PetitionState to, String actor,
                               String note, Instant at) {
        PetitionHistoryEntry entry = new PetitionHistoryEntry();
        entry.petitionId = petition.id;
        entry.occurredAt = at;
        entry.action = action;
        entry.fromState = from;
        entry.toState = to;
        entry.actor = actor;
        entry.note = note;
        entry.persist();
    }
}
