package kz.dauys.assembly.proposal.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.body.BodyService;
import kz.dauys.assembly.proposal.ProposalOrigin;
import kz.dauys.assembly.proposal.ProposalService;
import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.petitions.PetitionAddressee;
import kz.dauys.contract.petitions.PetitionThresholdReached;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * A petition addressed to a local maslikhat or akimat that reached its threshold becomes a proposal
 * "consider petition N" for the maslikhat of the addressee's territory (the maslikhat hears the akim's
 * answers, so an akimat's petitions go on its agenda too). Central addressees are not local matters.
 */
@ApplicationScoped
public class PetitionThresholdConsumer {

    private static final Logger LOG = Logger.getLogger(PetitionThresholdConsumer.class);

    private final IdempotentConsumer idempotent;
    private final BodyService bodies;
    private final ProposalService proposals;

    PetitionThresholdConsumer(IdempotentConsumer idempotent, BodyService bodies, ProposalService proposals) {
        this.idempotent = idempotent;
        this.bodies = bodies;
        this.proposals = proposals;
    }

    @Incoming("petition-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!IncomingEvent.from(record).is(PetitionThresholdReached.EVENT)) {
            return;
        }
        idempotent.apply("assembly-petition-threshold", record, PetitionThresholdReached.EVENT, this::consider);
    }

    void consider(PetitionThresholdReached reached) {
        Optional<Body> body = bodyFor(reached.addressee());
        if (body.isEmpty()) {
            LOG.debugf("Petition %s is not addressed to a local body we know", reached.petitionId());
            return;
        }
        String quoted = reached.title() == null ? "" : " «" + reached.title() + "»";
        LocalizedText title = new LocalizedText(
                "№ " + reached.number() + " петицияны қарау" + quoted,
                "Рассмотрение петиции № " + reached.number() + quoted,
                "Consider petition No. " + reached.number() + (reached.title() == null ? "" : " \"" + reached.title() + "\""));
        String counts = reached.signatures() + " / " + reached.threshold();
        LocalizedText description = new LocalizedText(
                "Петиция қол қою шегіне жетті (" + counts + ")." + summary(reached),
                "Петиция набрала необходимое число подписей (" + counts + ")." + summary(reached),
                "The petition reached its signature threshold (" + counts + ")." + summary(reached));
        proposals.proposeFromEvent(body.get(), ProposalOrigin.PETITION, reached.petitionId(), title, description,
                        reached.link(), reached.answerDueOn())
                .ifPresentOrElse(p -> LOG.infof("Petition %s proposed to body %s as %s", reached.petitionId(), body.get().id, p.id),
                        () -> LOG.debugf("Petition %s already proposed to body %s", reached.petitionId(), body.get().id));
    }

    private Optional<Body> bodyFor(PetitionAddressee addressee) {
        if (addressee == null || addressee.territoryCode() == null || addressee.body() == null) {
            return Optional.empty();
        }
        return switch (addressee.body()) {
            case "MASLIKHAT", "AKIMAT" -> bodies.maslikhatOf(addressee.territoryCode());
            default -> Optional.empty();
        };
    }

    private static String summary(PetitionThresholdReached reached) {
        return reached.summary() == null || reached.summary().isBlank() ? "" : " " + reached.summary().strip();
    }
}
