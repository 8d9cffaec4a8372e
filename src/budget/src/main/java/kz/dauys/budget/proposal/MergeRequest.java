package kz.dauys.budget.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Folds a duplicate into the proposal {@code into}; its supporters follow. */
public record MergeRequest(@NotNull UUID into, @NotBlank @Size(max = 2000) String reason) {
}
