package kz.dauys.petitions.addressee;

import kz.dauys.contract.LocalizedText;
import kz.dauys.contract.petitions.PetitionAddressee;

/**
 * A resolved addressee: a body at a level, for a central body its code, for a local one its territory,
 * its name in the three languages and the signatures it takes to reach it.
 */
public record Addressee(AddresseeLevel level, AddresseeBody body, String code, String territoryCode,
                        LocalizedText name, long threshold) {

    public boolean isTerritorial() {
        return territoryCode != null;
    }

    /** The form used in events; the name is the Russian one, the form officials on every side read. */
    public PetitionAddressee toContract() {
        return new PetitionAddressee(level.name(), body.name(), territoryCode, name.in("ru"));
    }
}
