package kz.dauys.assembly.proposal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The secretary's written reason for declining, shown to the proposer and the public. */
public record DeclineRequest(@NotBlank @Size(min = 20, max = 5000, message = "give a written reason of 20 to 5000 characters") String reason) {
}
