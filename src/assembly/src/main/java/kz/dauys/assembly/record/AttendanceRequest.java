package kz.dauys.assembly.record;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** Attendance: either a count of members present or the names of those present (then the count follows). */
public record AttendanceRequest(@Min(0) @Max(500) Integer presentCount,
                                @Size(max = 500) List<@NotNull @Size(max = 200) String> presentMembers) {
}
