package kz.dauys.petitions.signing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/** Creates a petition's tally row when it starts collecting signatures. */
@ApplicationScoped
public class Tallies {

    private final EntityManager entityManager;

    Tallies(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure(UUID petitionId) {
        entityManager.createNativeQuery(
                        "insert into petition_tally (petition_id, total, updated_at) values (?1, 0, now()) on conflict do nothing")
                .setParameter(1, petitionId)
                .executeUpdate();
    }
}
