package kz.dauys.budget.cycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import kz.dauys.budget.common.BudgetClock;
import kz.dauys.budget.common.Territories;
import kz.dauys.contract.LocalizedText;
import kz.dauys.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Opens, changes and advances cycles. */
@ApplicationScoped
public class CycleService {

    private static final int MAX_TEXT = 4000;

    private final Territories territories;
    private final BudgetClock clock;
    private final Event<PhaseEntered> phaseEntered;

    CycleService(Territories territories, BudgetClock clock, Event<PhaseEntered> phaseEntered) {
        this.territories = territories;
        this.clock = clock;
        this.phaseEntered = phaseEntered;
    }

    public BudgetCycle require(UUID id) {
        BudgetCycle cycle = BudgetCycle.findById(id);
        if (cycle == null) {
            throw ProblemException.notFound("Budget cycle", id);
        }
        return cycle;
    }

    @Transactional
    public BudgetCycle open(CycleRequest request, String officialSubject) {
        checkTerritory(request.territoryCode());
        BudgetCycle cycle = new BudgetCycle();
        cycle.id = UUID.randomUUID();
        cycle.territoryCode = request.territoryCode();
        apply(cycle, request);
        cycle.createdBy = officialSubject;
        cycle.createdAt = clock.now();
        CyclePhase byDate = cycle.phaseByDate(clock.today());
        if (byDate.ordinal() > CyclePhase.PROPOSALS.ordinal()) {
            throw ProblemException.invalidField("phases.reviewFrom",
                    "A new cycle must still be in its proposals phase or before it: review cannot start before tomorrow");
        }
        cycle.phase = byDate;
        cycle.phaseChangedAt = clock.now();
        cycle.phaseChangedBy = officialSubject;
        cycle.persist();
        return cycle;
    }

    /** Texts, budget and dates can change until voting opens; rules only while proposals are open. */
    @Transactional
    public BudgetCycle change(UUID id, CycleRequest request) {
        BudgetCycle cycle = require(id);
        if (!cycle.territoryCode.equals(request.territoryCode())) {
            throw ProblemException.invalidField("territoryCode", "A cycle's territory cannot change");
        }
        if (!cycle.phase.isBefore(CyclePhase.VOTING)) {
            throw ProblemException.unprocessable("cycle-locked",
                    "The cycle is in its " + cycle.phase + " phase: it can no longer be changed once voting has opened.");
        }
        apply(cycle, request);
        return cycle;
    }

