package kz.dauys.budget.common;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.territory.Territory;
import kz.dauys.kernel.territory.TerritoryCatalog;

import java.util.Optional;

/** The territory reference data, with answers that never throw for an unknown code. */
@ApplicationScoped
public class Territories {

    private final TerritoryCatalog catalog = TerritoryCatalog.loadDefault();

    public Optional<Territory> find(String code) {
        return code == null ? Optional.empty() : catalog.find(code);
    }

    /** Whether {@code code} is {@code ancestor} or lies beneath it; false when either is unknown. */
    public boolean contains(String ancestor, String code) {
        if (find(ancestor).isEmpty() || find(code).isEmpty()) {
            return false;
        }
        return catalog.contains(ancestor, code);
    }
}
