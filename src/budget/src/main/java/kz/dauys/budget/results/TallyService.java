package kz.dauys.budget.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.cycle.BudgetCycle;
import kz.dauys.budget.cycle.CyclePhase;
import kz.dauys.budget.cycle.OutcomeRule;
import kz.dauys.budget.cycle.PhaseEntered;
import kz.dauys.budget.cycle.Utility;
import kz.dauys.budget.proposal.Proposal;
import kz.dauys.contract.budget.BudgetResultsPublished;
import kz.dauys.platform.outbox.Outbox;
import kz.dauys.tally.Election;
import kz.dauys.tally.Explanation;
import kz.dauys.tally.Fraction;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;
import kz.dauys.tally.greedy.GreedyByVotes;
import kz.dauys.tally.greedy.GreedyStep;
import kz.dauys.tally.mes.EqualShares;
import kz.dauys.tally.mes.EqualSharesPurchase;
import kz.dauys.tally.mes.EqualSharesRejection;
import kz.dauys.tally.pabulib.PabulibRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Computes a cycle's outcome with dauys-tally under its chosen rule and the other rule, stores it with
 * per-project explanations, and publishes it. Entering TALLYING computes; entering RESULTS computes the
 * final count and publishes it.
 */
@ApplicationScoped
public class TallyService {

    private static final Logger LOG = Logger.getLogger(TallyService.class);

    private final ElectionLoader loader;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final BudgetClock clock;
    private final String portalPath;

    TallyService(ElectionLoader loader, Outbox outbox, ObjectMapper objectMapper, BudgetClock clock,
                 @ConfigProperty(name = "dauys.budget.portal-path") String portalPath) {
        this.loader = loader;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.portalPath = portalPath;
    }

    void onPhase(@Observes PhaseEntered entered) {
        if (entered.phase() == CyclePhase.TALLYING) {
            compute(entered.cycle());
        } else if (entered.phase() == CyclePhase.RESULTS) {
            publish(entered.cycle());
        }
    }

    /** The dauys-tally rule a cycle's rule stands for. Replays use the rule their file names. */
    public static kz.dauys.tally.OutcomeRule ruleFor(OutcomeRule rule, Utility utility) {
        return rule == OutcomeRule.GREEDY ? new GreedyByVotes()
                : EqualShares.of(utility == Utility.CARDINALITY ? kz.dauys.tally.mes.Utility.CARDINALITY
                : kz.dauys.tally.mes.Utility.COST).withAdd1().withGreedyFill();
    }

    public static kz.dauys.tally.OutcomeRule chosenRule(BudgetCycle cycle) {
        if (cycle.pabulibRule != null) {
            return PabulibRules.forKey(cycle.pabulibRule).orElseThrow(() ->
                    new IllegalStateException("Unknown pabulib rule " + cycle.pabulibRule));
        }
        return ruleFor(cycle.outcomeRule, cycle.utility);
    }