    /**
     * Moves the cycle forward to {@code target} (the next phase when null), one phase at a time so that
     * every phase's start effects run.
     */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "dauys.budget.tally-timeout")
    public BudgetCycle advance(UUID id, CyclePhase target, String by) {
        BudgetCycle cycle = require(id);
        if (cycle.replay) {
            throw ProblemException.unprocessable("replay-cycle", "A replayed past vote has no phases to advance.");
        }
        if (cycle.phase.isLast()) {
            throw ProblemException.unprocessable("phase-final", "The cycle is already in its last phase, IMPLEMENTATION.");
        }
        CyclePhase to = target == null ? cycle.phase.next() : target;
        if (!cycle.phase.isBefore(to)) {
            throw ProblemException.unprocessable("phase-backwards",
                    "The cycle is in its " + cycle.phase + " phase; it can only move forward, not to " + to + ".");
        }
        while (cycle.phase != to) {
            enter(cycle, cycle.phase.next(), by);
        }
        return cycle;
    }

    /** Advances the cycle to the phase its dates call for, if that is later than the current one. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "dauys.budget.tally-timeout")
    public boolean advanceByDate(UUID id) {
        BudgetCycle cycle = require(id);
        CyclePhase due = cycle.phaseByDate(clock.today());
        if (cycle.replay || !cycle.phase.isBefore(due)) {
            return false;
        }
        while (cycle.phase != due) {
            enter(cycle, cycle.phase.next(), "schedule");
        }
        return true;
    }

    @Transactional
    public List<UUID> cyclesDueForAdvance() {
        LocalDate today = clock.today();
        return BudgetCycle.<BudgetCycle>find("replay = false and phase <> ?1", CyclePhase.IMPLEMENTATION).stream()
                .filter(cycle -> cycle.phase.isBefore(cycle.phaseByDate(today)))
                .map(cycle -> cycle.id)
                .toList();
    }

    private void enter(BudgetCycle cycle, CyclePhase phase, String by) {
        cycle.phase = phase;
        cycle.phaseChangedAt = clock.now();
        cycle.phaseChangedBy = by;
        phaseEntered.fire(new PhaseEntered(cycle, phase, by));
    }

    private void apply(BudgetCycle cycle, CycleRequest request) {
        LocalizedText title = request.title();
        requireSomeText("title", title, 200);
        LocalizedText description = request.description() == null ? new LocalizedText(null, null, null) : request.description();
        requireLength("description", description, MAX_TEXT);
        checkDates(request.phases());
        BallotRulesSettings rules = request.ballotRules() == null ? BallotRulesSettings.APPROVAL_WITHIN_BUDGET : request.ballotRules();
        requireValidRules(rules, request.budget());
        cycle.titleKk = trim(title.kk());
        cycle.titleRu = trim(title.ru());
        cycle.titleEn = trim(title.en());
        cycle.descriptionKk = trim(description.kk());
        cycle.descriptionRu = trim(description.ru());
        cycle.descriptionEn = trim(description.en());
        cycle.budget = request.budget();
        PhaseDates dates = request.phases();
        cycle.proposalsFrom = dates.proposalsFrom();
        cycle.reviewFrom = dates.reviewFrom();
        cycle.votingFrom = dates.votingFrom();
        cycle.tallyingFrom = dates.tallyingFrom();
        cycle.resultsFrom = dates.resultsFrom();
        cycle.implementationFrom = dates.implementationFrom();
        cycle.outcomeRule = request.outcomeRule();
        cycle.utility = request.utility() == null ? Utility.COST : request.utility();
        cycle.ballotKind = rules.kind() == null ? BallotKind.APPROVAL : rules.kind();
        cycle.minProjects = rules.minProjects();
        cycle.maxProjects = rules.maxProjects();
        cycle.minBudgetSharePercent = rules.minBudgetSharePercent();
        cycle.maxPoints = rules.maxPoints();
        cycle.maxPointsPerProject = rules.maxPointsPerProject();
    }

    private void checkTerritory(String code) {
        if (territories.find(code).isEmpty()) {
            throw ProblemException.invalidField("territoryCode", "Unknown territory code " + code);
        }
    }

    private static void checkDates(PhaseDates dates) {
        LocalDate[] days = {dates.proposalsFrom(), dates.reviewFrom(), dates.votingFrom(), dates.tallyingFrom(),
                dates.resultsFrom(), dates.implementationFrom()};
        String[] names = {"proposalsFrom", "reviewFrom", "votingFrom", "tallyingFrom", "resultsFrom", "implementationFrom"};
        for (int i = 1; i < days.length; i++) {
            if (!days[i].isAfter(days[i - 1])) {
                throw ProblemException.invalidField("phases." + names[i],
                        names[i] + " (" + days[i] + ") must come after " + names[i - 1] + " (" + days[i - 1] + ")");
            }
        }
    }

    static void requireValidRules(BallotRulesSettings rules, long budget) {
        List<String> problems = new ArrayList<>();
        BallotKind kind = rules.kind() == null ? BallotKind.APPROVAL : rules.kind();
        if (rules.minProjects() != null && rules.maxProjects() != null && rules.minProjects() > rules.maxProjects()) {
            problems.add("minProjects (" + rules.minProjects() + ") is more than maxProjects (" + rules.maxProjects() + ")");
        }
        if (kind == BallotKind.CUMULATIVE) {
            if (rules.maxPoints() == null) {
                problems.add("a CUMULATIVE ballot needs maxPoints");
            }
            if (rules.minBudgetSharePercent() != null) {
                problems.add("minBudgetSharePercent applies to APPROVAL ballots only");
            }
            if (rules.maxPoints() != null && rules.maxPointsPerProject() != null && rules.maxPointsPerProject() > rules.maxPoints()) {
                problems.add("maxPointsPerProject is more than maxPoints");
            }
        } else if (rules.maxPoints() != null || rules.maxPointsPerProject() != null) {
            problems.add("maxPoints and maxPointsPerProject apply to CUMULATIVE ballots only");
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalidField("ballotRules", String.join("; ", problems));
        }
    }

    private static void requireSomeText(String field, LocalizedText text, int max) {
        if (isBlank(text.kk()) && isBlank(text.ru()) && isBlank(text.en())) {
            throw ProblemException.invalidField(field, field + " needs a text in at least one of kk, ru, en");
        }
        requireLength(field, text, max);
    }

    private static void requireLength(String field, LocalizedText text, int max) {
        for (String value : new String[] {text.kk(), text.ru(), text.en()}) {
            if (value != null && value.length() > max) {
                throw ProblemException.invalidField(field, field + " is longer than " + max + " characters");
            }
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return isBlank(value) ? null : value.strip();
    }
}
