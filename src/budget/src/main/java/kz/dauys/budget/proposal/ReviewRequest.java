package kz.dauys.budget.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An official's feasibility decision; the reason is shown to the author and publicly. */
public record ReviewRequest(
        @NotNull Boolean feasible,
        @NotBlank @Size(max = 2000) String reason,
        @Positive Long officialCost) {
}
