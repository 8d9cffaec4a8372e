package kz.dauys.budget.assembly;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.assembly.AssemblyDecisionRecorded;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.UUID;

/** Shows the assembly's decisions on budget cycles (relatedKind BUDGET_CYCLE) on the cycle. */
@ApplicationScoped
public class AssemblyDecisionConsumer {

    static final String CONSUMER = "budget-assembly-decisions";
    static final String BUDGET_CYCLE = "BUDGET_CYCLE";
    private static final Logger LOG = Logger.getLogger(AssemblyDecisionConsumer.class);

    private final IdempotentConsumer idempotent;

    AssemblyDecisionConsumer(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    @Incoming("assembly-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!IncomingEvent.from(record).is(AssemblyDecisionRecorded.EVENT)) {
            return;
        }
        idempotent.apply(CONSUMER, record, AssemblyDecisionRecorded.EVENT, this::record);
    }

    void record(AssemblyDecisionRecorded decided) {
        if (!BUDGET_CYCLE.equals(decided.relatedKind())) {
            return;
        }
        UUID cycleId;
        try {
            cycleId = UUID.fromString(decided.relatedId());
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warnf("Assembly decision on item %s names no budget cycle id; ignored", decided.itemId());
            return;
        }
        AssemblyDecision decision = new AssemblyDecision();
        decision.id = UUID.randomUUID();
        decision.cycleId = cycleId;
        decision.bodyId = decided.bodyId();
        decision.bodyName = decided.bodyName();
        decision.sessionId = decided.sessionId();
        decision.itemId = decided.itemId();
        decision.result = decided.result();
        decision.decisionText = decided.decisionText();
        decision.votesFor = decided.votesFor();
        decision.votesAgainst = decided.votesAgainst();
        decision.abstentions = decided.abstentions();
        decision.decidedAt = decided.decidedAt();
        decision.link = decided.link();
        decision.persist();
    }
}
