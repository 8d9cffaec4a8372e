package kz.dauys.assembly.body;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dauys.contract.LocalizedText;

import java.util.List;

/** What an administrator sends to create or change a body. */
public record BodyRequest(@NotNull BodyKind kind,
                          @NotNull @Size(max = 40) String territoryCode,
                          LocalizedText locality,
                          @NotNull LocalizedText name,
                          @Min(1) @Max(500) int seats,
                          @Size(max = 100) String secretaryUsername,
                          @Size(max = 500) List<@NotNull @Size(min = 2, max = 200) String> members) {
}
