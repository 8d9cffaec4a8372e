package kz.dauys.petitions.signing;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.territory.TerritoryCatalog;

/** Who may sign a territorial petition: residents of the addressee's territory, by their region and district claims. */
@ApplicationScoped
public class SigningRules {

    private final TerritoryCatalog catalog;

    SigningRules(TerritoryCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param addresseeTerritory the territory of a local addressee; null for central bodies (everyone may sign)
     */
    public boolean residentOf(String addresseeTerritory, String region, String district) {
        if (addresseeTerritory == null) {
            return true;
        }
        if (catalog.find(addresseeTerritory).isEmpty()) {
            return false;
        }
        String home = known(district) ? district : known(region) ? region : null;
        return home != null && catalog.contains(addresseeTerritory, home);
    }

    private boolean known(String code) {
        return code != null && !code.isEmpty() && catalog.find(code).isPresent();
    }
}
