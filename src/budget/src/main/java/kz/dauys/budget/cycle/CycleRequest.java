package kz.dauys.budget.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import kz.dauys.contract.LocalizedText;

/** What an official gives to open (or change) a cycle. */
public record CycleRequest(
        @NotBlank String territoryCode,
        @NotNull LocalizedText title,
        LocalizedText description,
        @NotNull @Positive Long budget,
        @NotNull @Valid PhaseDates phases,
        @NotNull OutcomeRule outcomeRule,
        Utility utility,
        @Valid BallotRulesSettings ballotRules) {
}
