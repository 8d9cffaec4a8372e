package kz.dauys.assembly.proposal.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.proposal.ProposalService;
import kz.dauys.contract.ContentKind;
import kz.dauys.platform.inbox.ModerationDecisionInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Applies moderation decisions about agenda item proposals (origin service {@code assembly}). */
@ApplicationScoped
public class ModerationDecisionConsumer {

    private static final Logger LOG = Logger.getLogger(ModerationDecisionConsumer.class);

    private final ModerationDecisionInbox inbox;
    private final ProposalService proposals;

    ModerationDecisionConsumer(ModerationDecisionInbox inbox, ProposalService proposals) {
        this.inbox = inbox;
        this.proposals = proposals;
    }

    @Incoming("moderation-decisions")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.apply("assembly-moderation-decisions", record, ProposalService.SERVICE, ContentKind.AGENDA_ITEM_PROPOSAL, decided -> {
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
