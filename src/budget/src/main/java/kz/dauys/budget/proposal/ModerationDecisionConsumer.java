package kz.dauys.budget.proposal;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.ContentKind;
import kz.dauys.contract.moderation.ModerationDecided;
import kz.dauys.platform.inbox.ModerationDecisionInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.UUID;

/** Applies moderation decisions about budget proposals, once each. */
@ApplicationScoped
public class ModerationDecisionConsumer {

    static final String CONSUMER = "budget-moderation-decisions";
    private static final Logger LOG = Logger.getLogger(ModerationDecisionConsumer.class);

    private final ModerationDecisionInbox inbox;

    ModerationDecisionConsumer(ModerationDecisionInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("moderation-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbox.apply(CONSUMER, record, ProposalService.ORIGIN, ContentKind.BUDGET_PROPOSAL, this::apply);
    }

    void apply(ModerationDecided decided) {
        Proposal proposal = findProposal(decided.itemId());
        if (proposal == null) {
            LOG.warnf("Moderation case %s decided on unknown budget proposal %s; ignored", decided.caseId(), decided.itemId());
            return;
        }
        DecisionKind kind = switch (decided.outcome()) {
            case APPROVE -> DecisionKind.MODERATION_APPROVED;
            case REJECT -> DecisionKind.MODERATION_REJECTED;
            case REQUEST_CHANGES -> DecisionKind.MODERATION_CHANGES_REQUESTED;
            case HIDE -> DecisionKind.MODERATION_HIDDEN;
            case RESTORE -> DecisionKind.MODERATION_RESTORED;
        };
        proposal.moderationStatus = switch (decided.outcome()) {
            case APPROVE, RESTORE -> ModerationStatus.APPROVED;
            case REJECT -> ModerationStatus.REJECTED;
            case REQUEST_CHANGES -> ModerationStatus.CHANGES_REQUESTED;
            case HIDE -> ModerationStatus.HIDDEN;
        };
        proposal.moderationReason = decided.statementOfReasons();
        ProposalDecision.record(proposal.id, kind, decided.statementOfReasons(),
                decided.reasonCode() == null ? (decided.onAppeal() ? "On appeal" : null)
                        : "Reason code " + decided.reasonCode() + (decided.onAppeal() ? ", on appeal" : ""),
                "moderation", decided.decidedAt() == null ? Instant.now() : decided.decidedAt());
    }

    private static Proposal findProposal(String itemId) {
        try {
            return Proposal.findById(UUID.fromString(itemId));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
