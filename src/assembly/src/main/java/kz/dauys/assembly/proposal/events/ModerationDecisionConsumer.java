package kz.dauys.assembly.proposal.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.proposal.ProposalService;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Applies moderation decisions about agenda item proposals (origin service {@code assembly}). */
@ApplicationScoped
public class ModerationDecisionConsumer {

    private static final Logger LOG = Logger.getLogger(ModerationDecisionConsumer.class);

    private final IdempotentConsumer idempotent;
    private final ProposalService proposals;

    ModerationDecisionConsumer(IdempotentConsumer idempotent, ProposalService proposals) {
        this.idempotent = idempotent;
        this.proposals = proposals;
    }

    @Incoming("moderation-decisions")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!IncomingEvent.from(record).is(ModerationDecided.EVENT)) {
            return;
        }
        idempotent.apply("assembly-moderation-decisions", record, ModerationDecided.EVENT, decided -> {
            if (!ProposalService.SERVICE.equals(decided.originService()) || decided.kind() != ContentKind.AGENDA_ITEM_PROPOSAL) {
                return;
            }
            UUID id;
            try {
                id = UUID.fromString(decided.itemId());
            } catch (IllegalArgumentException e) {
                LOG.warnf("Moderation decision %s names no proposal id: %s", decided.caseId(), decided.itemId());
                return;
            }
            boolean changed = proposals.applyModeration(id, decided.outcome(), decided.statementOfReasons());
            LOG.debugf("Moderation %s on proposal %s %s", decided.outcome(), id, changed ? "applied" : "changed nothing");
        });
    }
}
