package kz.dauys.budget.cycle;

import kz.dauys.budget.assembly.AssemblyDecision;
import kz.dauys.contract.LocalizedText;
import kz.dauys.kernel.territory.Territory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A cycle as the portal shows it: what it is, which phase is active, what that phase allows and what
 * the caller may do.
 */
public record CycleView(
        UUID id,
        TerritoryView territory,
        LocalizedText title,
        LocalizedText description,
        long budget,
        String currency,
        PhaseDates phases,
        CyclePhase phase,
        Instant phaseChangedAt,
        Set<CycleAction> allowed,
        OutcomeRule outcomeRule,
        Utility utility,
        BallotRulesSettings ballotRules,
        boolean replay,
        String replaySource,
        Viewer viewer,
        List<AssemblyDecisionView> assemblyDecisions) {

    public record TerritoryView(String code, LocalizedText name) {
        static TerritoryView of(String code, Territory territory) {
            return new TerritoryView(code, territory == null ? LocalizedText.of(code)
                    : new LocalizedText(territory.nameKk(), territory.nameRu(), territory.nameEn()));
        }
    }

    /** What the signed-in caller may do with this cycle (all false for anonymous callers). */
    public record Viewer(boolean canManage, boolean canTakePart) {
    }

    public record AssemblyDecisionView(String bodyName, String result, String decisionText, int votesFor,
                                       int votesAgainst, int abstentions, Instant decidedAt, String link) {
        static AssemblyDecisionView of(AssemblyDecision decision) {
            return new AssemblyDecisionView(decision.bodyName, decision.result, decision.decisionText, decision.votesFor,
                    decision.votesAgainst, decision.abstentions, decision.decidedAt, decision.link);
        }
    }

    static CycleView of(BudgetCycle cycle, Territory territory, Viewer viewer, List<AssemblyDecision> decisions) {
        return new CycleView(cycle.id, TerritoryView.of(cycle.territoryCode, territory), cycle.title(), cycle.description(),
                cycle.budget, "KZT", PhaseDates.of(cycle), cycle.phase, cycle.phaseChangedAt,
                cycle.replay ? Set.of(CycleAction.VIEW_RESULTS) : cycle.phase.allowed(),
                cycle.outcomeRule, cycle.utility, BallotRulesSettings.of(cycle), cycle.replay, cycle.replaySource, viewer,
                decisions.stream().map(AssemblyDecisionView::of).toList());
    }
}
