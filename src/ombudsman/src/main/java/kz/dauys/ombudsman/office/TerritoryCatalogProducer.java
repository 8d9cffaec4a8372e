package kz.dauys.ombudsman.office;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import kz.dauys.kernel.territory.TerritoryCatalog;

class TerritoryCatalogProducer {

    @Produces
    @Singleton
    TerritoryCatalog territories() {
        return TerritoryCatalog.loadDefault();
    }
}
