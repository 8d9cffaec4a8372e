package kz.dauys.assembly.agenda;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kz.dauys.contract.LocalizedText;

import java.util.List;
import java.util.UUID;

/**
 * An agenda item as the secretary writes it. {@code parentId} makes it a sub-item (only when adding);
 * {@code relatedKind} and {@code relatedId} go together.
 */
public record AgendaItemRequest(UUID parentId,
                                @NotNull LocalizedText title,
                                LocalizedText description,
                                @Min(1) @Max(1440) int durationMinutes,
                                @Size(max = 200) String presenter,
                                @Size(max = 20) List<@Valid @NotNull DocumentLink> documents,
                                RelatedKind relatedKind,
                                @Size(max = 100) String relatedId) {
}
