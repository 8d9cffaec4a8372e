package kz.dauys.petitions.moderation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.platform.inbox.ModerationDecisionInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies moderation decisions about petitions, each exactly once. */
@ApplicationScoped
public class ModerationDecisionConsumer {

    private final ModerationDecisionInbox inbox;
    private final ModerationDecisions decisions;

    ModerationDecisionConsumer(ModerationDecisionInbox inbox, ModerationDecisions decisions) {
        this.inbox = inbox;
        this.decisions = decisions;
    }

    @Incoming("moderation-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.apply("petitions-moderation-decisions", record, "petitions", ContentKind.PETITION, decisions::apply);
    }
}
