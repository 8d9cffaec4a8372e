package kz.dauys.petitions.reference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import kz.dauys.kernel.territory.Territory;
import kz.dauys.kernel.territory.TerritoryCatalog;
import org.jboss.logging.Logger;

/**
 * Copies the kernel's territory catalogue into this service's database at start-up. Rows that exist
 * are left alone, so an admin's population corrections survive restarts; new territories appear.
 */
@ApplicationScoped
public class TerritorySeeder {

    private static final Logger LOG = Logger.getLogger(TerritorySeeder.class);

    private final EntityManager entityManager;
    private final TerritoryCatalog catalog;

    TerritorySeeder(EntityManager entityManager, TerritoryCatalog catalog) {
        this.entityManager = entityManager;
        this.catalog = catalog;
    }

    void onStart(@Observes StartupEvent start) {
        int added = QuarkusTransaction.requiringNew().call(this::seed);
        if (added > 0) {
            LOG.infof("Seeded %d territories from the kernel catalogue", added);
        }
    }

    int seed() {
        int added = 0;
        // File order puts parents before children, which the foreign key needs.
        for (Territory territory : catalog.all()) {
            added += entityManager.createNativeQuery("""
                            insert into territory (code, parent_code, kind, name_kk, name_ru, name_en, population)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (code) do nothing""")
                    .setParameter(1, territory.code())
                    .setParameter(2, territory.parentCode())
                    .setParameter(3, territory.kind().name())
                    .setParameter(4, territory.nameKk())
                    .setParameter(5, territory.nameRu())
                    .setParameter(6, territory.nameEn())
                    .setParameter(7, territory.population())
                    .executeUpdate();
        }
        return added;
    }
}
