package kz.dauys.budget.implementation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A progress note: status, percent done, what happened, and on which day (today when omitted). */
public record ImplementationRequest(@NotNull ImplementationStatus status, @NotNull @Min(0) @Max(100) Integer percent,
                                    @NotBlank @Size(max = 2000) String note, LocalDate notedOn) {
}
