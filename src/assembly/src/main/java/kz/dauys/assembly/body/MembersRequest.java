package kz.dauys.assembly.body;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The full list of a body's members (deputies), replacing the previous one. */
public record MembersRequest(@NotNull @Size(max = 500) List<@NotNull @Size(min = 2, max = 200) String> members) {
}
