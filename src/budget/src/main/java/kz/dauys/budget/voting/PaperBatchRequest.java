package kz.dauys.budget.voting;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Paper ballots counted at one polling place or session: a label unique in the cycle (e.g. the
 * protocol number), the valid ballots and how many were spoiled.
 */
public record PaperBatchRequest(@NotBlank @Size(max = 100) String label, @NotEmpty List<BallotRequest> ballots,
                                @Min(0) Integer spoiled) {
}
