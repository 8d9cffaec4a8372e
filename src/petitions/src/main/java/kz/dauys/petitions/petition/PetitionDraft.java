package kz.dauys.petitions.petition;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.addressee.AddresseeBody;
import kz.dauys.petitions.addressee.AddresseeLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an author writes: the texts in at least one of Kazakh, Russian or English (the others are
 * optional translations), a topic and the addressee.
 */
@Schema(name = "PetitionDraft")
public record PetitionDraft(
        @NotNull LocalizedText title,
        @NotNull LocalizedText text,
        LocalizedText requestedAction,
        @NotBlank String topic,
        @NotNull @Valid AddresseeChoice addressee) {

    /**
     * @param code the central body ({@code GOVERNMENT}, {@code MIN_HEALTH}...), central level only
     * @param territoryCode the oblast, city or town, local levels only
     */
    public record AddresseeChoice(@NotNull AddresseeLevel level, @NotNull AddresseeBody body, String code, String territoryCode) {
    }
}
