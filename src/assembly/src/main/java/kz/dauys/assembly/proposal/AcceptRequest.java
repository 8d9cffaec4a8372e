package kz.dauys.assembly.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The secretary schedules a proposal into a planned session of the body. */
public record AcceptRequest(@NotNull UUID sessionId, @Min(1) @Max(720) Integer durationMinutes,
                            @Size(max = 200) String presenter) {
}
