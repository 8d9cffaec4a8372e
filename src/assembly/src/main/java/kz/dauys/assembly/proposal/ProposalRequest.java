package kz.dauys.assembly.proposal;

import jakarta.validation.constraints.NotNull;
import kz.dauys.contract.LocalizedText;

/** A resident's proposed agenda item, in one or more of kk/ru/en. */
public record ProposalRequest(@NotNull LocalizedText title, @NotNull LocalizedText description) {
}
