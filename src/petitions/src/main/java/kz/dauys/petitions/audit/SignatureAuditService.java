package kz.dauys.petitions.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import kz.dauys.petitions.TimeSource;
import kz.dauys.petitions.petition.Petition;
import kz.dauys.petitions.petition.PetitionLifecycle;
import kz.dauys.platform.problem.ProblemException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The signature audit trail for admins, and bulk invalidation of fraudulent signatures. Invalidation
 * takes the petition's row lock (as the signing batcher does), marks the matching valid rows and takes
 * exactly that many off the territory tallies and the total in the same transaction.
 */
@ApplicationScoped
public class SignatureAuditService {

    private final EntityManager entityManager;
    private final PetitionLifecycle lifecycle;
    private final TimeSource time;

    SignatureAuditService(EntityManager entityManager, PetitionLifecycle lifecycle, TimeSource time) {
        this.entityManager = entityManager;
        this.lifecycle = lifecycle;
        this.time = time;
    }

    /** Signatures grouped by client address hash and user agent family within a time window, busiest first. */
    @Transactional
    public List<AuditGroup> groups(UUID petitionId, Instant from, Instant to, int limit) {
        requirePetition(petitionId, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select client_hash, user_agent_family, count(*) filter (where status = 'valid'),
                               count(*) filter (where status = 'invalidated'), min(signed_at), max(signed_at)
                        from signature
                        where petition_id = ?1 and signed_at >= ?2 and signed_at < ?3
                        group by client_hash, user_agent_family order by count(*) desc limit ?4""")
                .setParameter(1, petitionId).setParameter(2, from).setParameter(3, to).setParameter(4, limit)
                .getResultList();
        return rows.stream().map(r -> new AuditGroup((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), instant(r[4]), instant(r[5]))).toList();
    }

    /** Signatures per minute within a window, to see bursts. */
    @Transactional
    public List<MinuteCount> timeline(UUID petitionId, Instant from, Instant to) {
        requirePetition(petitionId, false);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select date_trunc('minute', signed_at) as minute, count(*) from signature
                        where petition_id = ?1 and signed_at >= ?2 and signed_at < ?3 and status = 'valid'
                        group by minute order by minute""")
                .setParameter(1, petitionId).setParameter(2, from).setParameter(3, to)
                .getResultList();
        return rows.stream().map(r -> new MinuteCount(instant(r[0]), ((Number) r[1]).longValue())).toList();
    }

    @Transactional
    public InvalidationResult invalidate(UUID petitionId, InvalidationRequest request, String admin) {
        if (request.from() == null && request.to() == null && request.clientHash() == null && request.userAgentFamily() == null) {
            throw ProblemException.badRequest("Give at least one criterion: a time window, a client address hash or a user agent family.");
        }
        if (request.from() != null && request.to() != null && !request.from().isBefore(request.to())) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        Petition petition = requirePetition(petitionId, true);
        UUID invalidationId = UUID.randomUUID();
        Instant now = time.now();
        entityManager.createNativeQuery("""
                        insert into signature_invalidation (id, petition_id, performed_by, performed_at, reason, from_time, to_time,
                                                            client_hash, user_agent_family, invalidated)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)""")
                .setParameter(1, invalidationId).setParameter(2, petitionId).setParameter(3, admin).setParameter(4, now)
                .setParameter(5, request.reason().strip()).setParameter(6, request.from()).setParameter(7, request.to())
                .setParameter(8, request.clientHash()).setParameter(9, request.userAgentFamily())
                .executeUpdate();
        StringBuilder where = new StringBuilder("petition_id = :petition and status = 'valid'");
        List<Object[]> params = new ArrayList<>();
        if (request.from() != null) {
            where.append(" and signed_at >= :from");
            params.add(new Object[] {"from", request.from()});
        }
        if (request.to() != null) {
            where.append(" and signed_at < :to");
            params.add(new Object[] {"to", request.to()});
        }
        if (request.clientHash() != null) {
            where.append(" and client_hash = :client");
            params.add(new Object[] {"client", request.clientHash()});
        }
        if (request.userAgentFamily() != null) {
            where.append(" and user_agent_family = :agent");
            params.add(new Object[] {"agent", request.userAgentFamily()});
        }
        var update = entityManager.createNativeQuery("""
                with marked as (
                    update signature set status = 'invalidated', changed_at = now(), invalidation_id = :invalidation
                    where %s returning region, district
                ), per_territory as (
                    select region, district, count(*) as n from marked group by region, district
                ), territory_update as (
                    update petition_territory_tally t set count = t.count - p.n from per_territory p
                    where t.petition_id = :petition and t.region = p.region and t.district = p.district returning p.n
                )
                select coalesce(sum(n), 0) from per_territory""".formatted(where))
                .setParameter("invalidation", invalidationId).setParameter("petition", petitionId);
        params.forEach(p -> update.setParameter((String) p[0], p[1]));
        long invalidated = ((Number) update.getSingleResult()).longValue();
        entityManager.createNativeQuery("update petition_tally set total = total - ?2, updated_at = now() where petition_id = ?1")
                .setParameter(1, petitionId).setParameter(2, invalidated).executeUpdate();
        entityManager.createNativeQuery("update signature_invalidation set invalidated = ?2 where id = ?1")
                .setParameter(1, invalidationId).setParameter(2, invalidated).executeUpdate();
        lifecycle.note(petition, "signatures_invalidated", "admin", invalidated + " signatures: " + request.reason().strip());
        return new InvalidationResult(invalidationId, invalidated);
    }

    private Petition requirePetition(UUID id, boolean lock) {
        Petition petition = lock ? Petition.findById(id, LockModeType.PESSIMISTIC_WRITE) : Petition.findById(id);
        if (petition == null) {
            throw ProblemException.notFound("Petition", id);
        }
        return petition;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    public record AuditGroup(String clientHash, String userAgentFamily, long valid, long invalidated, Instant first, Instant last) {
    }

    public record MinuteCount(Instant minute, long signatures) {
    }

    public record InvalidationResult(UUID invalidationId, long invalidated) {
    }
}
