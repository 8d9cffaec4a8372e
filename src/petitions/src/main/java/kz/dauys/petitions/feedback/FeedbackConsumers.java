package kz.dauys.petitions.feedback;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.assembly.AssemblyDecisionRecorded;
import kz.dauys.contract.ombudsman.ReferralStatusChanged;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * What other services decided about a petition, shown on its page: assembly decisions on agenda
 * items made from it, and the status of an ombudsman case opened from it. Other event types on
 * those topics are not ours and are skipped.
 */
@ApplicationScoped
public class FeedbackConsumers {

    private static final Logger LOG = Logger.getLogger(FeedbackConsumers.class);

    private final IdempotentConsumer idempotent;
    private final PetitionLifecycle lifecycle;

    FeedbackConsumers(IdempotentConsumer idempotent, PetitionLifecycle lifecycle) {
        this.idempotent = idempotent;
        this.lifecycle = lifecycle;
    }

    @Incoming("assembly-in")
    @Blocking
    public void onAssemblyEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!event.is(AssemblyDecisionRecorded.EVENT)) {
            return;
        }
        idempotent.apply("petitions-assembly-decisions", record, AssemblyDecisionRecorded.EVENT, decision -> {
            Petition petition = relatedPetition(decision.relatedKind(), decision.relatedId());
            if (petition == null) {
                return;
            }
            AssemblyDecision row = new AssemblyDecision();
            row.eventId = event.id();
            row.petitionId = petition.id;
            row.bodyId = decision.bodyId();
            row.bodyName = decision.bodyName();
            row.sessionId = decision.sessionId();
            row.itemId = decision.itemId();
            row.result = decision.result();
            row.decisionText = decision.decisionText();
            row.votesFor = decision.votesFor();
            row.votesAgainst = decision.votesAgainst();
            row.abstentions = decision.abstentions();
            row.decidedAt = decision.decidedAt() != null ? decision.decidedAt() : event.time();
            row.link = decision.link();
            row.persist();
            lifecycle.note(petition, "assembly_decision", "assembly",
                    decision.bodyName() + ": " + decision.result().toLowerCase());
        });
    }

    @Incoming("ombudsman-in")
    @Blocking
    public void onOmbudsmanEvent(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!event.is(ReferralStatusChanged.EVENT)) {
            return;
        }
        idempotent.apply("petitions-ombudsman-referrals", record, ReferralStatusChanged.EVENT, change -> {
            Petition petition = relatedPetition(change.sourceKind(), change.sourceId());
            if (petition == null) {
                return;
            }
            Referral referral = Referral.findById(change.caseId());
            if (referral == null) {
                referral = new Referral();
                referral.caseId = change.caseId();
                referral.petitionId = petition.id;
            } else if (change.changedAt() != null && referral.changedAt != null && change.changedAt().isBefore(referral.changedAt)) {
                return; // an older status arriving late must not overwrite a newer one
            }
            referral.caseNumber = change.caseNumber();
            referral.status = change.status();
            referral.office = change.office();
            referral.changedAt = change.changedAt() != null ? change.changedAt() : event.time();
            referral.persist();
            lifecycle.note(petition, "ombudsman_referral", "ombudsman",
                    (change.caseNumber() != null ? change.caseNumber() + ": " : "") + change.status());
        });
    }

    private static Petition relatedPetition(String kind, String id) {
        if (!"PETITION".equals(kind) || id == null) {
            return null;
        }
        try {
            Petition petition = Petition.findById(UUID.fromString(id));
            if (petition == null) {
                LOG.warnf("Event about unknown petition %s skipped", id);
            }
            return petition;
        } catch (IllegalArgumentException e) {
            LOG.warnf("Event about a malformed petition id skipped");
            return null;
        }
    }
}
