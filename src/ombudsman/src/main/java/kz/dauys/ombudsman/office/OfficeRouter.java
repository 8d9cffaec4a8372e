package kz.dauys.ombudsman.office;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.territory.TerritoryCatalog;

/**
 * Proposes the responsible office: the regional representative of the body's territory, or of the
 * complainant's region when the body's territory is unknown; the central office for central bodies.
 * Staff confirm or change the proposal in triage.
 */
@ApplicationScoped
public class OfficeRouter {

    private final TerritoryCatalog territories;

    OfficeRouter(TerritoryCatalog territories) {
        this.territories = territories;
    }

    /**
     * @param centralBody whether the body is a central state body
     * @param bodyTerritory the body's territory code (any level), or null
     * @param complainantRegion the complainant's region code, or null
     */
    public String propose(boolean centralBody, String bodyTerritory, String complainantRegion) {
        if (centralBody) {
            return Office.CENTRAL;
        }
        if (bodyTerritory != null && territories.find(bodyTerritory).isPresent()) {
            return territories.region(bodyTerritory).code();
        }
        if (complainantRegion != null && territories.find(complainantRegion).isPresent()) {
            return territories.region(complainantRegion).code();
        }
        return Office.CENTRAL;
    }

    public boolean isKnownTerritory(String code) {
        return code != null && territories.find(code).isPresent();
    }
}