    /** The chosen rule's outcome of the cycle's current ballots (for export). */
    public Outcome chosenOutcome(CycleElection election, BudgetCycle cycle) {
        return chosenRule(cycle).apply(election.election());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ResultsDocument compute(BudgetCycle cycle) {
        long started = System.nanoTime();
        CycleElection loaded = loader.load(cycle);
        Election election = loaded.election();
        Outcome chosen = election.ballots().isEmpty() ? null : chosenRule(cycle).apply(election);
        Outcome other = election.ballots().isEmpty() ? null
                : ruleFor(cycle.outcomeRule.other(), cycle.utility).apply(election);
        ResultsDocument document = document(cycle, loaded, chosen, other, null);
        CycleOutcome stored = CycleOutcome.findById(cycle.id);
        if (stored == null) {
            stored = new CycleOutcome();
            stored.cycleId = cycle.id;
            stored.computedAt = document.computedAt();
            stored.result = json(document);
            stored.persist();
        } else {
            stored.computedAt = document.computedAt();
            stored.result = json(document);
        }
        LOG.infof("Cycle %s tallied: %d ballots, %d projects in %d ms", cycle.id, election.ballots().size(),
                election.projects().size(), (System.nanoTime() - started) / 1_000_000);
        return document;
    }

    /** Computes the final outcome and publishes it; replays are published without an event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ResultsDocument publish(BudgetCycle cycle) {
        ResultsDocument computed = compute(cycle);
        Instant now = clock.now();
        ResultsDocument published = new ResultsDocument(computed.cycleId(), computed.budget(), computed.currency(),
                computed.ballots(), computed.chosen(), computed.comparison(), computed.projects(), computed.computedAt(), now);
        CycleOutcome stored = CycleOutcome.findById(cycle.id);
        stored.publishedAt = now;
        stored.result = json(published);
        if (!cycle.replay) {
            List<BudgetResultsPublished.FundedProject> funded = published.chosen().funded().stream()
                    .map(id -> published.projects().stream().filter(p -> p.proposalId().equals(id)).findFirst().orElseThrow())
                    .map(p -> new BudgetResultsPublished.FundedProject(p.proposalId().toString(), p.title(), p.cost(), p.votes()))
                    .toList();
            outbox.publish(BudgetResultsPublished.EVENT, cycle.id.toString(), new BudgetResultsPublished(
                    cycle.id.toString(), cycle.title().in("kk"), cycle.territoryCode, cycle.budget, published.chosen().algorithm(),
                    funded, published.ballots().total(), now, portalPath + "/cycles/" + cycle.id + "/results"));
        }
        return published;
    }

    public Optional<ResultsDocument> stored(UUID cycleId) {
        CycleOutcome stored = CycleOutcome.findById(cycleId);
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(objectMapper.readValue(stored.result, ResultsDocument.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored outcome of cycle " + cycleId + " cannot be read", e);
        }
    }

    private ResultsDocument document(BudgetCycle cycle, CycleElection loaded, Outcome chosen, Outcome other, Instant publishedAt) {
        Election election = loaded.election();
        Map<String, Long> votes = election.voteCounts();
        List<ResultsDocument.ProjectResult> projects = election.projects().stream()
                .map(project -> {
                    Proposal proposal = loaded.proposalsByProjectId().get(project.id());
                    Map<String, Long> byChannel = loaded.votesByChannel().getOrDefault(proposal.id, Map.of());
                    return new ResultsDocument.ProjectResult(proposal.id, proposal.externalId, proposal.title,
                            proposal.category, project.cost(), votes.getOrDefault(project.id(), 0L),
                            byChannel.getOrDefault("ONLINE", 0L), byChannel.getOrDefault("PAPER", 0L),
                            byChannel.getOrDefault("IMPORTED", 0L),
                            chosen != null && chosen.isFunded(project.id()), other != null && other.isFunded(project.id()),
                            why(chosen, project), why(other, project));
                })
                .sorted(Comparator.comparingLong(ResultsDocument.ProjectResult::votes).reversed()
                        .thenComparingLong(ResultsDocument.ProjectResult::cost))
                .toList();
        Map<String, Long> ballots = loaded.ballotsByChannel();
        long total = ballots.values().stream().mapToLong(Long::longValue).sum();
        return new ResultsDocument(cycle.id, cycle.budget, "KZT",
                new ResultsDocument.Ballots(ballots.getOrDefault("ONLINE", 0L), ballots.getOrDefault("PAPER", 0L),
                        ballots.getOrDefault("IMPORTED", 0L), total, loaded.spoiledPaper()),
                summary(cycle.replay ? ruleOf(cycle.pabulibRule) : cycle.outcomeRule, chosen, loaded, cycle.budget, chosenRule(cycle).name()),
                summary(cycle.outcomeRule.other(), other, loaded, cycle.budget, ruleFor(cycle.outcomeRule.other(), cycle.utility).name()),
                projects, clock.now(), publishedAt);
    }

    private static OutcomeRule ruleOf(String pabulibRule) {
        return pabulibRule != null && pabulibRule.startsWith("equalshares") ? OutcomeRule.EQUAL_SHARES : OutcomeRule.GREEDY;
    }

    private static ResultsDocument.Summary summary(OutcomeRule rule, Outcome outcome, CycleElection loaded, long budget,
                                                   String algorithm) {
        if (outcome == null) {
            return new ResultsDocument.Summary(rule.name(), algorithm, List.of(), 0, budget, null, null);
        }
        List<UUID> funded = outcome.funded().stream().map(p -> loaded.proposalsByProjectId().get(p.id()).id).toList();
        long spent = outcome.totalCost();
        Optional<Fraction> perVoter = outcome.perVoterBudget();
        return new ResultsDocument.Summary(rule.name(), outcome.rule(), funded, spent, budget - spent,
                perVoter.map(f -> f.toDecimal(2).toPlainString()).orElse(null), perVoter.map(Fraction::toString).orElse(null));
    }

    private static ResultsDocument.Why why(Outcome outcome, Project project) {
        if (outcome == null) {
            return new ResultsDocument.Why("no-ballots", false, "no ballots were cast", null, null, null, null, null,
                    null, null, null, null, null, null, null, null);
        }
        Explanation explanation = outcome.explanations().get(project.id());
        if (explanation == null) {
            return null;
        }
        return switch (explanation) {
            case GreedyStep step -> new ResultsDocument.Why("greedy", step.funded(), step.summary(), step.phase(),
                    step.remainingBefore(), null, null, null, null, null, null, null, null, null, null, null);
            case EqualSharesPurchase bought -> new ResultsDocument.Why("equal-shares-purchase", true, bought.summary(), null,
                    null, bought.round(), decimal(bought.rho()), bought.rho().toString(), decimal(bought.pricePerUtility()),
                    bought.supporters(), bought.fullPayers(), bought.partialPayers(), decimal(bought.partialPaid()),
                    bought.emptySupporters(), decimal(bought.supportersMoneyBefore()), decimal(bought.supportersMoneyAfter()));
            case EqualSharesRejection rejected -> new ResultsDocument.Why("equal-shares-rejection", false, rejected.summary(),
                    null, null, null, null, null, null, rejected.supporters(), null, null, null, null,
                    decimal(rejected.supportersMoney()), null);
            default -> new ResultsDocument.Why("other", explanation.funded(), explanation.summary(), null, null, null, null,
                    null, null, null, null, null, null, null, null, null);
        };
    }

    private static String decimal(Fraction fraction) {
        return fraction == null ? null : fraction.toDecimal(2).toPlainString();
    }

    private String json(ResultsDocument document) {
        try {
            return objectMapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> noMeta() {
        return new LinkedHashMap<>();
    }
}
