package kz.dauys.moderation.appeals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * An author's appeal.
 *
 * @param caseId the case whose decision is appealed (the {@code caseId} of the ModerationDecided event)
 * @param grounds why the author disagrees
 */
public record AppealRequest(@NotNull UUID caseId, @NotBlank @Size(max = 4000) String grounds) {
}
