package kz.dauys.moderation.escalation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the moderator thinks the case may involve a violation of human rights. */
public record EscalationRequest(@NotBlank @Size(max = 4000) String note) {
}
