package kz.dauys.petitions.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/** Reads the exact tallies the signing batcher keeps. */
@ApplicationScoped
public class SignatureCounts {

    private final EntityManager entityManager;

    SignatureCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long total(UUID petitionId) {
        List<?> rows = entityManager.createNativeQuery("select total from petition_tally where petition_id = ?1")
                .setParameter(1, petitionId).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Counts by region and district (district "" when a signer's district is unknown), largest first. */
    public List<TerritoryCount> byTerritory(UUID petitionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select region, district, count from petition_territory_tally
                        where petition_id = ?1 and count > 0 order by count desc, region, district""")
                .setParameter(1, petitionId).getResultList();
        return rows.stream().map(r -> new TerritoryCount((String) r[0], emptyToNull((String) r[1]), ((Number) r[2]).longValue())).toList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** Signatures from one territory. */
    public record TerritoryCount(String region, String district, long count) {
    }
}
