package kz.dauys.assembly.record;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dauys.assembly.agenda.DecisionResult;
import kz.dauys.assembly.agenda.NamedVote;
import kz.dauys.contract.LocalizedText;

import java.util.List;

/**
 * The body's decision on an item, with the vote either as totals ({@code votesFor}, {@code votesAgainst},
 * {@code abstentions}) or by name ({@code votesByName}; the totals are then counted from it).
 */
public record DecisionRequest(@NotNull DecisionResult result,
                              @NotNull LocalizedText text,
                              @Min(0) @Max(500) Integer votesFor,
                              @Min(0) @Max(500) Integer votesAgainst,
                              @Min(0) @Max(500) Integer abstentions,
                              @Size(max = 500) List<@Valid @NotNull NamedVote> votesByName) {
}
