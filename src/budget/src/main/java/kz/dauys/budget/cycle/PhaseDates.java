package kz.dauys.budget.cycle;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The first day of each phase; each comes strictly after the one before. */
public record PhaseDates(
        @NotNull LocalDate proposalsFrom,
        @NotNull LocalDate reviewFrom,
        @NotNull LocalDate votingFrom,
        @NotNull LocalDate tallyingFrom,
        @NotNull LocalDate resultsFrom,
        @NotNull LocalDate implementationFrom) {

    public static PhaseDates of(BudgetCycle cycle) {
        return new PhaseDates(cycle.proposalsFrom, cycle.reviewFrom, cycle.votingFrom, cycle.tallyingFrom,
                cycle.resultsFrom, cycle.implementationFrom);
    }
}
