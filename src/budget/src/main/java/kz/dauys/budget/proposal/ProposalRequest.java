package kz.dauys.budget.proposal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A resident's proposal, as submitted (or resubmitted after moderation asked for changes). */
public record ProposalRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String description,
        @NotBlank String category,
        @Pattern(regexp = "kk|ru|en", message = "must be kk, ru or en") String language,
        @Valid Location location,
        @NotNull @Positive Long estimatedCost,
        @Size(max = 10) List<@NotBlank @Size(max = 500) String> attachments) {

    /** Where the project would be: a text and, optionally, coordinates. */
    public record Location(
            @Size(max = 300) String text,
            @DecimalMin("-90") @DecimalMax("90") Double latitude,
            @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }
}
