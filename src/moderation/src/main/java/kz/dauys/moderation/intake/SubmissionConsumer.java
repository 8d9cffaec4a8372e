package kz.dauys.moderation.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.EventDescriptor;
import kz.dauys.contract.assembly.AgendaItemProposed;
import kz.dauys.contract.budget.BudgetProposalSubmitted;
import kz.dauys.contract.moderation.ModerationRequest;
import kz.dauys.contract.petitions.PetitionSubmitted;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.function.Function;

/**
 * Reads the {@code submitted} events of the services whose content is moderated. Each topic carries
 * other event types too; those are none of moderation's business and are skipped, not dead-lettered.
 */
@ApplicationScoped
public class SubmissionConsumer {

    static final String CONSUMER = "moderation-intake";

    private final IdempotentConsumer idempotent;
    private final IntakeService intake;

    SubmissionConsumer(IdempotentConsumer idempotent, IntakeService intake) {
        this.idempotent = idempotent;
        this.intake = intake;
    }

    @Incoming("petitions")
    @Blocking
    public void onPetitionEvent(ConsumerRecord<String, String> record) {
        consume(record, PetitionSubmitted.EVENT, PetitionSubmitted::moderation,
                p -> p.addressee() == null ? null : p.addressee().territoryCode());
    }

    @Incoming("budget")
    @Blocking
    public void onBudgetEvent(ConsumerRecord<String, String> record) {
        consume(record, BudgetProposalSubmitted.EVENT, BudgetProposalSubmitted::moderation, BudgetProposalSubmitted::territoryCode);
    }

    @Incoming("assembly")
    @Blocking
    public void onAssemblyEvent(ConsumerRecord<String, String> record) {
        consume(record, AgendaItemProposed.EVENT, AgendaItemProposed::moderation, AgendaItemProposed::territoryCode);
    }

    private <T> void consume(ConsumerRecord<String, String> record, EventDescriptor<T> descriptor,
                             Function<T, ModerationRequest> request, Function<T, String> territory) {
        if (!IncomingEvent.from(record).is(descriptor)) {
            return;
        }
        idempotent.apply(CONSUMER, record, descriptor,
                payload -> intake.open(request.apply(payload), territory.apply(payload)));
    }
}
