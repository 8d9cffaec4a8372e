package kz.dauys.platform.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kz.dauys.platform.outbox.Outbox;

import java.util.UUID;

@ApplicationScoped
public class LedgerService {

    private final EntityManager entityManager;
    private final Outbox outbox;

    LedgerService(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    /** A business change and its event in one transaction. */
    @Transactional
    public UUID credit(long amount) {
        UUID id = UUID.randomUUID();
        entityManager.createNativeQuery("insert into ledger_entry (id, amount) values (?1, ?2)")
                .setParameter(1, id).setParameter(2, amount).executeUpdate();
        outbox.publish(LedgerCredited.EVENT, id.toString(), new LedgerCredited(id.toString(), amount));
        return id;
    }

    /** Writes the event, then fails: neither the change nor the event may survive. */
    @Transactional
    public void creditThenFail(long amount) {
        credit(amount);
        throw new IllegalStateException("business rule failed after the event was written");
    }
}
