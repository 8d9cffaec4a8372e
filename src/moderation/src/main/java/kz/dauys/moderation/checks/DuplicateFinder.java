package kz.dauys.moderation.checks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.contract.ContentKind;
import kz.dauys.moderation.ModerationConfig;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Published items of the same kind whose text resembles a new one, by PostgreSQL pg_trgm trigram
 * similarity over lower-cased title and body (a GIN index serves the {@code %} operator).
 */
@ApplicationScoped
public class DuplicateFinder {

    private final EntityManager entityManager;
    private final double threshold;
    private final double duplicateAt;
    private final int maxCandidates;

    DuplicateFinder(EntityManager entityManager, ModerationConfig config) {
        this.entityManager = entityManager;
        this.threshold = config.duplicates().threshold();
        this.duplicateAt = config.duplicates().duplicateAt();
        this.maxCandidates = config.duplicates().maxCandidates();
    }

    public static String searchText(String title, String body) {
        return ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Finding> find(ContentKind kind, UUID excludingItem, String title, String body) {
        String text = searchText(title, body);
        entityManager.createNativeQuery("select set_config('pg_trgm.similarity_threshold', ?1, true)")
                .setParameter(1, Double.toString(threshold)).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select item_id, title, link, similarity(search_text, ?1) as score
                        from moderated_item
                        where kind = ?2 and status = 'PUBLISHED' and id <> ?3 and search_text % ?1
                        order by score desc, item_id
                        limit ?4""")
                .setParameter(1, text)
                .setParameter(2, kind.name())
                .setParameter(3, excludingItem)
                .setParameter(4, maxCandidates)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<DuplicateCandidate> candidates = rows.stream()
                .map(r -> new DuplicateCandidate((String) r[0], (String) r[1], (String) r[2],
                        Math.round(((Number) r[3]).doubleValue() * 1000) / 1000.0))
                .toList();
        double best = candidates.get(0).score();
        boolean duplicate = best >= duplicateAt;
        return List.of(new Finding("duplicate", duplicate ? "duplicate" : "duplicate.near",
                duplicate ? Severity.HIGH : Severity.MEDIUM, null, null, null, null,
                String.format(Locale.ROOT, "%d published %s item(s) with similar text; the closest scores %.2f (trigram similarity, %s from %.2f).",
                        candidates.size(), kind, best, duplicate ? "a duplicate" : "a near duplicate",
                        duplicate ? duplicateAt : threshold),
                candidates));
    }
}
