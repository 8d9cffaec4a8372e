package kz.dauys.petitions.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Deadlines;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionEvents;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.petitions.petition.PetitionState;
import kz.dauys.petitions.reference.ExclusionReason;
import kz.dauys.petitions.signing.Tallies;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Moves a petition as moderation decided. A decision that no longer fits the petition's state (it was
 * withdrawn meanwhile, or the decision is stale) is logged and ignored: the event is still consumed.
 */
@ApplicationScoped
public class ModerationDecisions {

    private static final Logger LOG = Logger.getLogger(ModerationDecisions.class);

    private final PetitionLifecycle lifecycle;
    private final PetitionEvents events;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final Tallies tallies;

    ModerationDecisions(PetitionLifecycle lifecycle, PetitionEvents events, Deadlines deadlines, TimeSource time, Tallies tallies) {
        this.lifecycle = lifecycle;
        this.events = events;
        this.deadlines = deadlines;
        this.time = time;
        this.tallies = tallies;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ModerationDecided decision) {
        Petition petition = find(decision.itemId());
        if (petition == null) {
            LOG.warnf("Moderation decision %s for unknown petition %s ignored", decision.caseId(), decision.itemId());
            return;
        }
        PetitionState state = petition.state;
        switch (decision.outcome()) {
            case APPROVE -> {
                if (state == PetitionState.IN_MODERATION || (state == PetitionState.REJECTED && decision.onAppeal())) {
                    approve(petition, decision);
                } else {
                    stale(decision, petition);
                }
            }
            case REJECT -> {
                if (state == PetitionState.IN_MODERATION) {
                    petition.rejectionReason = knownReason(decision.reasonCode());
                    petition.moderationReason = decision.reasonCode();
                    petition.rejectionText = decision.statementOfReasons();
                    lifecycle.move(petition, PetitionState.REJECTED, "rejected", "moderation", decision.reasonCode());
                } else {
                    stale(decision, petition);
                }
            }
            case REQUEST_CHANGES -> {
                if (state == PetitionState.IN_MODERATION) {
                    petition.moderationNote = decision.statementOfReasons();
                    petition.moderationReason = decision.reasonCode();
                    lifecycle.move(petition, PetitionState.DRAFT, "changes_requested", "moderation", null);
                } else {
                    stale(decision, petition);
                }
            }
            case HIDE -> {
                if (state.canMoveTo(PetitionState.HIDDEN)) {
                    petition.moderationReason = decision.reasonCode();
                    lifecycle.move(petition, PetitionState.HIDDEN, "hidden", "moderation", decision.reasonCode());
                } else {
                    stale(decision, petition);
                }
            }
            case RESTORE -> {
                if (state == PetitionState.HIDDEN && petition.stateBeforeHidden != null) {
                    lifecycle.move(petition, petition.stateBeforeHidden, "restored", "moderation", null);
                } else {
                    stale(decision, petition);
                }
            }
        }
    }

    private void approve(Petition petition, ModerationDecided decision) {
        petition.publishedAt = time.now();
        petition.backersDueOn = deadlines.backersDue(time.today());
        petition.collectionEndsOn = deadlines.collectionEnds(time.today());
        petition.rejectionReason = null;
        petition.rejectionText = null;
        tallies.ensure(petition.id);
        lifecycle.move(petition, PetitionState.GATHERING_BACKERS, decision.onAppeal() ? "approved_on_appeal" : "approved",
                "moderation", null);
        events.published(petition);
    }

    private static String knownReason(String code) {
        return code != null && ExclusionReason.findById(code) != null ? code : null;
    }

    private static Petition find(String itemId) {
        try {
            return Petition.findById(UUID.fromString(itemId), LockModeType.PESSIMISTIC_WRITE);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private static void stale(ModerationDecided decision, Petition petition) {
        LOG.infof("Moderation decision %s (%s) does not apply to petition %s in state %s; ignored",
                decision.caseId(), decision.outcome(), petition.id, petition.state.code());
    }
}
