package kz.dauys.petitions.moderation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies moderation decisions about petitions, each exactly once. */
@ApplicationScoped
public class ModerationDecisionConsumer {

    private final IdempotentConsumer idempotent;
    private final ModerationDecisions decisions;

    ModerationDecisionConsumer(IdempotentConsumer idempotent, ModerationDecisions decisions) {
        this.idempotent = idempotent;
        this.decisions = decisions;
    }

    @Incoming("moderation-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!IncomingEvent.from(record).is(ModerationDecided.EVENT)) {
            return;
        }
        idempotent.apply("petitions-moderation-decisions", record, ModerationDecided.EVENT, decision -> {
            if ("petitions".equals(decision.originService()) && decision.kind() == ContentKind.PETITION) {
                decisions.apply(decision);
            }
        });
    }
}
