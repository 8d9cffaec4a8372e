package kz.dauys.ombudsman.office;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.kernel.territory.Territory;
import kz.dauys.kernel.territory.TerritoryCatalog;

/**
 * Seeds the offices at startup: the central office and one regional representative for each region
 * of the territory catalogue (17 oblasts and 3 cities of republican significance). Idempotent.
 */
@ApplicationScoped
public class OfficeSeeder {

    private final EntityManager entityManager;
    private final TerritoryCatalog territories;

    OfficeSeeder(EntityManager entityManager, TerritoryCatalog territories) {
        this.entityManager = entityManager;
        this.territories = territories;
    }

    @Transactional
    void onStart(@Observes StartupEvent start) {
        upsert(Office.CENTRAL, OfficeKind.CENTRAL, null,
                "Адам құқықтары жөніндегі уәкілдің орталық аппараты",
                "Центральный аппарат Уполномоченного по правам человека",
                "Office of the Human Rights Commissioner (central)");
        for (Territory region : territories.regions()) {
            upsert(region.code(), OfficeKind.REGIONAL, region.code(),
                    region.nameKk() + " бойынша өкіл",
                    "Представитель по региону: " + region.nameRu(),
                    "Regional representative, " + region.nameEn());
        }
    }

    private void upsert(String code, OfficeKind kind, String region, String kk, String ru, String en) {
        entityManager.createNativeQuery("""
                        insert into office (code, kind, region_code, name_kk, name_ru, name_en) values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (code) do update set name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en""")
                .setParameter(1, code).setParameter(2, kind.name()).setParameter(3, region)
                .setParameter(4, kk).setParameter(5, ru).setParameter(6, en)
                .executeUpdate();
    }
}
