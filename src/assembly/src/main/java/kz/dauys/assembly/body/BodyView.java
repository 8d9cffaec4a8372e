package kz.dauys.assembly.body;

import kz.dauys.contract.LocalizedText;

import java.util.List;
import java.util.UUID;

/** A body as the API shows it. */
public record BodyView(UUID id, BodyKind kind, String territoryCode, LocalizedText territoryName, LocalizedText locality,
                       LocalizedText name, int seats, String secretaryUsername, List<String> members) {
}
