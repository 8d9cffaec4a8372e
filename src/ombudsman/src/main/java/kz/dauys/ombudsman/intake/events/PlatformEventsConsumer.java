package kz.dauys.ombudsman.intake.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.moderation.ModerationCaseEscalated;
import kz.dauys.contract.petitions.PetitionAnswered;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.ombudsman.intake.ReferralIntake;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the petitions and moderation topics and turns the events that matter to the ombudsman into
 * referrals; every other event type on those topics is skipped. Each event applies at most once.
 */
@ApplicationScoped
public class PlatformEventsConsumer {

    static final String CONSUMER = "ombudsman-referrals";

    private final IdempotentConsumer idempotent;
    private final ReferralIntake referrals;

    PlatformEventsConsumer(IdempotentConsumer idempotent, ReferralIntake referrals) {
        this.idempotent = idempotent;
        this.referrals = referrals;
    }

    @Incoming("petitions-in")
    @Blocking
    public void onPetitionEvent(ConsumerRecord<String, String> record) {
        String type = IncomingEvent.from(record).type();
        if (PetitionThresholdReached.EVENT.type().equals(type)) {
            idempotent.apply(CONSUMER, record, PetitionThresholdReached.EVENT, referrals::petitionReachedThreshold);
        } else if (PetitionAnswered.EVENT.type().equals(type)) {
            idempotent.apply(CONSUMER, record, PetitionAnswered.EVENT, referrals::petitionAnswered);
        }
    }

    @Incoming("moderation-in")
    @Blocking
    public void onModerationEvent(ConsumerRecord<String, String> record) {
        if (ModerationCaseEscalated.EVENT.type().equals(IncomingEvent.from(record).type())) {
            idempotent.apply(CONSUMER, record, ModerationCaseEscalated.EVENT, referrals::moderationEscalated);
        }
    }
}
