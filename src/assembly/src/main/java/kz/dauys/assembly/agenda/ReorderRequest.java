package kz.dauys.assembly.agenda;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The new order of all siblings under {@code parentId} (null: the top level). */
public record ReorderRequest(UUID parentId, @NotNull @Size(min = 1, max = 200) List<@NotNull UUID> itemIds) {
}
