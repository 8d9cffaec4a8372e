package kz.dauys.platform.it;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import kz.dauys.platform.inbox.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** Stands for a consumer in another service: applies each credit once. */
@ApplicationScoped
public class LedgerConsumer {

    private final IdempotentConsumer idempotent;
    private final EntityManager entityManager;

    LedgerConsumer(IdempotentConsumer idempotent, EntityManager entityManager) {
        this.idempotent = idempotent;
        this.entityManager = entityManager;
    }

    @Incoming("ledger-in")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        idempotent.apply("ledger-projection", record, LedgerCredited.EVENT, credited ->
                entityManager.createNativeQuery("insert into applied_credit (event_entry_id, amount) values (?1, ?2)")
                        .setParameter(1, UUID.fromString(credited.entryId()))
                        .setParameter(2, credited.amount())
                        .executeUpdate());
    }
}
