package kz.dauys.moderation.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dauys.contract.moderation.ModerationOutcome;

/**
 * A moderator's decision on a claimed case.
 *
 * @param outcome what is decided; which outcomes a case allows depends on its type
 * @param reasonCode a code from {@code GET /api/moderation/reason-codes}; required unless approving or restoring
 * @param text the moderator's explanation of the facts, in plain words for the author; required unless approving
 */
public record DecisionRequest(
        @NotNull ModerationOutcome outcome,
        @Size(max = 100) String reasonCode,
        @Size(max = 4000) String text) {
}
