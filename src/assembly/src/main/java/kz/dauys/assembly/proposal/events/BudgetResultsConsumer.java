package kz.dauys.assembly.proposal.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.assembly.body.Body;
import kz.dauys.assembly.body.BodyService;
import kz.dauys.assembly.proposal.ProposalOrigin;
import kz.dauys.assembly.proposal.ProposalService;
import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.budget.BudgetResultsPublished;
import kz.dauys.platform.inbox.IdempotentConsumer;
import kz.dauys.platform.inbox.IncomingEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Published participatory-budget results become a proposal "approve the results of cycle N" for the
 * maslikhat of the cycle's territory, or of the nearest enclosing territory that has one (a city
 * district's cycle goes to the city maslikhat).
 */
@ApplicationScoped
public class BudgetResultsConsumer {

    private static final Logger LOG = Logger.getLogger(BudgetResultsConsumer.class);

    private final IdempotentConsumer idempotent;
    private final BodyService bodies;
    private final ProposalService proposals;

    BudgetResultsConsumer(IdempotentConsumer idempotent, BodyService bodies, ProposalService proposals) {
        this.idempotent = idempotent;
        this.bodies = bodies;
        this.proposals = proposals;
    }

    @Incoming("budget-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        if (!IncomingEvent.from(record).is(BudgetResultsPublished.EVENT)) {
            return;
        }
        idempotent.apply("assembly-budget-results", record, BudgetResultsPublished.EVENT, this::consider);
    }

    void consider(BudgetResultsPublished results) {
        Optional<Body> body = results.territoryCode() == null ? Optional.empty() : bodies.nearestMaslikhat(results.territoryCode());
        if (body.isEmpty()) {
            LOG.debugf("Budget cycle %s: no maslikhat for %s or above", results.cycleId(), results.territoryCode());
            return;
        }
        String name = results.title() == null ? results.cycleId() : "«" + results.title() + "»";
        int funded = results.funded() == null ? 0 : results.funded().size();
        LocalizedText title = new LocalizedText(
                "Қатысушылық бюджет циклінің нәтижелерін бекіту " + name,
                "Утверждение итогов цикла бюджета участия " + name,
                "Approve the results of participatory budget cycle " + (results.title() == null ? results.cycleId() : "\"" + results.title() + "\""));
        LocalizedText description = new LocalizedText(
                "Бюджет: " + results.budget() + " ₸; бюллетеньдер: " + results.ballots() + "; қаржыландырылатын жобалар: " + funded + ".",
                "Бюджет: " + results.budget() + " ₸; бюллетеней: " + results.ballots() + "; проектов к финансированию: " + funded + ".",
                "Budget: " + results.budget() + " KZT; ballots: " + results.ballots() + "; projects funded: " + funded + ".");
        proposals.proposeFromEvent(body.get(), ProposalOrigin.BUDGET_CYCLE, results.cycleId(), title, description,
                results.link(), null);
    }
}
