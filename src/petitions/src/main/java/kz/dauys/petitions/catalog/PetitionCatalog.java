package kz.dauys.petitions.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.petition.PetitionState;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The open-data list of petitions: only publicly listed states, filters, and full-text search over all
 * three languages (PostgreSQL {@code simple} configuration, GIN index).
 */
@ApplicationScoped
public class PetitionCatalog {

    private static final String COLUMNS = """
            p.id, p.number, p.state, p.title_kk, p.title_ru, p.title_en, p.topic, p.addressee_level, p.addressee_body,
            p.addressee_code, p.addressee_territory, coalesce(t.total, 0), p.threshold, p.opened_at, p.collection_ends_on,
            p.threshold_reached_at, p.answer_due_on, p.answer_overdue, p.answered_at, p.closed_at""";

    private final EntityManager entityManager;

    PetitionCatalog(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public PetitionPage search(PetitionQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where p.state in (:states)");
        Map<String, Object> params = new HashMap<>();
        Set<PetitionState> states = query.states() == null || query.states().isEmpty()
                ? PetitionState.LISTED : EnumSet.copyOf(query.states());
        states.retainAll(PetitionState.LISTED);
        params.put("states", states.isEmpty() ? List.of("none") : states.stream().map(PetitionState::code).toList());
        if (query.level() != null) {
            where.append(" and p.addressee_level = :level");
            params.put("level", query.level());
        }
        if (query.topic() != null) {
            where.append(" and p.topic = :topic");
            params.put("topic", query.topic());
        }
        if (query.territory() != null) {
            where.append(" and (p.addressee_territory = :territory or p.addressee_territory like :territoryPrefix)");
            params.put("territory", query.territory());
            params.put("territoryPrefix", query.territory().replace("%", "").replace("_", "\\_") + "-%");
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and p.search @@ websearch_to_tsquery('simple', :text)");
            params.put("text", query.text().strip());
        }
        String order = switch (query.sort() == null ? "signatures" : query.sort()) {
            case "newest" -> " order by p.opened_at desc nulls last, p.number desc";
            case "closing" -> " order by p.collection_ends_on asc nulls last, p.number";
            default -> " order by coalesce(t.total, 0) desc, p.number desc";
        };
        String from = " from petition p left join petition_tally t on t.petition_id = p.id";
        Query count = entityManager.createNativeQuery("select count(*)" + from + where);
        params.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        Query select = entityManager.createNativeQuery("select " + COLUMNS + from + where + order + " offset :offset limit :limit");
        params.forEach(select::setParameter);
        select.setParameter("offset", (long) page * size).setParameter("limit", size);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new PetitionPage(rows.stream().map(PetitionCatalog::summary).toList(), page, size, total);
    }

    /** The public petitions a person (by signer hash) has signed, newest signature first, with that signature. */
    public SignedPage signedBy(String signerHash, int page, int size) {
        String from = """
                 from signature s join petition p on p.id = s.petition_id left join petition_tally t on t.petition_id = p.id
                where s.signer_hash = :signer and p.state in (:states)""";
        List<String> states = PetitionState.PUBLIC.stream().map(PetitionState::code).toList();
        long total = ((Number) entityManager.createNativeQuery("select count(*)" + from)
                .setParameter("signer", signerHash).setParameter("states", states).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + ", s.status, s.signed_at" + from
                        + " order by s.signed_at desc, p.number desc offset :offset limit :limit")
                .setParameter("signer", signerHash).setParameter("states", states)
                .setParameter("offset", (long) page * size).setParameter("limit", size)
                .getResultList();
        List<SignedPetition> items = rows.stream()
                .map(r -> new SignedPetition(summary(r), (String) r[20], instant(r[21]))).toList();
        return new SignedPage(items, page, size, total);
    }

    /** Every listed petition, in number order, streamed in chunks so an export does not hold them all. */
    public void forEachListed(Consumer<PetitionSummary> sink) {
        long after = -1;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select " + COLUMNS + """
                             from petition p left join petition_tally t on t.petition_id = p.id
                            where p.state in (:states) and p.number > :after order by p.number limit 500""")
                    .setParameter("states", PetitionState.LISTED.stream().map(PetitionState::code).toList())
                    .setParameter("after", after)
                    .getResultList();
            if (rows.isEmpty()) {
                return;
            }
            for (Object[] row : rows) {
                PetitionSummary summary = summary(row);
                sink.accept(summary);
                after = summary.number();
            }
            entityManager.clear();
        }
    }

    private static PetitionSummary summary(Object[] r) {
        return new PetitionSummary((UUID) r[0], ((Number) r[1]).longValue(), PetitionState.fromCode((String) r[2]),
                new LocalizedText((String) r[3], (String) r[4], (String) r[5]), (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], ((Number) r[11]).longValue(), ((Number) r[12]).longValue(), instant(r[13]),
                date(r[14]), instant(r[15]), date(r[16]), (Boolean) r[17], instant(r[18]), instant(r[19]));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate date) {
            return date;
        }
        return ((Date) value).toLocalDate();
    }

    static List<String> csvHeader() {
        return new ArrayList<>(List.of("number", "id", "state", "title_kk", "title_ru", "title_en", "topic", "addressee_level",
                "addressee_body", "addressee_code", "addressee_territory", "signatures", "threshold", "opened_at",
                "collection_ends_on", "threshold_reached_at", "answer_due_on", "answer_overdue", "answered_at", "closed_at"));
    }
}
