package kz.dauys.ombudsman.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/** The bodies of the staff actions on a case. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Acknowledge receipt (received -> triage); {@code message} replaces the standard notice to the complainant. */
    public record Acknowledge(@Size(max = 4000) String message) {
    }

    /** The triage form: checklist answers by question code, category, urgency and the office confirmed. */
    public record Triage(@NotNull Map<String, ChecklistAnswer> answers,
                         @NotBlank String category,
                         @NotNull Urgency urgency,
                         @NotBlank String office) {
    }

    public enum Outcome { ACCEPTED, INADMISSIBLE, TRANSFERRED }

    /**
     * The triage decision. Inadmissible needs {@code reasons} and {@code redirectTo} (where to turn instead);
     * transferred needs {@code transferredTo}; accepted may name the {@code assignee}.
     */
    public record Decide(@NotNull Outcome outcome,
                         @Size(max = 4000) String reasons,
                         @Size(max = 1000) String redirectTo,
                         @Size(max = 500) String transferredTo,
                         @Size(max = 200) String assignee,
                         @Size(max = 4000) String message) {
    }

    public record Assign(@NotBlank @Size(max = 200) String assignee) {
    }

    /** Extend the decision term until {@code until}, with the recorded reason; the complainant is told at once. */
    public record Extend(@NotNull LocalDate until, @NotBlank @Size(max = 4000) String reason,
                         @Size(max = 4000) String message) {
    }

    public record Text(@NotBlank @Size(max = 20000) String text) {
    }

    public record Move(@NotNull CaseStatus status, @Size(max = 20000) String text) {
    }
}
