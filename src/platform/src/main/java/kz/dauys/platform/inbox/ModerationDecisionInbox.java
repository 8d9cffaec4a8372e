package kz.dauys.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.function.Consumer;

/**
 * Moderation decisions about one service's own content, each applied once. Every service that sends
 * content to moderation reads the whole moderation topic: other event types on it are skipped, and
 * decisions about other services' content (or other kinds) are marked processed without any effect.
 */
@ApplicationScoped
public class ModerationDecisionInbox {

    private final IdempotentConsumer idempotent;

    ModerationDecisionInbox(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * Runs {@code effect} for a {@link ModerationDecided} record about content of {@code kind} that
     * {@code originService} submitted, unless {@code consumer} has already processed that event.
     */
    public void apply(String consumer, ConsumerRecord<String, String> record, String originService, ContentKind kind,
                      Consumer<ModerationDecided> effect) {
        if (!IncomingEvent.from(record).is(ModerationDecided.EVENT)) {
            return;
        }
        idempotent.apply(consumer, record, ModerationDecided.EVENT, decided -> {
            if (originService.equals(decided.originService()) && decided.kind() == kind) {
                effect.accept(decided);
            }
        });
    }
}
