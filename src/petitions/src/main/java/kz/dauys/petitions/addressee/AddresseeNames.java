package kz.dauys.petitions.addressee;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.reference.CentralBody;
import kz.dauys.petitions.reference.TerritoryEntry;

/** The addressee of a stored petition, with its current names. */
@ApplicationScoped
public class AddresseeNames {

    private final AddresseeResolver resolver;

    AddresseeNames(AddresseeResolver resolver) {
        this.resolver = resolver;
    }

    public Addressee of(Petition petition) {
        if (petition.isCentral()) {
            CentralBody body = CentralBody.findById(petition.addresseeCode);
            LocalizedText name = body == null ? LocalizedText.of(petition.addresseeCode)
                    : new LocalizedText(body.nameKk, body.nameRu, body.nameEn);
            return new Addressee(petition.addresseeLevel, petition.addresseeBody, petition.addresseeCode, null, name, petition.threshold);
        }
        TerritoryEntry territory = TerritoryEntry.findById(petition.addresseeTerritory);
        Addressee local = resolver.localAddressees(territory).stream()
                .filter(a -> a.body() == petition.addresseeBody).findFirst()
                .orElse(new Addressee(petition.addresseeLevel, petition.addresseeBody, null, territory.code,
                        new LocalizedText(territory.nameKk, territory.nameRu, territory.nameEn), petition.threshold));
        return new Addressee(local.level(), local.body(), null, local.territoryCode(), local.name(), petition.threshold);
    }
}
