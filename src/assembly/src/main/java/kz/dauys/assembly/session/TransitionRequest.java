package kz.dauys.assembly.session;

import jakarta.validation.constraints.NotNull;

/** Moves a session to its next status. */
public record TransitionRequest(@NotNull SessionStatus to) {
}
