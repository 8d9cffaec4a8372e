package kz.dauys.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import kz.dauys.kernel.territory.Territory;
import kz.dauys.kernel.territory.TerritoryCatalog;

import java.util.List;

/** Territory names for pages, from the kernel's catalogue. */
@ApplicationScoped
public class Territories {

    private final TerritoryCatalog catalog = TerritoryCatalog.loadDefault();

    public String name(String code, String language) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return catalog.find(code).map(t -> t.name(language)).orElse(code);
    }

    public List<Territory> regions() {
        return catalog.regions();
    }
}
