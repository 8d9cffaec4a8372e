package kz.dauys.assembly.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kz.dauys.contract.LocalizedText;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as the secretary plans it: a place, an online link or both. */
public record SessionRequest(@NotNull LocalizedText title,
                             @NotNull LocalDate date,
                             @NotNull LocalTime startTime,
                             @Min(15) @Max(720) int plannedMinutes,
                             @Size(max = 300) String place,
                             @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String onlineUrl) {
}
